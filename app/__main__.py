"""``python -m app`` and the ``kinerja`` command: the GUI by default, sub-commands for
headless work (``kinerja --help``)."""

import sys

from .cli import main

if __name__ == "__main__":
    sys.exit(main())
