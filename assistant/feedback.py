"""Durable feedback on answers (web chat and Slack share it): one SQLite table, CSV export."""

from __future__ import annotations

import csv
import json
import sqlite3
from contextlib import closing
from datetime import datetime, timezone
from pathlib import Path
from typing import IO, Iterable

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

    def __init__(self, path: Path):
        self.path = Path(path)

    def _connect(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(self.path, timeout=10)
        conn.execute(_SCHEMA)
        return conn

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
        with closing(self._connect()) as conn, conn:
            cur = conn.execute(
                "INSERT INTO feedback (time, channel, question, answer, citations, rating, comment) VALUES (?,?,?,?,?,?,?)",
                row,
            )
            return int(cur.lastrowid)

    def set_comment(self, feedback_id: int, comment: str) -> None:
        with closing(self._connect()) as conn, conn:
            cur = conn.execute("UPDATE feedback SET comment = ? WHERE id = ?", (comment.strip(), feedback_id))
            if cur.rowcount == 0:
                raise KeyError(f"no feedback with id {feedback_id}")

    def set_rating(self, feedback_id: int, rating: int) -> None:
        """Change a stored rating (a user switched thumbs)."""
        if rating not in (-1, 1):
            raise ValueError(f"rating must be 1 or -1, got {rating!r}")
        with closing(self._connect()) as conn, conn:
            cur = conn.execute("UPDATE feedback SET rating = ? WHERE id = ?", (rating, feedback_id))
            if cur.rowcount == 0:
                raise KeyError(f"no feedback with id {feedback_id}")

    def delete(self, feedback_id: int) -> None:
        """Forget a rating (a user withdrew their thumb)."""
        with closing(self._connect()) as conn, conn:
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
