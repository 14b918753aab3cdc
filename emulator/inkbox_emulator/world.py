"""The simulated Inkbox behind the API: shared state and the seams between families.

`World` is what every handler reaches (`call.world`): the store, the clock and ids, the key
cache, the webhook outbox and the fault injector. Family-specific simulation lives in
`world_<family>.py` modules as plain functions over a `World` (`world_mail.py` delivers mail
between mailboxes; `world_identities.py` creates and deletes identities).

Two seams let one family's module plug into another's without editing it. Any module named
`world_<something>.py` in this package is imported at start and may define:

- `IDENTITY_CHANNELS: tuple[IdentityChannel, ...]` — a channel that hangs off an identity
  (phone number, tunnel, iMessage line): how it is embedded in identity payloads, provisioned
  by `create_identity` / signup, updated by `update_identity` and torn down by
  `delete_identity`.
- `MAIL_GATE: MailGate` — contact rules + filter mode for mail: asked for every inbound
  sender and every outbound recipient.
- `MAIL_RULE_COUNT: MailRuleCount` — how many active mail contact rules of a mailbox have an
  action (`allow`/`block`): the `redundant_rule_count` of a filter-mode change notice.
- `CONTACT_LOOKUP: ContactLookup` — the organization's contact for an email address or E.164
  number (`{"id", "name"}`), for webhook payloads' `data.contacts`.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any, Literal

import attrs

from .auth import KeyCache
from .clock import Clock, Ids
from .config import EmulatorConfig
from .faults import FaultInjector
from .store import Row, Store, set_setting, setting
from .webhooks import Delivery, WebhookDeliverer

__all__ = ["ContactLookup", "IdentityChannel", "MailGate", "MailRuleCount", "Verdict", "World"]

JSON = Any


@attrs.frozen
class IdentityChannel:
    """A channel owned by an identity, as another family module contributes it.

    Attributes:
        field: The key it fills in `AgentIdentitySummary` (`"phone_number"`, `"tunnel"`).
        summary: The embedded object for an identity row, or None when it has none. A channel
            with `summary=None` is not embedded (e.g. `vault_secret_ids`, a create-time grant).
        provision: Called inside `create_identity` (and signup) with the request's sub-object
            of the same name (None when absent; a tunnel is made anyway, a phone number is
            not). May raise `EmulatorError` (e.g. 422 for `toll_free`); the whole create then
            rolls back.
        on_update: Called inside `update_identity` with the PATCH body's keys (e.g.
            `phone_filter_mode`), after the identity's own columns were written.
        on_delete: Detach the channel from the identity: called by `delete_identity` for every
            channel and by `unlink_identity_phone_number` for `phone_number`. The guide's
            semantics win: a phone number is unlinked and stays live; a tunnel (named after
            the handle) is deleted.
        assign: Link an existing channel (by id) to the identity: the guide-era
            `assign_identity_phone_number`; raise NotFound / Conflict as fits.
    """

    field: str
    summary: Callable[[World, Row], JSON | None] | None
    provision: Callable[[World, Row, JSON | None], None] | None = None
    on_update: Callable[[World, Row, Mapping[str, Any]], None] | None = None
    on_delete: Callable[[World, Row], None] | None = None
    assign: Callable[[World, Row, str], None] | None = None


@attrs.frozen
class Verdict:
    """A contact-rule decision: allowed or not, and which rule decided (None = the mode)."""

    allowed: bool
    rule_id: str | None = None
    reason: str = ""

    def refusal(self, address: str) -> dict[str, Any]:
        """The 403 `detail` for a blocked recipient (the SDK's `RecipientBlockedError`), as
        mail sends, texts and placed calls all answer it."""
        return {
            "error": "recipient_blocked",
            "matched_rule_id": self.rule_id,
            "address": address,
            "reason": self.reason or f"{address} is blocked by contact rules",
        }


# (world, mailbox row, the other party's address, direction) -> verdict
MailGate = Callable[["World", Row, str, Literal["inbound", "outbound"]], Verdict]
# (world, mailbox row, rule action) -> number of active rules with that action
MailRuleCount = Callable[["World", Row, str], int]
# (world, organization id, email address or E.164 number) -> {"id", "name"} or None
ContactLookup = Callable[["World", str, str], dict[str, Any] | None]


def _allow_all(world: World, mailbox: Row, address: str, direction: str) -> Verdict:
    return Verdict(True)


def _no_rules(world: World, mailbox: Row, action: str) -> int:
    return 0


def _no_contacts(world: World, organization_id: str, address: str) -> dict[str, Any] | None:
    return None


class World:
    def __init__(self, config: EmulatorConfig, store: Store) -> None:
        self.config = config
        self.store = store
        self.clock = Clock()
        self.ids = Ids(config.seed)
        self.keys = KeyCache(store)
        self.faults = FaultInjector(config.faults, config.seed)
        self.webhooks = WebhookDeliverer(
            store, self.clock, retry_delays=config.webhook_retry_delays
        )
        self._outbox: list[Delivery] = []
        self.channels: tuple[IdentityChannel, ...] = ()
        self.mail_gate: MailGate = _allow_all
        self.contact_lookup: ContactLookup = _no_contacts
        self.mail_rule_count: MailRuleCount = _no_rules
        self._load_extensions()
        self.organization_id = ""
        self.admin_key = ""
        self.bootstrap()

    # ── start-up ───────────────────────────────────────────────────────────

    def _load_extensions(self) -> None:
        import inkbox_emulator

        channels: list[IdentityChannel] = []
        for info in sorted(pkgutil.iter_modules(inkbox_emulator.__path__), key=lambda i: i.name):
            if not info.name.startswith("world_"):
                continue
            module = importlib.import_module(f"inkbox_emulator.{info.name}")
            channels.extend(getattr(module, "IDENTITY_CHANNELS", ()))
            gate = getattr(module, "MAIL_GATE", None)
            if gate is not None:
                self.mail_gate = gate
            counter = getattr(module, "MAIL_RULE_COUNT", None)
            if counter is not None:
                self.mail_rule_count = counter
            lookup = getattr(module, "CONTACT_LOOKUP", None)
            if lookup is not None:
                self.contact_lookup = lookup
        self.channels = tuple(channels)

    def bootstrap(self) -> None:
        """Make sure the default organization and its admin key exist (fresh or reset state)."""
        from .store import admin_key_ensure, organization_ensure

        with self.store.transaction():
            org_id = setting(self.store, "default_organization_id")
            if org_id is None:
                org_id = "org_" + self.ids.token(16).lower()
                set_setting(self.store, "default_organization_id", org_id)
            organization_ensure(self.store, org_id, "Emulator organization", self.clock.now_iso())
            secret = self.config.admin_api_key or setting(self.store, "admin_api_key")
            if secret is None:
                secret = "isk_test_" + self.ids.token(40)
            set_setting(self.store, "admin_api_key", secret)
            admin_key_ensure(self.store, org_id, secret, self.ids.uuid(), self.clock.now_iso())
        self.organization_id = org_id
        self.admin_key = secret
        self.keys.clear()

    def reset(self) -> None:
        """Forget everything (the admin key survives), as a fresh in-memory emulator would."""
        self.store.wipe()
        self._outbox.clear()
        self.bootstrap()

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
        from .store import signing_secret

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
