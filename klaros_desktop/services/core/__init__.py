"""What every domain package leans on: the audit trail, the per-profile settings, change reports."""
