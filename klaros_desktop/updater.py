"""In-app updates through TUF (``tufup``): check, download, verify, stage; apply on restart; roll back on failure.

Trust: the app ships the release owner's public ``root.json`` (``resources/update/root.json``); every list of
releases and every archive the update server hands out must be signed by the keys that root names, and is
refused if it is not, if it has expired, or if an archive's size or hash differ from the signed list. A server
that is broken into therefore cannot push a build. Without a shipped root, or when not running from a
PyInstaller bundle, updates are off.

The steps, each usable from the CLI and the UI (no Qt here; the network calls block, so the UI runs them in a
worker thread):

1. ``check`` asks the server (start and daily): the newest release above this one, with its notes, or None.
2. ``download`` fetches and verifies it (progress reported) and unpacks it into ``<cache>/staged/<version>``.
3. ``launch_apply`` starts the *staged* program with ``update-apply`` and the running app quits. That process
   waits for the old one to end, moves the installed folder aside, copies the new one in, runs the new
   version's ``self-test`` on a scratch profile, and puts the old folder back if the test fails (``apply``).
   Then it starts Klaros again. The result is written to ``<cache>/last-update.json`` for the next start to
   report.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from klaros_desktop import APP_ID, __version__
from klaros_desktop.phrases import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

UPDATE_URL_ENV = "KLAROS_UPDATE_URL"
# The release owner's update server; set by the release build (``resources/update/config.json``) or the env.
CONFIG_FILE = ("update", "config.json")
ROOT_FILE = ("update", "root.json")
CHECK_EVERY_SECONDS = 24 * 60 * 60
PLATFORM = {"win32": "windows", "darwin": "macos"}.get(sys.platform, "linux")
SELF_TEST_TIMEOUT = 300


class UpdateError(Exception):
    """An update step failed; ``str(error)`` is the sentence for the shop owner (a ``Phrase``)."""


EXPIRED = QT_TRANSLATE_NOOP(
    "Updates", "The update server's signed list of releases has expired, so Klaros did not trust it and keeps "
    "this version. Your Klaros supplier has to renew it.")
TAMPERED = QT_TRANSLATE_NOOP(
    "Updates", "The downloaded update does not match what the Klaros publisher signed, so it was thrown away. "
    "Klaros keeps this version and is safe to use.")
UNTRUSTED = QT_TRANSLATE_NOOP(
    "Updates", "The update server's list of releases is not signed by the Klaros publisher, so Klaros did not "
    "trust it and keeps this version.")
UNREACHABLE = QT_TRANSLATE_NOOP(
    "Updates", "Klaros could not reach its update server. It will try again later.")
NOT_WRITABLE = QT_TRANSLATE_NOOP(
    "Updates", "Klaros could not save the update on this computer (the disk may be full). It keeps this version.")


@dataclass(frozen=True)
class UpdateConfig:
    """Where the server is, what this installation is, and where downloads go."""

    url: str  # the repository's base URL: ``<url>/metadata/`` and ``<url>/targets/``
    trusted_root: Path  # the shipped root.json
    install_dir: Path  # the folder the installer made (the PyInstaller folder)
    cache_dir: Path  # metadata, downloads, staged versions, the last result
    current_version: str = __version__
    app_name: str = f"{APP_ID}-{PLATFORM}"  # one archive series per platform
    exe_name: str = "klaros.exe" if os.name == "nt" else "klaros"  # relative to install_dir

    @property
    def metadata_dir(self) -> Path:
        return self.cache_dir / "metadata"

    @property
    def targets_dir(self) -> Path:
        return self.cache_dir / "targets"

    @property
    def staged_root(self) -> Path:
        return self.cache_dir / "staged"

    @property
    def result_file(self) -> Path:
        return self.cache_dir / "last-update.json"


@dataclass(frozen=True)
class Release:
    version: str
    notes: str
    size: int  # bytes to download


@dataclass(frozen=True)
class Staged:
    version: str
    folder: Path  # the unpacked new program folder
    notes: str


def configured(bundle_root: Path | None = None, cache_dir: Path | None = None) -> UpdateConfig | None:
    """The config of this installation, or None when updates are off (a source checkout, no shipped root, no
    URL). The URL comes from ``KLAROS_UPDATE_URL``, else from the bundle's ``update/config.json``."""
    from klaros_desktop.paths import resource_path

    if not getattr(sys, "frozen", False) and bundle_root is None:
        return None
    root = (bundle_root / "resources" if bundle_root else resource_path()).joinpath(*ROOT_FILE)
    if not root.is_file():
        return None
    url = os.environ.get(UPDATE_URL_ENV)
    config_file = root.parent / CONFIG_FILE[-1]
    if not url and config_file.is_file():
        url = json.loads(config_file.read_text(encoding="utf-8")).get("url")
    if not url:
        return None
    import platformdirs

    exe = Path(sys.executable).resolve()
    install_dir, exe_name = exe.parent, exe.name
    if exe.parent.name == "MacOS" and exe.parent.parent.parent.suffix == ".app":  # macOS: the whole Klaros.app
        install_dir, exe_name = exe.parent.parent.parent, f"Contents/MacOS/{exe.name}"
    return UpdateConfig(url=url.rstrip("/"), trusted_root=root, install_dir=install_dir, exe_name=exe_name,
                        cache_dir=cache_dir or Path(platformdirs.user_cache_dir("Klaros", appauthor=False)) / "updates")


