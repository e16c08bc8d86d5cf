"""Accounts and the audit's rules, free of SQL and Qt: roles and what each may do,
passwords (Argon2id, the common-password list), lock-outs, and the audit's hash chain.
The store applies them, so the app and the command line obey the same rules."""
