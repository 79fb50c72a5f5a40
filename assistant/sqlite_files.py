"""SQLite files that several threads and processes open at once (ratings, the vector cache).

Each runs in WAL mode: readers never block the writer, and a committed row survives a crash. Switching a new file to
WAL takes an exclusive lock, and SQLite answers a connection that would deadlock waiting for it with "database is
locked" at once, whatever its busy timeout (a web chat and a Slack bot started together on a new data folder). So the
switch and the schema are done under a file lock beside the database, one connection at a time.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from filelock import FileLock


def connect(path: Path, schema: str | None, timeout: float = 30.0, **options) -> sqlite3.Connection:
    """A connection to the SQLite file at `path` (created if missing) in WAL mode with `schema` applied; writes wait up
    to `timeout` seconds for another writer. `schema=None` skips the setup, for a file this process already set up."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path, timeout=timeout, **options)
    if schema is None:
        return conn
    try:
        with FileLock(f"{path}.lock").acquire(timeout=timeout, poll_interval=0.005):
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute(schema)
    except BaseException:
        conn.close()
        raise
    return conn
