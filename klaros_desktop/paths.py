"""Where Klaros keeps its files.

One place decides the profile folder (``--data-dir`` > ``KLAROS_DATA_DIR`` > the OS default from
platformdirs) and where shipped resources live, in a source checkout and in a PyInstaller bundle alike.
"""

from __future__ import annotations

import logging
import os
import stat
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from klaros_desktop import APP_ID, APP_NAME

DATA_DIR_ENV = "KLAROS_DATA_DIR"
# POSIX: a profile's folders are 0700, since the database, logs and media hold customers' messages and the
# default umask would let every local user read them. Windows: %LOCALAPPDATA% is already private to the user
# (ACLs), and os.chmod there only toggles the read-only flag, so no permission call is made at all.
PRIVATE_FOLDERS = os.name != "nt"
PRIVATE_MODE = 0o700

log = logging.getLogger(__name__)


def default_data_dir() -> Path:
    """The per-user data folder: %LOCALAPPDATA%\\Klaros, ~/Library/Application Support/Klaros, ~/.local/share/klaros."""
    return Path(platformdirs.user_data_dir(APP_NAME if sys.platform != "linux" else APP_ID, appauthor=False))


def resolve_data_dir(cli_value: str | os.PathLike[str] | None = None) -> Path:
    if cli_value:
        return Path(cli_value).expanduser().resolve()
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser().resolve()
    return default_data_dir()


@dataclass(frozen=True)
class Profile:
    """The files of one shop profile. Everything the shop owns lives below ``root``."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / "klaros.sqlite3"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def media(self) -> Path:
        return self.root / "media"

    @property
    def settings_file(self) -> Path:
        return self.root / "settings.json"

    def ensure(self) -> Profile:
        """Create the folders (private on POSIX); a profile made before that rule has its folder tightened.

        An existing folder without a database (``--data-dir`` pointed at a folder of the user's) keeps its
        permissions; it is tightened on a later start, once it holds a Klaros database."""
        for folder in (self.root, self.backups, self.logs, self.media):
            _make_folder(folder)
        if PRIVATE_FOLDERS and self.database.is_file():
            _make_private(self.root)
        return self


def _make_folder(folder: Path) -> None:
    if folder.is_dir():
        return
    if not PRIVATE_FOLDERS:
        folder.mkdir(parents=True, exist_ok=True)
        return
    folder.mkdir(mode=PRIVATE_MODE, parents=True, exist_ok=True)  # the mode applies to the last folder only
    _make_private(folder)  # an unusual umask may have cleared owner bits from the mode


def _make_private(folder: Path) -> None:
    try:
        mode = stat.S_IMODE(folder.stat().st_mode)
        if mode != PRIVATE_MODE:
            os.chmod(folder, PRIVATE_MODE)
    except OSError as exc:  # not ours to change (a shared folder owned by someone else): say so, go on
        log.warning("could not make %s private (mode 0700): %s", folder, exc.strerror or exc)


def bundle_root() -> Path:
    """Root of the shipped files: the PyInstaller extraction folder when frozen, else the checkout."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    """A file below ``resources/`` (icons, style sheets, sample data)."""
    return bundle_root().joinpath("resources", *parts)
