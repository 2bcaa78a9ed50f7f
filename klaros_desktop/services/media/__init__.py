"""Photos, voice notes and documents: fetching, storing and serving them privately."""
