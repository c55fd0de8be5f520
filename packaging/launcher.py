"""Entry point of the bundled app: the command line, which opens the window without a command."""

import sys

from desk.cli import main

if __name__ == "__main__":
    sys.exit(main())
