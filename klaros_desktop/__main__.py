"""``python -m klaros_desktop`` and the frozen bundle's entry point (build.spec)."""

import multiprocessing
import sys

if __name__ == "__main__":
    # First of all: in a frozen bundle, a spawned worker process (a big contacts import normalises numbers in
    # some) starts this same executable, and this runs its task instead of a second Klaros. A no-op otherwise.
    multiprocessing.freeze_support()
    from klaros_desktop.cli import main

    sys.exit(main())
