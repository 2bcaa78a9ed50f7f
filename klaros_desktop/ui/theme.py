"""Light and dark palettes (Fusion style), following the OS colour scheme unless one is forced.

The palette, not a style sheet, carries the colours so every standard widget follows; ``app.qss`` only adds
the few touches a palette cannot express (rounded search fields, the navigation list). Bubble colours for
the conversation view live here too so delegates never hard-code a colour.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from klaros_desktop.paths import resource_path

LIGHT = "light"
DARK = "dark"


@dataclass(frozen=True)
class Colours:
    window: str
    base: str
    alt_base: str
    text: str
    muted: str
    accent: str
    accent_text: str
    bubble_in: str
    bubble_out: str
    bubble_text: str
    notice: str
    danger: str
    danger_bg: str  # behind a warning line's text (which stays in ``text``: red text on it reads too faintly)
    tick_read: str
    badge: str
    thread_bg: str
    day_chip: str
    media_tile: str
    selected: str  # the open chat in the conversation list
    avatars: tuple[str, ...]  # initials circles, picked per name so chats are told apart at a glance


COLOURS = {
    LIGHT: Colours(window="#f0f2f5", base="#ffffff", alt_base="#f7f8fa", text="#111b21", muted="#667781",
                   accent="#008069", accent_text="#ffffff", bubble_in="#ffffff", bubble_out="#d9fdd3",
                   bubble_text="#111b21", notice="#fff5c4", danger="#d93025", danger_bg="#fce8e6", tick_read="#53bdeb",
                   badge="#25d366", thread_bg="#efeae2", day_chip="#ffffff", media_tile="#e9edef", selected="#e9edef",
                   avatars=("#c8e6c9", "#bbdefb", "#ffe0b2", "#f8bbd0", "#d1c4e9", "#b2ebf2", "#fff59d")),
    DARK: Colours(window="#111b21", base="#202c33", alt_base="#182229", text="#e9edef", muted="#8696a0",
                  accent="#00a884", accent_text="#111b21", bubble_in="#202c33", bubble_out="#005c4b",
                  bubble_text="#e9edef", notice="#3b3a2a", danger="#f15c6d", danger_bg="#3d1f24", tick_read="#53bdeb",
                  badge="#00a884", thread_bg="#0b141a", day_chip="#182229", media_tile="#2a3942", selected="#2a3942",
                  avatars=("#1f5f4f", "#1e4a6e", "#6b4a1e", "#6e2a48", "#453a6e", "#1e5a62", "#5f5a1e")),
}

_current = LIGHT
forced: str | None = None  # the shop owner chose light or dark in Settings: the OS's switches are not followed


def os_scheme() -> str:
    """The OS preference (Qt >= 6.5); light when the platform does not say (offscreen, old desktops)."""
    hints = QGuiApplication.styleHints()
    scheme = hints.colorScheme() if hasattr(hints, "colorScheme") else Qt.ColorScheme.Unknown
    return DARK if scheme == Qt.ColorScheme.Dark else LIGHT


def current() -> str:
    return _current


def colours(scheme: str | None = None) -> Colours:
    return COLOURS[scheme or _current]


def palette_for(scheme: str) -> QPalette:
    c = COLOURS[scheme]
    pal = QPalette()
    roles = {
        QPalette.ColorRole.Window: c.window,
        QPalette.ColorRole.WindowText: c.text,
        QPalette.ColorRole.Base: c.base,
        QPalette.ColorRole.AlternateBase: c.alt_base,
        QPalette.ColorRole.Text: c.text,
        QPalette.ColorRole.Button: c.base,
        QPalette.ColorRole.ButtonText: c.text,
        QPalette.ColorRole.ToolTipBase: c.base,
        QPalette.ColorRole.ToolTipText: c.text,
        QPalette.ColorRole.Highlight: c.accent,
        QPalette.ColorRole.HighlightedText: c.accent_text,
        QPalette.ColorRole.PlaceholderText: c.muted,
        QPalette.ColorRole.Link: c.accent,
        QPalette.ColorRole.BrightText: c.danger,
        QPalette.ColorRole.Mid: c.muted,
        QPalette.ColorRole.Light: c.base,
        QPalette.ColorRole.Midlight: c.alt_base,
        QPalette.ColorRole.Dark: c.window,
    }
    for role, value in roles.items():
        pal.setColor(role, QColor(value))
    muted = QColor(c.muted)
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        pal.setColor(QPalette.ColorGroup.Disabled, role, muted)
    return pal


def style_sheet(scheme: str) -> str:
    path = resource_path("styles", "app.qss")
    try:
        template = path.read_text(encoding="utf-8")
    except OSError:
        return ""
    c = COLOURS[scheme]
    for key, value in sorted(((k, v) for k, v in vars(c).items() if isinstance(v, str)), key=lambda kv: -len(kv[0])):
        template = template.replace("@" + key, value)
    return template


def apply(app: QApplication, scheme: str | None = None) -> str:
    """Apply ``scheme`` (or the OS's); returns the scheme applied."""
    global _current
    _current = scheme or os_scheme()
    if not app.property("klarosFusion"):
        # Once per application. Replacing the style at every switch left the set-up wizard's widgets
        # pointing at the deleted one: the second switch crashed the app with a segmentation fault
        # (tests/desktop/ui/test_theme.py). ``app.style().name()`` cannot tell: with a style sheet set it
        # names Qt's internal style-sheet style, not Fusion.
        app.setStyle("Fusion")
        app.setProperty("klarosFusion", True)
    app.setPalette(palette_for(_current))
    app.setStyleSheet(style_sheet(_current))
    return _current


def follow_os(app: QApplication) -> None:
    """Re-apply when the OS switches between light and dark while Klaros runs."""
    hints = QGuiApplication.styleHints()
    if hasattr(hints, "colorSchemeChanged"):
        hints.colorSchemeChanged.connect(lambda _scheme: None if forced else apply(app))
