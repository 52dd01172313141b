"""iCalendar invites, feeds, itineraries and reply import."""
