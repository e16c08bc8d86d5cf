"""Encryption at rest, free of SQL and Qt: a random database key wrapped in key slots
(as LUKS does), one per user's password, a passphrase for a database without
accounts, and a recovery key shown once. The store opens the file with the key a
slot gives back; adding, removing or resetting a user changes a slot, never the data.
"""
