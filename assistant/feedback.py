"""Durable feedback on answers (web chat and Slack share it): one SQLite table, CSV export.

The database runs in WAL mode with a busy timeout, so concurrent ratings from several threads or
processes all land, and a rating is on disk once `add` returns.
"""

from __future__ import annotations

import csv
import json
import sqlite3
from contextlib import closing, contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import IO, Iterable, Iterator

from assistant import sqlite_files

COLUMNS = ("id", "time", "channel", "question", "answer", "citations", "rating", "comment")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS feedback (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    time TEXT NOT NULL,
    channel TEXT NOT NULL,
    question TEXT NOT NULL,
    answer TEXT NOT NULL,
    citations TEXT NOT NULL,
    rating INTEGER NOT NULL CHECK (rating IN (-1, 1)),
    comment TEXT NOT NULL DEFAULT ''
)
"""


class FeedbackStore:
    """Ratings of answers, stored durably.

        store = FeedbackStore(Path("data/feedback.sqlite3"))
        fid = store.add("Qui ?", "Le Trésor [1]", [{"n": 1, "doc": "001.txt"}], rating=1)
        store.set_comment(fid, "précis")
    """

    busy_timeout_ms = 30_000  # how long a write waits for another writer (web chat, Slack, another process)

    def __init__(self, path: Path):
        self.path = Path(path)
        self._ready = False  # set up (WAL, schema) by this store's first connection

    def _connect(self) -> sqlite3.Connection:
        # Autocommit connection; writes open their own `BEGIN IMMEDIATE`, so a writer queues for the
        # lock (busy timeout) instead of failing at once when two threads or processes write together.
        conn = sqlite_files.connect(
            self.path, None if self._ready else _SCHEMA, timeout=self.busy_timeout_ms / 1000, isolation_level=None
        )
        self._ready = True
        return conn

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """A write transaction: committed when the block ends, rolled back on an error."""
        with closing(self._connect()) as conn:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")

    def add(
        self,
        question: str,
        answer: str,
        citations: Iterable[dict] = (),
        rating: int = 1,
        comment: str = "",
        channel: str = "web",
    ) -> int:
        """Store one rating (+1 or -1) and return its id."""
        if rating not in (-1, 1):
            raise ValueError(f"rating must be 1 or -1, got {rating!r}")
        row = (
            datetime.now(timezone.utc).isoformat(timespec="seconds"),
            channel,
            question,
            answer,
            json.dumps(list(citations), ensure_ascii=False),
            rating,
            comment.strip(),
        )
        with self._write() as conn:
            cur = conn.execute(
                "INSERT INTO feedback (time, channel, question, answer, citations, rating, comment) VALUES (?,?,?,?,?,?,?)",
                row,
            )
            return int(cur.lastrowid)

    def set_comment(self, feedback_id: int, comment: str) -> None:
        with self._write() as conn:
            cur = conn.execute("UPDATE feedback SET comment = ? WHERE id = ?", (comment.strip(), feedback_id))
            if cur.rowcount == 0:
                raise KeyError(f"no feedback with id {feedback_id}")

    def set_rating(self, feedback_id: int, rating: int) -> None:
        """Change a stored rating (a user switched thumbs)."""
        if rating not in (-1, 1):
            raise ValueError(f"rating must be 1 or -1, got {rating!r}")
        with self._write() as conn:
            cur = conn.execute("UPDATE feedback SET rating = ? WHERE id = ?", (rating, feedback_id))
            if cur.rowcount == 0:
                raise KeyError(f"no feedback with id {feedback_id}")

    def delete(self, feedback_id: int) -> None:
        """Forget a rating (a user withdrew their thumb)."""
        with self._write() as conn:
            conn.execute("DELETE FROM feedback WHERE id = ?", (feedback_id,))

    def all(self) -> list[dict]:
        if not self.path.exists():
            return []
        with closing(self._connect()) as conn:
            rows = conn.execute(f"SELECT {', '.join(COLUMNS)} FROM feedback ORDER BY id").fetchall()
        return [dict(zip(COLUMNS, row)) for row in rows]

    def export_csv(self, out: IO[str]) -> int:
        """Write every rating as CSV; return how many rows were written."""
        rows = self.all()
        writer = csv.DictWriter(out, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
        return len(rows)
