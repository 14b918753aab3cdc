"""The SQLite engine: one connection, transactions, and the migrations runner.

Schema changes are append-only migrations per *family* (the registry in `store/__init__.py`
names them). Applied versions are recorded in `schema_migrations(family, version)`, so a
`--db FILE` written by an older emulator is brought forward at start and one written by a
newer emulator is refused.

Rows are plain dicts (`Row`); JSON-valued columns are TEXT, written with `dumps` and read with
`loads`. One connection, used only from the server's event-loop thread (handlers are sync and
short), so no locking is needed; `transaction()` makes each request atomic.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

__all__ = ["Row", "SchemaError", "Store", "dumps", "encode", "loads"]

Row = dict[str, Any]


class SchemaError(RuntimeError):
    """The database was written by a newer emulator (or is not an emulator database)."""


def dumps(value: Any) -> str | None:
    return None if value is None else json.dumps(value, separators=(",", ":"))


def loads(text: str | None) -> Any:
    return None if text is None else json.loads(text)


def encode(
    values: Mapping[str, Any],
    *,
    json_columns: Sequence[str] = (),
    bool_columns: Sequence[str] = (),
) -> Row:
    """Python values -> column values for an insert or update: JSON columns as text, booleans
    as 0/1; columns `values` does not name stay absent."""
    out = dict(values)
    for column in json_columns:
        if column in out:
            out[column] = dumps(out[column])
    for column in bool_columns:
        if column in out:
            out[column] = int(bool(out[column]))
    return out


def _dict_row(cursor: sqlite3.Cursor, values: tuple[Any, ...]) -> Row:
    return {col[0]: value for col, value in zip(cursor.description, values, strict=True)}


class Store:
    """One SQLite database (`:memory:` unless a path is given)."""

    def __init__(self, path: str | None = None) -> None:
        self.path = path or ":memory:"
        # isolation_level=None: we issue BEGIN/COMMIT ourselves (see `transaction`).
        self.conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        self.conn.row_factory = _dict_row
        self.conn.execute("PRAGMA foreign_keys = ON")
        if self.path != ":memory:":
            self.conn.execute("PRAGMA journal_mode = WAL")
            self.conn.execute("PRAGMA synchronous = NORMAL")
        self._depth = 0

    def close(self) -> None:
        self.conn.close()

    # ── queries ────────────────────────────────────────────────────────────

    def execute(self, sql: str, params: Sequence[Any] | Mapping[str, Any] = ()) -> sqlite3.Cursor:
        return self.conn.execute(sql, params)

    def one(self, sql: str, params: Sequence[Any] | Mapping[str, Any] = ()) -> Row | None:
        row: Row | None = self.conn.execute(sql, params).fetchone()
        return row

    def all(self, sql: str, params: Sequence[Any] | Mapping[str, Any] = ()) -> list[Row]:
        rows: list[Row] = self.conn.execute(sql, params).fetchall()
        return rows

    def scalar(self, sql: str, params: Sequence[Any] | Mapping[str, Any] = ()) -> Any:
        row = self.conn.execute(sql, params).fetchone()
        return None if row is None else next(iter(row.values()))

    def insert(self, table: str, row: Mapping[str, Any]) -> None:
        """INSERT one row; `table` and the keys are code, never request data."""
        cols = ", ".join(row)
        marks = ", ".join(f":{c}" for c in row)
        self.conn.execute(f"INSERT INTO {table} ({cols}) VALUES ({marks})", dict(row))  # noqa: S608

    def update(self, table: str, key: Mapping[str, Any], changes: Mapping[str, Any]) -> int:
        """UPDATE rows matching every `key` column; returns the count changed."""
        if not changes:
            return 0
        sets = ", ".join(f"{c} = :set_{c}" for c in changes)
        where = " AND ".join(f"{c} = :key_{c}" for c in key)
        params = {f"set_{c}": v for c, v in changes.items()} | {
            f"key_{c}": v for c, v in key.items()
        }
        cur = self.conn.execute(f"UPDATE {table} SET {sets} WHERE {where}", params)  # noqa: S608
        return cur.rowcount

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Atomic block; nests with savepoints."""
        name = f"sp{self._depth}"
        self.conn.execute("BEGIN" if self._depth == 0 else f"SAVEPOINT {name}")
        self._depth += 1
        try:
            yield
        except BaseException:
            self._depth -= 1
            self.conn.execute("ROLLBACK" if self._depth == 0 else f"ROLLBACK TO {name}")
            if self._depth:
                self.conn.execute(f"RELEASE {name}")
            raise
        self._depth -= 1
        self.conn.execute("COMMIT" if self._depth == 0 else f"RELEASE {name}")

    # ── schema ─────────────────────────────────────────────────────────────

    def migrate(self, families: Mapping[str, Sequence[str]]) -> dict[str, int]:
        """Bring every family to its newest version; returns family -> version."""
        self.conn.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations ("
            " family TEXT NOT NULL, version INTEGER NOT NULL, applied_at TEXT NOT NULL,"
            " PRIMARY KEY (family, version))"
        )
        applied: dict[str, int] = {
            r["family"]: r["version"]
            for r in self.all(
                "SELECT family, MAX(version) AS version FROM schema_migrations GROUP BY family"
            )
        }
        for family, have in applied.items():
            known = len(families.get(family, ()))
            if family in families and have > known:
                raise SchemaError(
                    f"{self.path}: family {family!r} is at schema version {have}, "
                    f"this emulator knows only {known}; use a newer emulator"
                )
        for family, scripts in families.items():
            for version in range(applied.get(family, 0) + 1, len(scripts) + 1):
                with self.transaction():
                    for statement in _statements(scripts[version - 1]):
                        self.conn.execute(statement)
                    self.conn.execute(
                        "INSERT INTO schema_migrations VALUES (?, ?, datetime('now'))",
                        (family, version),
                    )
            applied[family] = len(scripts)
        return applied

    def wipe(self) -> None:
        """Delete every row of every table but the schema's own bookkeeping."""
        tables = [
            r["name"]
            for r in self.all(
                "SELECT name FROM sqlite_master WHERE type = 'table'"
                " AND name NOT LIKE 'sqlite_%' AND name != 'schema_migrations'"
                # the tunnel CA outlives a reset, as the admin key does: clients trust it
                " AND name != 'tunnel_ca'"
            )
        ]
        with self.transaction():
            # Checked at commit, when every table is empty; works inside an open transaction
            # (hooks run in one), where `PRAGMA foreign_keys = OFF` would be ignored.
            self.conn.execute("PRAGMA defer_foreign_keys = ON")
            for table in tables:
                self.conn.execute(f"DELETE FROM {table}")  # noqa: S608


def _statements(script: str) -> list[str]:
    # Our migrations never put ';' inside literals, so a plain split is enough (and, unlike
    # executescript, it does not commit behind our transaction's back).
    return [s.strip() for s in script.split(";") if s.strip()]
