"""Erasure: forgetting a person, or everything on this PC."""
