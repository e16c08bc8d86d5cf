"""The frozen executables' entry point: the same main() as the `smugdesk` command."""

import multiprocessing
import sys

from smugdesk.cli import main

if __name__ == "__main__":
    # A frozen program is also what the audit's verifying processes start as (spawn).
    multiprocessing.freeze_support()
    sys.exit(main())
