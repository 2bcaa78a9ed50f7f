"""Sending: the one send decision (policy), the composer's offer, the outbox, templates, quick replies."""
