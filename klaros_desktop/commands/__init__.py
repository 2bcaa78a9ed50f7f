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


def counted(n: int, singular: str, plural: str | None = None) -> str:
    """``n`` with the English noun that agrees with it ("1 event", "2 events"); irregular words pass ``plural``.

    The command line speaks English only, so one rule serves every command's counted line."""
    return f"{n} {singular if n == 1 else plural or singular + 's'}"


def command_modules() -> list[str]:
    return sorted(
        f"{__name__}.{info.name}" for info in pkgutil.iter_modules([str(Path(__file__).parent)])
        if not info.name.startswith("_")
    )


def register_all(subparsers: argparse._SubParsersAction) -> None:
    for name in command_modules():
        module = importlib.import_module(name)
        module.register(subparsers)
