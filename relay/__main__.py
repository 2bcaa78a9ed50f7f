"""``python -m relay`` is the same as ``klaros-relay``."""

import sys

from relay.cli import main

if __name__ == "__main__":
    sys.exit(main())
