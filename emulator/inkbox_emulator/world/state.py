"""`World`: the shared state every handler reaches (`call.world`).

The store, the clock and ids, the key cache, the webhook outbox and the fault injector, plus
the seams (`Seams`) through which one family's simulation asks another's: identity channels,
the mail gate, the mail-rule count and the contact lookup. The families themselves are plain
functions over a `World` in the sibling modules.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from ..auth import KeyCache
from ..clock import Clock, Ids
from ..config import EmulatorConfig
from ..faults import FaultInjector
from ..store import Store
from ..store.core import admin_key_ensure, organization_ensure, set_setting, setting, signing_secret
from ..webhooks import Delivery, WebhookDeliverer
from .seams import Seams

__all__ = ["World"]

JSON = Any


class World:
    def __init__(self, config: EmulatorConfig, store: Store, seams: Seams) -> None:
        self.config = config
        self.store = store
        self.clock = Clock()
        self.ids = Ids(config.seed)
        self.keys = KeyCache(store)
        self.faults = FaultInjector(config.faults, config.seed)
        self.webhooks = WebhookDeliverer(
            store,
            self.clock,
            retry_delays=config.webhook_retry_delays,
            timeout=config.webhook_timeout,
        )
        self._outbox: list[Delivery] = []
        self.channels = seams.channels
        self.mail_gate = seams.mail_gate
        self.contact_lookup = seams.contact_lookup
        self.mail_rule_count = seams.mail_rule_count
        self.organization_id = ""
        self.admin_key = ""
        self.bootstrap()

    # ── start-up ───────────────────────────────────────────────────────────

    def bootstrap(self, admin_key: str | None = None) -> None:
        """Make sure the default organization and its admin key exist (fresh or reset state);
        `admin_key` is the one to keep when no key is configured."""
        with self.store.transaction():
            org_id = setting(self.store, "default_organization_id")
            if org_id is None:
                org_id = "org_" + self.ids.token(16).lower()
                set_setting(self.store, "default_organization_id", org_id)
            organization_ensure(self.store, org_id, "Emulator organization", self.clock.now_iso())
            secret = self.config.admin_api_key or admin_key or setting(self.store, "admin_api_key")
            if secret is None:
                secret = "isk_test_" + self.ids.token(40)
            set_setting(self.store, "admin_api_key", secret)
            admin_key_ensure(self.store, org_id, secret, self.ids.uuid(), self.clock.now_iso())
        self.organization_id = org_id
        self.admin_key = secret
        self.keys.clear()

    def reset(self) -> None:
        """Forget everything (the admin key survives), as a fresh in-memory emulator would."""
        kept = self.admin_key  # a generated key too: scripts that read it once keep working
        self.store.wipe()
        self._outbox.clear()
        self.bootstrap(admin_key=kept)

    # ── webhooks ───────────────────────────────────────────────────────────

    def event(self, event_type: str, data: JSON) -> dict[str, Any]:
        """The envelope of mail/text/call events: `{id, event_type, timestamp, data}`."""
        now = self.clock.now()
        stamp = now.strftime("%Y-%m-%dT%H:%M:%S.") + f"{now.microsecond // 1000:03d}Z"
        return {
            "id": "evt_" + self.ids.token(24),
            "event_type": event_type,
            "timestamp": stamp,
            "data": data,
        }

    def emit_webhook(
        self, url: str | None, event_type: str, payload: JSON, *, identity_id: str | None
    ) -> None:
        """Queue a signed POST of `payload` to `url` (no-op without a url).

        Sent only once the request's transaction commits, signed with the identity's signing
        key, else the organization's (guide-era) key, else unsigned; retried on failure, logged
        either way.
        """
        if not url:
            return
        self._outbox.append(self.delivery(url, event_type, payload, identity_id=identity_id))

    def delivery(
        self, url: str, event_type: str, payload: JSON, *, identity_id: str | None
    ) -> Delivery:
        """A delivery ready for `webhooks.call(...)` (request/response webhooks)."""
        secret = signing_secret(self.store, identity_id) if identity_id else None
        return Delivery(
            id=self.ids.uuid(),
            url=url,
            event_type=event_type,
            payload=payload,
            secret=secret,
            identity_id=identity_id,
            request_id="req_" + self.ids.token(20),
        )

    def emit_delivery(self, delivery: Delivery) -> None:
        """Queue a ready-made delivery (a subscription's) like `emit_webhook` does."""
        self._outbox.append(delivery)

    @contextmanager
    def outbox(self) -> Iterator[None]:
        """Webhooks emitted inside the block go out once it succeeds (its transaction has
        committed) and are dropped if it raises, whatever the exception."""
        try:
            yield
        except BaseException:
            self._outbox.clear()
            raise
        outbox, self._outbox = self._outbox, []
        for delivery in outbox:
            self.webhooks.submit(delivery)
