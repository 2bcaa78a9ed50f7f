"""Klaros Meta Cloud API simulator: a local stand-in for Meta\x27s Graph API and webhooks."""
