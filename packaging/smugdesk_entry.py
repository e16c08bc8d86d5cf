"""The frozen executables' entry point: the same main() as the `smugdesk` command."""

import sys

from smugdesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
