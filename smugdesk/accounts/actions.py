"""What the audit records: each action's name (as stored) and its words."""

from __future__ import annotations

from smugdesk.domain.words import Words, render, words

# Stored in the audit's ``action`` column: never renamed once shipped.
ACTIONS: dict[str, Words] = {
    "create": words("audit.action.create", "created"),
    "change": words("audit.action.change", "changed"),
    "delete": words("audit.action.delete", "deleted"),
    "approve": words("audit.action.approve", "approved"),
    "unlock": words("audit.action.unlock", "unlocked"),
    "login": words("audit.action.login", "logged in"),
    "login_failed": words("audit.action.login_failed", "failed login"),
    "lockout": words("audit.action.lockout", "account locked out"),
    "logout": words("audit.action.logout", "logged out"),
    "session_lock": words("audit.action.session_lock", "session locked"),
    "import": words("audit.action.import", "imported a workbook"),
    "export": words("audit.action.export", "exported a workbook"),
    "report": words("audit.action.report", "made a report"),
    "audit_export": words("audit.action.audit_export", "exported audit entries"),
    "backup": words("audit.action.backup", "made a backup"),
    "restore": words("audit.action.restore", "restored a backup"),
    "user_add": words("audit.action.user_add", "added a user"),
    "user_change": words("audit.action.user_change", "changed a user"),
    "user_disable": words("audit.action.user_disable", "disabled a user"),
    "password_reset": words("audit.action.password_reset", "reset a password"),
    "password_change": words("audit.action.password_change", "changed their password"),
    "setting": words("audit.action.setting", "changed a setting"),
    "encrypt": words("audit.action.encrypt", "encrypted the database"),
    "decrypt": words("audit.action.decrypt", "decrypted the database"),
    "recovery_key": words("audit.action.recovery_key", "made a new recovery key"),
    "station": words("audit.action.station", "became a new station (the file was copied)"),
    "station_name": words("audit.action.station_name", "named the station"),
    "bundle": words("audit.action.bundle", "wrote a bundle"),
    "merge": words("audit.action.merge", "merged a bundle"),
    "publish": words("audit.action.publish", "published a report's figures"),
    "station_trust": words("audit.action.station_trust", "trusted a station's key"),
    "push": words("audit.action.push", "pushed changes to the hub"),
    "pull": words("audit.action.pull", "pulled changes from the hub"),
    "hub_forgotten": words("audit.action.hub_forgotten", "stopped syncing with a hub"),
}


def action_text(action: str, lang: str) -> str:
    """An action's words in ``lang`` (an action this smugdesk does not know: as stored)."""
    found = ACTIONS.get(action)
    return render(found(), lang) if found else action
