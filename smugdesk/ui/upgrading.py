"""The first open of a database after smugdesk was upgraded: its schema is brought up
to date off the window's thread (a million records take most of a minute, once) while
a window says what is happening, instead of a window that stops answering."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QLabel, QWidget

from smugdesk.store import Store, StoreError, open_store, upgrade, upgrade_pending
from smugdesk.store.encryption import Secret, key_for
from smugdesk.ui.background import run_and_wait, waiting_window


def upgrade_first(path: Path, parent: QWidget | None = None, key: bytes | None = None) -> bool:
    """Bring the database at ``path`` (encrypted: with its ``key``) up to this version,
    if it needs it, showing progress. False: it failed unexpectedly (the person was shown
    the details).

    Raises:
        StoreError: it could not be upgraded (each step is all or nothing: the file is
            as it was, or further along).
    """
    if not upgrade_pending(path, key):
        return True
    dialog = waiting_window("upgrading", "", parent)
    label = QLabel(
        QApplication.translate(
            "upgrading",
            "Upgrading {file} for this version of smugdesk. This happens once and can "
            "take a minute for a large database; your records are kept.",
        ).format(file=path.name)
    )
    label.setWordWrap(True)
    dialog.setLabel(label)
    try:
        run_and_wait(lambda _report: upgrade(path, key))
    except StoreError:
        raise
    except Exception:  # shown already (run_in_background): said as False
        return False
    finally:
        dialog.close()
        dialog.deleteLater()
    return True


def open_unlocked(path: Path, secret: Secret, parent: QWidget | None = None) -> Store | None:
    """The encrypted database at ``path`` opened with a person's ``secret``, upgraded
    first (with the window above) when this version needs it. None: the upgrade failed
    unexpectedly (the person was shown the details).

    Raises:
        StoreError: the secret does not open it, or it cannot be opened or upgraded.
    """
    key = key_for(path, secret)  # Argon2id once: the key opens it for the upgrade too
    if not upgrade_first(path, parent, key):
        return None
    return open_store(path, secret=secret, key=key)
