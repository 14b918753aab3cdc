"""Webhook subscriptions and the per-attempt delivery log they expose: tables and SQL.

`webhook_attempts` has one row per HTTP attempt of a subscription delivery (first try, each
retry, each replay); `delivery_id` ties the attempts of one queued delivery together (the
`webhook_deliveries` row of `core`, which `/_emulator/webhooks` reads).
"""

from __future__ import annotations

from typing import Any

from .engine import Row, Store, loads

__all__ = ["MIGRATIONS"]

MIGRATIONS: tuple[str, ...] = (
    # v1
    """
    CREATE TABLE webhook_subscriptions (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        organization_id TEXT NOT NULL REFERENCES organizations(id),
        identity_id TEXT,
        mailbox_id TEXT,
        phone_number_id TEXT,
        url TEXT NOT NULL,
        event_types TEXT NOT NULL,
        context_config TEXT,
        auth_token TEXT,
        status TEXT NOT NULL DEFAULT 'active',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE INDEX webhook_subscriptions_org ON webhook_subscriptions(organization_id, status);
    CREATE TABLE webhook_attempts (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        delivery_id TEXT NOT NULL,
        organization_id TEXT NOT NULL,
        subscription_id TEXT,
        identity_id TEXT,
        phone_number_id TEXT,
        event_id TEXT NOT NULL,
        event_type TEXT NOT NULL,
        url TEXT NOT NULL,
        request_payload TEXT NOT NULL,
        response_status INTEGER,
        response_body TEXT,
        error_detail TEXT,
        duration_ms INTEGER,
        is_replay INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL
    );
    CREATE INDEX webhook_attempts_org ON webhook_attempts(organization_id, seq)
    """,
)


def _subscription(row: Row | None) -> Row | None:
    if row is not None:
        row["event_types"] = loads(row["event_types"])
        row["context_config"] = loads(row["context_config"])
    return row


def subscription_insert(store: Store, row: Row) -> None:
    store.insert("webhook_subscriptions", row)


def subscription_update(store: Store, sub_id: str, changes: Row) -> None:
    store.update("webhook_subscriptions", {"id": sub_id}, changes)


def subscription(store: Store, org_id: str, sub_id: str) -> Row | None:
    return _subscription(
        store.one(
            "SELECT * FROM webhook_subscriptions WHERE organization_id = ? AND id = ?"
            " AND status = 'active'",
            (org_id, sub_id),
        )
    )


def subscriptions(store: Store, org_id: str) -> list[Row]:
    """Every active subscription of the organization, oldest first."""
    rows = store.all(
        "SELECT * FROM webhook_subscriptions WHERE organization_id = ? AND status = 'active'"
        " ORDER BY seq",
        (org_id,),
    )
    return [r for r in map(_subscription, rows) if r is not None]


def attempt_insert(store: Store, row: Row) -> None:
    store.insert("webhook_attempts", row)


def attempt_count(store: Store, delivery_id: str) -> int:
    return int(
        store.scalar("SELECT COUNT(*) FROM webhook_attempts WHERE delivery_id = ?", (delivery_id,))
    )


def attempt(store: Store, org_id: str, attempt_id: str) -> Row | None:
    return store.one(
        "SELECT * FROM webhook_attempts WHERE organization_id = ? AND id = ?", (org_id, attempt_id)
    )


def last_attempt(store: Store, delivery_id: str) -> Row | None:
    return store.one(
        "SELECT * FROM webhook_attempts WHERE delivery_id = ? ORDER BY seq DESC LIMIT 1",
        (delivery_id,),
    )


def attempts_page(store: Store, org_id: str, filters: dict[str, Any]) -> list[Row]:
    """Attempts of the organization, newest first; `filters` None-valued keys match all."""
    return store.all(
        "SELECT * FROM webhook_attempts WHERE organization_id = :org"
        " AND (:identity IS NULL OR identity_id = :identity)"
        " AND (:subscription IS NULL OR subscription_id = :subscription)"
        " AND (:phone IS NULL OR phone_number_id = :phone)"
        " AND (:event IS NULL OR event_type = :event)"
        " AND (:success IS NULL OR COALESCE(response_status BETWEEN 200 AND 299, 0) = :success)"
        " ORDER BY seq DESC LIMIT :limit OFFSET :offset",
        {"org": org_id, **filters},
    )
