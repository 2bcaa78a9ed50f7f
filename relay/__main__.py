"""``python -m relay`` is the same as ``klaros-relay``."""

import sys

from relay.cli import main

sys.exit(main())