def _client(config: UpdateConfig):
    from tufup.client import Client

    class _Client(Client):
        """Remembers why refreshing the signed metadata failed (tufup logs some causes and returns None)."""

        refresh_error: BaseException | None = None

        def refresh(self) -> None:
            try:
                super().refresh()
            except BaseException as error:
                self.refresh_error = error
                raise

    for folder in (config.metadata_dir, config.targets_dir):
        folder.mkdir(parents=True, exist_ok=True)
    trusted = config.metadata_dir / "root.json"
    if not trusted.exists():
        shutil.copyfile(config.trusted_root, trusted)
    return _Client(
        app_name=config.app_name,
        app_install_dir=config.install_dir,
        current_version=config.current_version,
        metadata_dir=config.metadata_dir,
        metadata_base_url=f"{config.url}/metadata/",
        target_dir=config.targets_dir,
        target_base_url=f"{config.url}/targets/",
        refresh_required=False,
    )


def _archive_version(config: UpdateConfig, name: str):
    """The version in a tufup file name (``<app>-<version>.tar.gz`` or ``.patch``), or None for other files."""
    from packaging.version import InvalidVersion, Version

    for suffix in (".tar.gz", ".patch"):
        if name.startswith(f"{config.app_name}-") and name.endswith(suffix):
            try:
                return Version(name[len(config.app_name) + 1:-len(suffix)])
            except InvalidVersion:
                return None
    return None


def clean_cache(config: UpdateConfig) -> None:
    """Remove what earlier updates left behind: archives and patches of versions below the installed one (its
    own archive stays: tufup applies the next patch to it), unpacked copies of versions already installed, and
    the unpacking folders of downloads that were interrupted. A file still in use is left for the next start."""
    from packaging.version import InvalidVersion, Version

    try:
        current = Version(config.current_version)
    except InvalidVersion:
        return
    if config.targets_dir.is_dir():
        for path in config.targets_dir.iterdir():
            version = _archive_version(config, path.name)
            if version is None:
                continue
            if version < current or (version == current and path.name.endswith(".patch")):
                _remove(path)
    if config.staged_root.is_dir():
        for folder in config.staged_root.iterdir():
            try:
                installed = Version(folder.name) <= current
            except InvalidVersion:
                installed = True  # not a folder ``download`` made
            if installed:
                _remove(folder)
    if config.cache_dir.is_dir():
        for folder in config.cache_dir.glob("klaros-update-*"):
            _remove(folder)


def _remove(path: Path) -> None:
    try:
        if path.is_dir():
            shutil.rmtree(path)
        else:
            path.unlink()
        log.info("removed %s from the update cache", path.name)
    except OSError as error:
        log.info("left %s in the update cache for now: %s", path.name, error.strerror or type(error).__name__)


