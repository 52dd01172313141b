"""Working as a team: every laptop keeps its SQLite file, the team shares a PostgreSQL database.

``tables``   what is shared (the sync format) and how concurrent changes merge
``capture``  SQLite triggers that write every local change into the outbox
``merge``    outbox compaction and the field-by-field merge (plain data)
``local``    the laptop's side: settings, identities, applying what others did
``server``   the server's tables, roles, row-level security and the format handshake
``remote``   push and pull, run by the laptop in server transactions
``connect``  URLs, passwords (keyring, PGPASSWORD, libpq's password file), reachability
``engine``   create, join, sync, status, conflicts — shared by the command line and the window
``commands`` the command line
"""
