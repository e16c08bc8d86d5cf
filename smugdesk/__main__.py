import sys

from smugdesk.cli import main

if __name__ == "__main__":  # a verifying process started by spawn imports this too
    sys.exit(main())
