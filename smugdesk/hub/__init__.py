"""The PostgreSQL hub: the store's twin for stations that are online. Its schema and
roles (``schema``), the stations' accounts (``accounts``), reaching it without a
password on a command line (``connection``), and syncing (``sync``)."""

from smugdesk.hub import audit, reads, settling, validation  # register their schema migrations

__all__ = ["audit", "reads", "settling", "validation"]
