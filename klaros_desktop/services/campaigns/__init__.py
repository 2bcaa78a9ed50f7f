"""Campaigns: one approved template to a segment of the contacts, throttled, resumable, tracked per recipient."""
