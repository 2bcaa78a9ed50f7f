"""Contacts and what is known about them: numbers, tags, notes, consent, the suppression list."""
