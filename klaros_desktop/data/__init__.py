"""Data files shipped with the app (read with ``importlib.resources``): Meta's rate card and market mapping."""
