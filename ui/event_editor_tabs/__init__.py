"""Tabs of the event editor."""
