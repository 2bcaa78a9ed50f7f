"""``klaros`` sub-commands, one module each.

Every module here defines ``register(subparsers)``, adding its parser with
``set_defaults(handler=run)`` where ``run(args, ctx) -> int``. ``klaros_desktop.cli`` finds them all,
so adding a command means adding a module, nothing else.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
from dataclasses import dataclass
from pathlib import Path

from klaros_desktop.paths import Profile


@dataclass
class CommandContext:
    profile: Profile
    verbose: bool = False


def command_modules() -> list[str]:
    return sorted(
        f"{__name__}.{info.name}" for info in pkgutil.iter_modules([str(Path(__file__).parent)])
        if not info.name.startswith("_")
    )


def register_all(subparsers: argparse._SubParsersAction) -> None:
    for name in command_modules():
        module = importlib.import_module(name)
        module.register(subparsers)
