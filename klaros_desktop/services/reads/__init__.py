"""The screens' paged, read-only queries and full-text search."""
