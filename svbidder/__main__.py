"""``python -m svbidder`` (and the PyInstaller entry point)."""

import sys

from svbidder.cli import main

if __name__ == "__main__":
    sys.exit(main())
