"""The laptop's side of sync (docs/sync.md): talking to the central server (client.py)
and moving the outbox up and the others' changes down (engine.py)."""
