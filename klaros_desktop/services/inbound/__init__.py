"""What arrives from the relay: the sync loop and applying Meta's webhooks to the local records."""
