# dmgbuild settings for the Klaros disk image (macOS release runner):
#   dmgbuild -s packaging/macos/dmg_settings.py -D app=dist/Klaros.app "Klaros" dist/Klaros-0.1.0.dmg
# dmgbuild executes this file with the `defines` dict (from -D) in its namespace; every top-level name below
# is one of its settings. The window shows the app and a link to /Applications: drag one onto the other.
# ruff: noqa: F821
import os.path

application = defines.get("app", "dist/Klaros.app")
appname = os.path.basename(application)

format = defines.get("format", "UDZO")  # zlib: opens on every macOS the app supports
filesystem = "HFS+"
size = None  # computed from the contents
files = [application]
symlinks = {"Applications": "/Applications"}
hide_extensions = [appname]
icon = defines.get("icon", "resources/icons/klaros.icns")
badge_icon = None

background = "builtin-arrow"
window_rect = ((200, 160), (640, 360))
default_view = "icon-view"
show_status_bar = False
show_toolbar = False
show_pathbar = False
show_sidebar = False
icon_size = 128
text_size = 14
icon_locations = {
    appname: (160, 170),
    "Applications": (480, 170),
}
