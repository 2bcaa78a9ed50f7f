"""Joining a relay, connecting the shop's Meta account, checking the connection, building live clients."""
