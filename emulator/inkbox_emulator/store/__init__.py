"""The emulator's state in SQLite: the engine (`engine.py`) and one module per family of tables.

A family module holds its schema, `MIGRATIONS: tuple[str, ...]` (SQL scripts; `MIGRATIONS[0]`
is version 1; never edit a shipped one, append), and plain functions `f(store, ...)` holding
its SQL. `FAMILIES` below is the one list of them: migrations run in its order (tables may
reference those of an earlier family), and its names are what `schema_migrations` records, so
a family is never renamed.
"""

from __future__ import annotations

from collections.abc import Sequence

from . import (
    contact_facts,
    contact_policy,
    contacts,
    core,
    domain_claims,
    drafts,
    mail,
    mail_imports,
    notes,
    phone,
    rules,
    sms_opt_ins,
    tunnels,
    vault,
    voice,
    webhook_subscriptions,
)
from .engine import Row, SchemaError, Store, dumps, encode, loads

__all__ = ["FAMILIES", "Row", "SchemaError", "Store", "all_migrations", "dumps", "encode", "loads"]

FAMILIES = (
    ("core", core),
    ("contacts", contacts),
    ("mail", mail),
    ("notes", notes),
    ("phone", phone),
    ("rules", rules),
    ("tunnels", tunnels),
    ("vault", vault),
    ("domain_claims", domain_claims),
    ("mail_imports", mail_imports),
    ("webhook_subscriptions", webhook_subscriptions),
    ("drafts", drafts),
    ("sms_opt_ins", sms_opt_ins),  # after `phone`, whose table it extends
    ("contact_facts", contact_facts),
    ("voice", voice),
    ("contact_policy", contact_policy),
)


def all_migrations() -> dict[str, Sequence[str]]:
    """Every family's migrations, by family name, in the order they run."""
    return {name: module.MIGRATIONS for name, module in FAMILIES}
