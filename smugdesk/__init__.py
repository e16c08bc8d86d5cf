"""smugdesk: record anti-smuggling catches and gang busts, write press-conference reports."""

__version__ = "0.1.0"
