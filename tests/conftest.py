"""Suite-wide set-up: headless Qt and a keyring that never touches the developer's real one.

Set before any test module imports Qt or keyring (pytest loads this file first).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["PYTHON_KEYRING_BACKEND"] = "klaros_desktop.secrets.plaintext_keyring.PlaintextKeyring"
os.environ.pop("KLAROS_TEST_KEYRING_FILE", None)
os.environ.pop("KLAROS_DATA_DIR", None)

REPO_ROOT = Path(__file__).resolve().parent.parent
SHARED_DIR = REPO_ROOT.parent / "shared"
PG_URL = os.environ.get("KLAROS_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


@pytest.fixture
def shared_dir() -> Path:
    """``../shared`` beside the clone (Meta fixtures and reference); skips with the reason if absent."""
    if not SHARED_DIR.is_dir():
        pytest.skip(f"shared reference folder not found at {SHARED_DIR}")
    return SHARED_DIR


@pytest.fixture
def profile(tmp_path):
    """A fresh, empty profile folder for one test."""
    from klaros_desktop.paths import Profile

    return Profile(tmp_path / "profile").ensure()