def _translate(error: BaseException) -> UpdateError:
    from tuf.api import exceptions as tuf_errors

    if isinstance(error, tuf_errors.ExpiredMetadataError):
        message = EXPIRED
    elif isinstance(error, tuf_errors.LengthOrHashMismatchError | tuf_errors.DownloadLengthMismatchError):
        message = TAMPERED
    elif isinstance(error, tuf_errors.RepositoryError):
        message = UNTRUSTED
    elif isinstance(error, tuf_errors.DownloadError | ConnectionError):
        message = UNREACHABLE
    elif isinstance(error, OSError):
        message = NOT_WRITABLE
    else:
        message = UNREACHABLE
    log.warning("update step failed: %s (%s)", type(error).__name__, error)
    return UpdateError(message)


def check(config: UpdateConfig) -> tuple[Release | None, object]:
    """The newest signed release above this version, and the client to download it with (blocking).

    Raises ``UpdateError`` when the server's metadata is expired, unsigned or unreachable."""

    clean_cache(config)
    try:
        client = _client(config)
        found = client.check_for_updates()
    except Exception as error:  # requests, tuf and disk errors alike: each gets its sentence
        raise _translate(error) from error
    if client.refresh_error is not None:
        raise _translate(client.refresh_error) from client.refresh_error
    if found is None:
        return None, client
    custom = found.custom or {}
    notes = str(custom.get("notes") or "")
    size = sum(info.length for info in client.new_targets.values())
    return Release(version=str(found.version), notes=notes, size=size), client


def download(config: UpdateConfig, client, release: Release,
             progress: Callable[[int, int], None] | None = None) -> Staged:
    """Fetch the release found by ``check`` with ``client``, verify it against the signed list, unpack it into
    the staging folder (blocking). ``progress(done, total)`` is called as bytes arrive."""
    staged = config.staged_root / release.version
    unpacked: list[Path] = []

    def keep(src_dir: Path, dst_dir: Path, **_kwargs) -> None:  # tufup's "install": we only stage here
        if staged.exists():
            shutil.rmtree(staged)
        staged.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(str(src_dir), str(staged))
        unpacked.append(staged)

    def hook(bytes_downloaded: int, bytes_expected: int) -> None:
        if progress is not None:
            progress(bytes_downloaded, bytes_expected)

    extract = Path(tempfile.mkdtemp(prefix="klaros-update-", dir=config.cache_dir))
    client.extract_dir = extract
    try:
        client.download_and_apply_update(skip_confirmation=True, install=keep, progress_hook=hook)
    except Exception as error:
        raise _translate(error) from error
    finally:
        shutil.rmtree(extract, ignore_errors=True)
    if not unpacked:  # tufup logs and returns when a downloaded file fails verification after the fact
        raise UpdateError(TAMPERED)
    if not (staged / config.exe_name).is_file():
        shutil.rmtree(staged, ignore_errors=True)
        raise UpdateError(TAMPERED)
    (staged / ".klaros-release.json").write_text(
        json.dumps({"version": release.version, "notes": release.notes}), encoding="utf-8")
    return Staged(version=release.version, folder=staged, notes=release.notes)


def launch_apply(config: UpdateConfig, staged: Staged) -> subprocess.Popen:
    """Start the staged program to apply itself once this process has ended (the caller quits next)."""
    command = [str(staged.folder / config.exe_name), "update-apply", "--install-dir", str(config.install_dir),
               "--cache-dir", str(config.cache_dir), "--wait-pid", str(os.getpid()),
               "--previous-version", config.current_version, "--staged-dir", str(staged.folder),
               "--exe-name", config.exe_name, "--restart"]
    flags = {}
    if os.name == "nt":
        flags["creationflags"] = subprocess.DETACHED_PROCESS | subprocess.CREATE_NEW_PROCESS_GROUP
    else:
        flags["start_new_session"] = True
    log.info("applying update %s on exit", staged.version)
    return subprocess.Popen(command, close_fds=True, **flags)


