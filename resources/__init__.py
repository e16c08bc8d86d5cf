"""smugdesk's shipped files, installed as the package ``smugdesk.resources``.

This folder holds data, not code: pyproject.toml maps it into the package so that
a wheel, an editable install and a frozen build all reach it through
``importlib.resources`` (see ``smugdesk/shipped.py``).
"""
