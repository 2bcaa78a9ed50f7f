"""Where Klaros keeps its files.

One place decides the profile folder (``--data-dir`` > ``KLAROS_DATA_DIR`` > the OS default from
platformdirs) and where shipped resources live, in a source checkout and in a PyInstaller bundle alike.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from klaros_desktop import APP_ID, APP_NAME

DATA_DIR_ENV = "KLAROS_DATA_DIR"


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
        for folder in (self.root, self.backups, self.logs, self.media):
            folder.mkdir(parents=True, exist_ok=True)
        return self


def bundle_root() -> Path:
    """Root of the shipped files: the PyInstaller extraction folder when frozen, else the checkout."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    """A file below ``resources/`` (icons, style sheets, sample data)."""
    return bundle_root().joinpath("resources", *parts)