def _pid_alive(pid: int) -> bool:
    if os.name == "nt":
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        ctypes.windll.kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        ctypes.windll.kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def wait_for_exit(pid: int, timeout: float = 60.0) -> bool:
    deadline = time.monotonic() + timeout
    while _pid_alive(pid):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.2)  # polling a foreign process: there is no portable event to wait on
    return True


@dataclass(frozen=True)
class ApplyResult:
    ok: bool
    version: str  # the version now installed
    tried: str  # the version that was applied
    detail: str  # the self-test's last line, for the log


def apply(staged_folder: Path, install_dir: Path, exe_name: str, previous_version: str,
          self_test: Callable[[Path], tuple[bool, str]] | None = None) -> ApplyResult:
    """Replace ``install_dir`` with ``staged_folder``; keep it only if its self-test passes, else roll back.

    The old folder is renamed aside (one rename, so it is whole or absent), the new one copied in (the staged
    folder may be the running program, which Windows will not let move). Rolling back deletes the new files
    and renames the old folder back."""
    release = json.loads((staged_folder / ".klaros-release.json").read_text(encoding="utf-8"))
    tried = release["version"]
    self_test = self_test or (lambda folder: run_self_test(folder / exe_name))
    backup = install_dir.with_name(install_dir.name + ".previous")
    try:
        if backup.exists():
            shutil.rmtree(backup)
        install_dir.rename(backup)
    except OSError as error:  # a file of the old version still open (a virus scanner, a second window)
        log.error("could not move %s aside for the update: %s", install_dir, error)
        return ApplyResult(ok=False, version=previous_version, tried=tried,
                           detail=f"the program folder is in use: {error.strerror or type(error).__name__}")
    try:
        shutil.copytree(staged_folder, install_dir)
        ok, detail = self_test(install_dir)
    except OSError as error:
        ok, detail = False, f"could not copy the new version: {error}"
    if ok:
        shutil.rmtree(backup, ignore_errors=True)
        log.info("updated to %s: %s", tried, detail)
        return ApplyResult(ok=True, version=tried, tried=tried, detail=detail)
    shutil.rmtree(install_dir, ignore_errors=True)
    backup.rename(install_dir)
    log.error("update to %s failed its self-test, rolled back to %s: %s", tried, previous_version, detail)
    return ApplyResult(ok=False, version=previous_version, tried=tried, detail=detail)


def run_self_test(exe: Path) -> tuple[bool, str]:
    """The new version's ``self-test`` on a scratch profile (the shop's data is not touched by it)."""
    with tempfile.TemporaryDirectory(prefix="klaros-selftest-") as scratch:
        env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
        try:
            # the keyring check is about this computer, not the new version: it is left out of the verdict
            done = subprocess.run([str(exe), "--data-dir", str(Path(scratch) / "profile"), "self-test",
                                   "--skip", "keyring"],
                                  capture_output=True, text=True, timeout=SELF_TEST_TIMEOUT, env=env,
                                  encoding="utf-8", errors="replace")
        except (OSError, subprocess.TimeoutExpired) as error:
            return False, f"self-test did not run: {type(error).__name__}"
    lines = [line for line in done.stdout.splitlines() if line.strip()]
    return done.returncode == 0, lines[-1] if lines else f"exit {done.returncode}"


def record(config_cache: Path, result: ApplyResult) -> None:
    config_cache.mkdir(parents=True, exist_ok=True)
    (config_cache / "last-update.json").write_text(json.dumps(result.__dict__), encoding="utf-8")


def take_last_result(cache_dir: Path) -> ApplyResult | None:
    """The result the last ``update-apply`` left, once (the file is removed)."""
    path = cache_dir / "last-update.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        path.unlink()
    except (OSError, ValueError):
        return None
    return ApplyResult(**data)


def restart(install_dir: Path, exe_name: str, args: Sequence[str] = ()) -> None:
    flags = {"start_new_session": True} if os.name != "nt" else {"creationflags": subprocess.DETACHED_PROCESS}
    subprocess.Popen([str(install_dir / exe_name), *args], close_fds=True, **flags)
