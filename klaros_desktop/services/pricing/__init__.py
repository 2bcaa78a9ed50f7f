"""What WhatsApp messages cost: Meta's rate card (bundled and imported), its market mapping, the dated pricing
rules, the forecast of a campaign before it goes and the price of one delivered message.

Plain Python on ``core`` and ``people``; ``campaigns`` and ``analytics`` sit above and call it. The rules that
change with the date (free utility inside the window until 2026-10-01, ...) are data in the card file, never
``if`` on dates here. Figures that could not be sourced are *unknown*, never guessed.
"""
