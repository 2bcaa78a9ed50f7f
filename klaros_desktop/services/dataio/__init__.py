"""Contacts and data in and out of standard formats: CSV, vCard, the full export archive."""
