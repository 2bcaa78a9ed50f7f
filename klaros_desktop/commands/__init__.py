"""``klaros`` sub-commands, one module each.

Every module here defines ``register(subparsers)``, adding its parser with
``set_defaults(handler=run)`` where ``run(args, ctx) -> int``. ``klaros_desktop.cli`` finds them all,
so adding a command means adding a module, nothing else.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from klaros_desktop.paths import Profile
from klaros_desktop.phrases import counted  # noqa: F401 - the commands' counted lines

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker


@dataclass
class CommandContext:
    profile: Profile
    verbose: bool = False

    @contextmanager
    def database(self) -> Iterator[sessionmaker[Session]]:
        """The profile's database for one command: opened (and migrated) here, its engine disposed at the end.

        Commands own their engine; the services they call only take the session factory."""
        from klaros_desktop.db import open_database

        engine, sessions = open_database(self.profile)
        try:
            yield sessions
        finally:
            engine.dispose()


def command_modules() -> list[str]:
    return sorted(
        f"{__name__}.{info.name}" for info in pkgutil.iter_modules([str(Path(__file__).parent)])
        if not info.name.startswith("_")
    )


def register_all(subparsers: argparse._SubParsersAction) -> None:
    for name in command_modules():
        module = importlib.import_module(name)
        module.register(subparsers)
