import sys

from smugdesk.cli import main

sys.exit(main())
