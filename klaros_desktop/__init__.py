"""Klaros desktop: the shop's WhatsApp Business CRM, running on the shop's own PC."""

__version__ = "0.1.0"
APP_NAME = "Klaros"
APP_ID = "klaros"
