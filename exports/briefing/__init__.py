"""PDF briefing packs and printed itineraries."""
