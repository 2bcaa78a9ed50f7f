"""The installer descriptions that only a release runner builds (macOS .app/.dmg, Windows installer), checked here:
the spec's BUNDLE section as PyInstaller would receive it on macOS, dmgbuild's settings file as dmgbuild executes
it, and the NSIS script compiled by ``makensis`` against a small stand-in bundle (CI compiles it against the
real Linux bundle too, in .ci/run)."""

from __future__ import annotations

import plistlib
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
SPEC = ROOT / "build.spec"
NSI = ROOT / "packaging" / "windows" / "klaros.nsi"
DMG_SETTINGS = ROOT / "packaging" / "macos" / "dmg_settings.py"

# dmgbuild's settings (dmgbuild/core.py, build_dmg's defaults): a name outside these is silently ignored there
DMGBUILD_SETTINGS = {
    "filename", "volume_name", "format", "filesystem", "compression_level", "size", "files", "symlinks", "hide",
    "hide_extensions", "icon", "badge_icon", "background", "show_status_bar", "show_tab_view", "show_toolbar",
    "show_pathbar", "show_sidebar", "sidebar_width", "arrange_by", "grid_offset", "grid_spacing",
    "scroll_position", "show_icon_preview", "show_item_info", "label_pos", "text_size", "icon_size",
    "include_icon_view_settings", "include_list_view_settings", "list_icon_size", "list_text_size",
    "list_scroll_position", "list_sort_by", "list_use_relative_dates", "list_calculate_all_sizes", "list_columns",
    "list_column_widths", "list_column_sort_directions", "window_rect", "default_view", "icon_locations",
    "license", "defines",
}


class _Recorder:
    """Stands in for one of PyInstaller's spec classes, recording its arguments."""

    def __init__(self, calls: dict, name: str):
        self.calls, self.name = calls, name

    def __call__(self, *args, **kwargs):
        self.calls[self.name] = (args, kwargs)
        return type(self.name, (), {"pure": [], "scripts": [], "binaries": [], "datas": []})()


