"""Delivery and cost analytics: read-only aggregates over the local records, as plain dataclasses.

Nothing here writes (except the owner's monthly budget setting, ``budget.py``) and nothing draws: the screen
(``ui/analytics_page.py``) and ``klaros report`` both call these functions and present what they return.
"""
