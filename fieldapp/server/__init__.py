"""The central server (docs/sync.md): `app.py` the HTTP API, `store.py` its SQLite
storage, `auth.py` codes and tokens, `cli.py` the `fieldapp-server` command.
It shares only `fieldapp.domain` with the laptop program."""