def run_spec(monkeypatch, platform: str) -> tuple[dict, dict]:
    """Execute build.spec as PyInstaller does (its names in the namespace), as if on ``platform``."""
    import PyInstaller.utils.hooks

    monkeypatch.setattr(PyInstaller.utils.hooks, "collect_submodules", lambda name: [f"{name}.stub"])
    monkeypatch.setattr(sys, "platform", platform)
    calls: dict = {}
    namespace = {name: _Recorder(calls, name) for name in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE")}
    namespace.update(SPECPATH=str(ROOT), __file__=str(SPEC))
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
    monkeypatch.undo()
    return calls, namespace


def test_the_macos_bundle_has_an_id_an_icon_and_usage_strings(monkeypatch):
    from klaros_desktop import __version__

    calls, _ = run_spec(monkeypatch, "darwin")
    assert "BUNDLE" in calls
    _args, kwargs = calls["BUNDLE"]
    assert kwargs["name"] == "Klaros.app"
    assert re.fullmatch(r"[a-z]+(\.[a-z]+)+", kwargs["bundle_identifier"])
    assert kwargs["icon"].endswith("klaros.icns") and Path(kwargs["icon"]).is_file()
    assert kwargs["version"] == __version__
    plist = kwargs["info_plist"]
    plistlib.loads(plistlib.dumps(plist))  # a valid property list
    assert plist["CFBundleShortVersionString"] == __version__
    usage = {key: text for key, text in plist.items() if key.endswith("UsageDescription")}
    assert {"NSDocumentsFolderUsageDescription", "NSDesktopFolderUsageDescription",
            "NSDownloadsFolderUsageDescription"} <= set(usage)
    assert all(text.startswith("Klaros ") and text.endswith(".") for text in usage.values())


def test_no_bundle_outside_macos(monkeypatch):
    calls, _ = run_spec(monkeypatch, "win32")
    assert "BUNDLE" not in calls
    assert calls["EXE"][1]["icon"].endswith("klaros.ico")
    assert calls["EXE"][1]["console"] is False  # a double-clicked app opens no console window on Windows


def test_the_dmg_settings_are_what_dmgbuild_reads():
    settings = {"defines": {"app": "dist/Klaros.app"}}
    exec(compile(DMG_SETTINGS.read_text(encoding="utf-8"), str(DMG_SETTINGS), "exec"), settings, settings)
    names = {name for name in settings if not name.startswith("__") and name not in ("os",)}
    names -= {"application", "appname"}  # the file's own helpers
    assert names <= DMGBUILD_SETTINGS, names - DMGBUILD_SETTINGS
    assert settings["files"] == ["dist/Klaros.app"]
    assert settings["symlinks"] == {"Applications": "/Applications"}
    assert set(settings["icon_locations"]) == {"Klaros.app", "Applications"}
    assert (ROOT / settings["icon"]).is_file()


def test_the_windows_installer_is_per_user_and_keeps_the_shop_data_unless_asked():
    script = NSI.read_text(encoding="utf-8")
    assert "RequestExecutionLevel user" in script
    assert 'InstallDir "$LOCALAPPDATA\\Programs\\${APP_NAME}"' in script
    data_section = re.search(r'^Section (/o )?"un\.Also delete my shop\'s data.*?SectionEnd', script, re.S | re.M)
    assert data_section and data_section.group(1) == "/o "  # off unless ticked
    program_section = re.search(r'^Section "un\.Klaros.*?SectionEnd', script, re.S | re.M).group(0)
    # the profile stays: the program's part touches only the update cache inside it
    touched = re.findall(r'^\s*(\S+)\s+(/r\s+)?"\$LOCALAPPDATA\\\$\{APP_NAME\}([^"]*)"', program_section, re.M)
    assert touched == [("RMDir", "/r ", "\\Cache\\updates"), ("RMDir", "", "\\Cache")]
    assert "Call un.CloseRunning" in program_section
    assert script.index("Call CloseRunning") < script.index('File "${SRCDIR}')


def test_the_uninstaller_removes_the_downloaded_updates_but_not_the_profile(monkeypatch):
    """Update archives (tens of MB each) are the program's, not the shop's: they go with the program. The path
    is the one the updater uses on Windows (platformdirs' cache folder of "Klaros", no author folder)."""
    from platformdirs import windows

    monkeypatch.setattr(windows, "get_win_folder", lambda _name: "C:\\Users\\anna\\AppData\\Local")
    cache = windows.Windows(appname="Klaros", appauthor=False).user_cache_dir.replace("/", "\\")
    assert cache == "C:\\Users\\anna\\AppData\\Local\\Klaros\\Cache"
    updater_source = (ROOT / "klaros_desktop" / "updater.py").read_text(encoding="utf-8")
    assert 'platformdirs.user_cache_dir("Klaros", appauthor=False)) / "updates"' in updater_source
    script = NSI.read_text(encoding="utf-8")
    program_section = re.search(r'^Section "un\.Klaros.*?SectionEnd', script, re.S | re.M).group(0)
    assert 'RMDir /r "$LOCALAPPDATA\\${APP_NAME}\\Cache\\updates"' in program_section
    assert 'RMDir "$LOCALAPPDATA\\${APP_NAME}\\Cache"' in program_section  # only if nothing else is in it


def test_the_windows_installer_adds_shortcuts_and_upgrades_in_place():
    script = NSI.read_text(encoding="utf-8")
    install = re.search(r'^Section "Klaros".*?SectionEnd', script, re.S | re.M).group(0)
    start_menu = 'CreateShortcut "$SMPROGRAMS\\${APP_NAME}\\${APP_NAME}.lnk" "$INSTDIR\\${APP_EXE}"'
    desktop = 'CreateShortcut "$DESKTOP\\${APP_NAME}.lnk" "$INSTDIR\\${APP_EXE}"'
    assert start_menu in install and desktop in install
    assert "SetShellVarContext current" in install  # the user's own Start menu and desktop, no admin needed
    # upgrade in place: a newer installer finds the folder the older one used and replaces its program files
    assert 'InstallDirRegKey HKCU "${APP_KEY}" "InstallDir"' in script
    assert 'WriteRegStr HKCU "${APP_KEY}" "InstallDir" "$INSTDIR"' in install
    assert install.index('RMDir /r "$INSTDIR\\_internal"') < install.index('File /r "${SRCDIR}\\_internal\\*"')
    remove = re.search(r'^Section "un\.Klaros.*?SectionEnd', script, re.S | re.M).group(0)
    assert 'Delete "$DESKTOP\\${APP_NAME}.lnk"' in remove
    assert 'Delete "$SMPROGRAMS\\${APP_NAME}\\${APP_NAME}.lnk"' in remove


@pytest.mark.skipif(shutil.which("makensis") is None, reason="makensis (NSIS) not installed; .ci/run installs it")
def test_the_windows_installer_compiles(tmp_path):
    bundle = tmp_path / "klaros"
    (bundle / "_internal" / "PySide6").mkdir(parents=True)
    (bundle / "klaros.exe").write_bytes(b"MZ stand-in")
    (bundle / "_internal" / "PySide6" / "Qt6Core.dll").write_bytes(b"stand-in")
    out = tmp_path / "setup.exe"
    result = subprocess.run([sys.executable, str(ROOT / "packaging" / "windows" / "build_installer.py"), str(bundle),
                             "--out", str(out), "--version", "1.2.3rc1"], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert out.read_bytes()[:2] == b"MZ"  # a Windows program


def test_version_quad():
    sys.path.insert(0, str(ROOT / "packaging" / "windows"))
    try:
        from build_installer import version_quad
    finally:
        sys.path.remove(str(ROOT / "packaging" / "windows"))
    assert version_quad("0.1.0") == "0.1.0.0"
    assert version_quad("1.2.3rc1") == "1.2.3.0"
    assert version_quad("2") == "2.0.0.0"


def _qt_modules_used(*, at_module_level: bool = False) -> set[str]:
    """The ``PySide6.Qt*`` modules the app imports (``at_module_level``: only those its modules import when they
    are loaded, not inside a function)."""
    import ast

    used = set()
    for path in (ROOT / "klaros_desktop").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in (tree.body if at_module_level else ast.walk(tree)):
            names = []
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module] + ([f"PySide6.{alias.name}" for alias in node.names]
                                         if node.module == "PySide6" else [])
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            used |= {name for name in names if name.startswith("PySide6.")}
    return used


def test_the_bundle_excludes_no_qt_module_the_app_imports(monkeypatch):
    calls, namespace = run_spec(monkeypatch, "linux")
    excludes = set(calls["Analysis"][1]["excludes"])
    optional = {f"PySide6.{module}" for module in namespace["QT_OPTIONAL"]}
    used = _qt_modules_used()
    assert {"PySide6.QtWidgets", "PySide6.QtNetwork"} <= used
    assert used & excludes == set(), "remove these from QT_EXCLUDED in build.spec"
    assert {"pytest", "hypothesis", "uvloop"} <= excludes
    # an optional module is only imported where the app can do without it, never when a module loads
    assert _qt_modules_used(at_module_level=True) & optional == set()


# The player's files as each system's PySide6 wheel names them: Qt Multimedia's library and Python module, the
# FFmpeg media plugin (the backend) and the FFmpeg libraries it loads.
PLAYER_FILES = {
    "linux": ["PySide6/QtMultimedia.abi3.so", "PySide6/Qt/lib/libQt6Multimedia.so.6",
              "PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.so", "PySide6/Qt/lib/libavcodec.so.61",
              "PySide6/Qt/lib/libavformat.so.61", "PySide6/Qt/lib/libavutil.so.59",
              "PySide6/Qt/lib/libswscale.so.8", "PySide6/Qt/lib/libswresample.so.5",
              "PySide6/Qt/lib/libQt6FFmpegStub-va.so.2"],
    "win32": ["PySide6/QtMultimedia.pyd", "PySide6/Qt6Multimedia.dll",
              "PySide6/plugins/multimedia/ffmpegmediaplugin.dll",
              "PySide6/avcodec-61.dll", "PySide6/avformat-61.dll", "PySide6/avutil-59.dll", "PySide6/swscale-8.dll",
              "PySide6/swresample-5.dll"],
    "darwin": ["PySide6/QtMultimedia.abi3.so", "PySide6/Qt/lib/QtMultimedia.framework/Versions/A/QtMultimedia",
               "PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.dylib", "PySide6/Qt/lib/libavcodec.61.dylib",
               "PySide6/Qt/lib/libavformat.61.dylib", "PySide6/Qt/lib/libavutil.59.dylib",
               "PySide6/Qt/lib/libswscale.8.dylib", "PySide6/Qt/lib/libswresample.5.dylib"],
}
QUICK = {"linux": ["PySide6/Qt/lib/libQt6Quick.so.6", "PySide6/Qt/lib/libQt6Qml.so.6"],
         "win32": ["PySide6/Qt6Quick.dll", "PySide6/Qt6Qml.dll"],
         "darwin": ["PySide6/Qt/lib/QtQuick.framework/Versions/A/QtQuick",
                    "PySide6/Qt/lib/QtQuick.framework/Resources/Info.plist",
                    "PySide6/Qt/lib/QtQml.framework/Versions/A/QtQml"]}


@pytest.mark.parametrize("platform", ["linux", "win32", "darwin"])
def test_the_player_ships_in_the_bundle_on_every_system(monkeypatch, platform):
    """Qt Multimedia with its FFmpeg backend is in every bundle, whatever the build's environment says; Qt Quick
    and Qml, otherwise left out, stay when the FFmpeg plugin links them (as Linux's does)."""
    monkeypatch.delenv("KLAROS_BUNDLE_PLAYER", raising=False)
    calls, namespace = run_spec(monkeypatch, platform)
    assert not {f"PySide6.{m}" for m in ("QtMultimedia",)} & set(calls["Analysis"][1]["excludes"])
    assert "KLAROS_BUNDLE_PLAYER" not in SPEC.read_text(encoding="utf-8")
    toc = [(name, "src", "BINARY") for name in PLAYER_FILES[platform] + QUICK[platform]]
    assert [e[0] for e in namespace["_kept"](toc)] == PLAYER_FILES[platform]  # Quick only when linked
    linked = {name.rsplit("/", 1)[1] for name in QUICK[platform]} | {"QtQuick", "QtQml"}
    assert [e[0] for e in namespace["_kept"](toc, linked)] == PLAYER_FILES[platform] + QUICK[platform]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads this machine's PySide6 (Linux) plugin")
def test_the_players_plugin_is_seen_to_link_qt_quick_here(monkeypatch):
    """What ``_player_links`` finds for the installed FFmpeg plugin: Qt Quick and Qml among its libraries (Qt 6.11),
    which is why DROP must let them through for the player."""
    import PySide6

    _calls, namespace = run_spec(monkeypatch, "linux")
    plugin = Path(PySide6.__file__).parent / "Qt" / "plugins" / "multimedia" / "libffmpegmediaplugin.so"
    links = namespace["_player_links"]([("PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.so", str(plugin),
                                         "BINARY")])
    assert {"libQt6Multimedia.so.6", "libavcodec.so.61", "libQt6Quick.so.6", "libQt6Qml.so.6"} <= links


def test_the_bundle_keeps_qt_translations_only_for_the_languages_klaros_speaks(monkeypatch):
    from klaros_desktop.ui.i18n import LANGUAGES

    _calls, namespace = run_spec(monkeypatch, "linux")
    toc = [(f"PySide6/Qt/translations/{name}.qm", "src", "DATA") for name in (
        *(f"qtbase_{language}" for language in LANGUAGES), "qtbase_ja", "qtbase_ru", "qtmultimedia_de", "qt_de")]
    kept = {e[0].rsplit("/", 1)[1] for e in namespace["_kept"](toc)}
    assert kept == {f"qtbase_{language}.qm" for language in LANGUAGES}


def test_the_linux_bundle_uses_the_computers_pulseaudio_library(monkeypatch):
    """libpulse (which Qt Multimedia links) is the computer's, never the build machine's with its codecs: the
    .deb depends on it."""
    sys.path.insert(0, str(ROOT / "packaging" / "linux"))
    try:
        from build_deb import DEPENDS
    finally:
        sys.path.remove(str(ROOT / "packaging" / "linux"))
    _calls, namespace = run_spec(monkeypatch, "linux")
    toc = [(name, "src", "BINARY") for name in ("libpulse.so.0", "libpulsecommon-16.1.so", "libsndfile.so.1",
                                                 "libopus.so.0", "libX11.so.6", "libdbus-1.so.3")]
    assert [e[0] for e in namespace["_kept"](toc)] == ["libX11.so.6", "libdbus-1.so.3"]
    assert "libpulse0" in DEPENDS


def test_the_bundle_drops_embedded_device_plugins_but_keeps_what_the_desktop_needs(monkeypatch):
    _calls, namespace = run_spec(monkeypatch, "linux")
    qt = "PySide6/Qt"
    toc = [(f"{qt}/{name}", "src", "BINARY") for name in (
        "plugins/platforms/libqxcb.so", "plugins/platforms/libqwayland.so", "plugins/platforms/libqoffscreen.so",
        "plugins/platforms/qwindows.dll", "plugins/platforms/libqcocoa.dylib", "plugins/imageformats/libqjpeg.so",
        "translations/qtbase_de.qm", "lib/libQt6Widgets.so.6",
        "plugins/platforms/libqeglfs.so", "plugins/platforms/libqvnc.so", "plugins/generic/libqevdevmouseplugin.so",
        "plugins/egldeviceintegrations/libqeglfs-x11-integration.so", "translations/qt_de.qm",
        "lib/libQt6EglFSDeviceIntegration.so.6")]
    kept = [entry[0].rsplit("/", 1)[1] for entry in namespace["_kept"](toc)]
    assert kept == ["libqxcb.so", "libqwayland.so", "libqoffscreen.so", "qwindows.dll", "libqcocoa.dylib",
                    "libqjpeg.so", "qtbase_de.qm", "libQt6Widgets.so.6"]


def test_the_bundle_leaves_out_essentials_plugins_whose_libraries_only_addons_brings(monkeypatch):
    """With PySide6-Addons installed (the test extra), Essentials' PDF image plugin and virtual keyboard would
    find their libraries and pull them in, the keyboard with Qt Quick and Qml; they stay out on every system."""
    _calls, namespace = run_spec(monkeypatch, "linux")
    qt = "PySide6/Qt"
    extra = [f"{qt}/{name}" for name in (
        "plugins/imageformats/libqpdf.so", "plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
        "lib/libQt6Pdf.so.6", "lib/libQt6VirtualKeyboard.so.6", "lib/libQt6Qml.so.6", "lib/libQt6QmlModels.so.6",
        "lib/libQt6Quick.so.6", "plugins/imageformats/qpdf.dll", "Qt6Quick.dll",
        "lib/QtQuick.framework/Versions/A/QtQuick", "lib/QtPdf.framework/Versions/A/QtPdf")] + ["libQt6Pdf.so.6"]
    kept = [f"{qt}/{name}" for name in (
        "plugins/imageformats/libqjpeg.so", "plugins/imageformats/libqwebp.so", "plugins/imageformats/qsvg.dll",
        "plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so",
        "plugins/platforminputcontexts/libibusplatforminputcontextplugin.so", "lib/libQt6Gui.so.6",
        "lib/QtGui.framework/Versions/A/QtGui")]
    toc = [(name, "src", "BINARY") for name in extra + kept]
    assert [entry[0] for entry in namespace["_kept"](toc)] == kept


def test_the_bundle_leaves_out_the_postgresql_driver_the_demo_relay_never_loads(monkeypatch):
    """The app's in-process demo relay runs on SQLite; PostgreSQL's driver (with its own libpq) is the hosted
    relay's, and must not be needed by anything the bundle starts."""
    calls, _namespace = run_spec(monkeypatch, "linux")
    assert {"psycopg", "psycopg_binary", "psycopg_c"} <= set(calls["Analysis"][1]["excludes"])
    probe = ("import sys; sys.modules['psycopg'] = None\n"
             "import relay.embedded, relay.app, klaros_desktop.demo.runtime\n"
             "print('loaded without psycopg')")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "loaded without psycopg" in done.stdout


def _release_steps(job: dict) -> list[tuple[str, str, str]]:
    """(name, ``if`` condition, command or action) of each step of a release job."""
    return [(step.get("name", ""), str(step.get("if", "")), step.get("run") or step.get("uses", ""))
            for step in job["steps"]]


def _step(steps: list[tuple[str, str, str]], *words: str) -> tuple[str, str, str]:
    found = [s for s in steps if all(word in s[2] for word in words)]
    assert found, f"no step runs {' … '.join(words)}"
    return found[0]


def test_the_release_workflow_builds_signs_and_publishes_on_both_systems():
    """actionlint (CI) proves the workflow is valid; this proves it does what docs/releasing.md says: the same
    build.spec and the frozen self-test on Windows and macOS, Authenticode with a timestamp and the hardened
    runtime with notarization only when their secrets are set, the update metadata, the release assets."""
    import yaml

    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "release.yml").read_text(encoding="utf-8"))
    assert workflow[True]["push"]["tags"] == ["v*"]  # YAML 1.1 reads the key ``on`` as true
    jobs = workflow["jobs"]
    assert jobs["windows"]["runs-on"] == "windows-latest" and jobs["macos"]["runs-on"] == "macos-latest"
    windows, macos = _release_steps(jobs["windows"]), _release_steps(jobs["macos"])
    for steps in (windows, macos):
        bundle = _step(steps, "pyinstaller", "build.spec")
        self_test = _step(steps, "self-test")
        assert steps.index(bundle) < steps.index(self_test)
    assert jobs["windows"]["env"]["HAS_WINDOWS_CERT"] == "${{ secrets.WINDOWS_CERT_PFX != '' }}"
    installer = _step(windows, "build_installer.py")
    signed = [s for s in windows if "signtool" in s[2]]
    assert len(signed) == 2 and all(s[1] == "env.HAS_WINDOWS_CERT == 'true'" for s in signed)
    for step in signed:
        assert re.search(r"/tr https?://\S+ /td sha256", step[2]), "Authenticode without an RFC 3161 timestamp"
    assert windows.index(signed[0]) < windows.index(installer) < windows.index(signed[1])
    assert "setup.exe" in signed[1][2]  # the installer itself is signed too
    codesign = _step(macos, "codesign --force --deep --options runtime --timestamp")
    assert codesign[1] == "env.HAS_MACOS_CERT == 'true'"
    dmg = _step(macos, "dmgbuild -s packaging/macos/dmg_settings.py")
    notarize = _step(macos, "xcrun notarytool submit", "--wait", "xcrun stapler staple")
    assert notarize[1] == "env.HAS_NOTARY == 'true'"
    assert macos.index(codesign) < macos.index(dmg) < macos.index(notarize)
    publish = _release_steps(jobs["publish"])
    assert set(jobs["publish"]["needs"]) == {"windows", "macos"}
    metadata = _step(publish, "packaging/updates/publish.py add", "--platform windows")
    assert "--platform macos" in metadata[2] and metadata[1] == "env.HAS_TUF_KEYS == 'true'"
    attach = _step(publish, "gh release upload")
    assert "setup.exe" in attach[2] and ".dmg" in attach[2] and "update-repo.tar.gz" in attach[2]
