"""``python -m klaros_sim`` = the ``klaros-sim`` command."""

import sys

from klaros_sim.cli import main

sys.exit(main())
