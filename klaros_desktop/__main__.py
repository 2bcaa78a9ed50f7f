import sys

from klaros_desktop.cli import main

sys.exit(main())
