"""Klaros relay: receives Meta webhooks for many shops and queues them, sealed, for their desktops."""
