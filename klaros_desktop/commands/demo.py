"""``klaros demo``: try Klaros without a Meta account, on a throw-away profile.

Starts the Meta simulator and a relay in this process on loopback, pairs and connects a fresh profile,
seeds a small flower shop, and lets simulated customers write, answer replies and send STOP.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

from klaros_desktop.commands import CommandContext


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("demo", help="try Klaros on a throw-away demo shop (no Meta account needed)")
    parser.add_argument("--keep", action="store_true", help="keep the demo folder afterwards (its path is printed)")
    parser.set_defaults(handler=run, own_profile=True)  # never the real profile: see klaros_desktop.cli


def run(args: argparse.Namespace, ctx: CommandContext) -> int:
    from klaros_desktop import logging_setup
    from klaros_desktop.app import connect_live, run_app
    from klaros_desktop.demo.director import Director
    from klaros_desktop.demo.runtime import create_templates, demo_world
    from klaros_desktop.platform_check import window_problem

    problem = window_problem()
    if problem:  # before the simulator and relay start: no window could show them
        print(problem, file=sys.stderr)
        return 1
    root = Path(tempfile.mkdtemp(prefix="klaros-demo-"))
    try:  # from here on the folder goes whatever happens (a crash while the demo starts included)
        print(f"Demo shop in {root} (simulator and relay on 127.0.0.1)")
        with demo_world(root) as world:
            # the demo's log belongs to the demo profile (kept with --keep), not to the shop's real one
            logging_setup.configure(world.profile.logs, console=ctx.verbose)
            director = Director(world.sim)

            async def ready(window, backend, http) -> None:
                await connect_live(backend, http)
                window.setWindowTitle(window.windowTitle() + " — " + window.tr("DEMO (simulated customers)"))
                graph = getattr(backend.messenger, "graph", None)
                if graph is not None:
                    await create_templates(graph)
                director.start()

            try:
                return run_app(world.profile, on_ready=ready)
            finally:
                director.stop()
    finally:
        logging_setup.close()  # the demo's log file, before its folder goes (Windows keeps open files)
        if args.keep:
            print(f"Kept {root}")
        else:
            shutil.rmtree(root, ignore_errors=True)
