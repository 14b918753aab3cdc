"""`inkbox contacts …`, `inkbox vault …`, `inkbox webhooks verify`."""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterator
from typing import Any

import click

from ._main import App, json_option, pass_app

__all__ = ["commands"]

PAGE = 100
CARDS_PER_REQUEST = 50  # several requests, so the import has progress to show


# ── contacts ──────────────────────────────────────────────────────────────────


def _all_contacts(app: App) -> Iterator[Any]:
    offset = 0
    while True:
        page = app.client.contacts.list(order="name", limit=PAGE, offset=offset)
        yield from page
        if len(page) < PAGE:
            return
        offset += PAGE


def _name(c: Any) -> str:
    return c.preferred_name or " ".join(p for p in (c.given_name, c.family_name) if p) or ""


@click.group()
def contacts() -> None:
    """The organization's address book."""


@contacts.command("list")
@json_option
@pass_app
def contacts_list(app: App) -> None:
    """Every contact, by name."""
    from ._output import emit, table

    found = list(_all_contacts(app))
    if app.json:
        emit(found)
        return
    table(
        "Contacts",
        ["id", "name", "company", "emails", "phones"],
        (
            [
                c.id,
                _name(c),
                c.company_name,
                [e.value for e in c.emails],
                [p.value_e164 for p in c.phones],
            ]
            for c in found
        ),
    )


def split_vcards(text: str) -> list[str]:
    """The cards of a .vcf file, each from BEGIN:VCARD to END:VCARD."""
    return re.findall(r"BEGIN:VCARD.*?END:VCARD\r?\n?", text, flags=re.DOTALL | re.IGNORECASE)


@contacts.command("import")
@click.argument("file", type=click.File("r", encoding="utf-8"))
@json_option
@pass_app
def contacts_import(app: App, *, file: Any) -> None:
    """Import the vCards of FILE.vcf ('-' reads stdin)."""
    from ._output import emit, plain, progress

    cards = split_vcards(file.read())
    if not cards:
        raise click.UsageError(f"{file.name} holds no vCard (BEGIN:VCARD … END:VCARD)")
    created: list[str] = []
    errors: list[dict[str, Any]] = []
    bar, task = progress("Importing contacts", len(cards))
    with bar:
        for start in range(0, len(cards), CARDS_PER_REQUEST):
            chunk = cards[start : start + CARDS_PER_REQUEST]
            result = app.client.contacts.vcards.import_vcards("".join(chunk))
            for item in result.results:
                if item.contact is not None:
                    created.append(str(item.contact.id))
                elif item.error:
                    errors.append({"index": start + item.index, "error": item.error})
            bar.advance(task, len(chunk))
    summary = {
        "cards": len(cards),
        "created": len(created),
        "errors": errors,
        "created_ids": created,
    }
    if app.json:
        emit(summary)
    else:
        plain([("cards", len(cards)), ("created", len(created)), ("errors", len(errors))])
        for error in errors:
            click.echo(f"  card {error['index']}: {error['error']}", err=True)


@contacts.command("export")
@click.option(
    "-o",
    "--output",
    type=click.File("w", encoding="utf-8"),
    default="-",
    help="File (default stdout).",
)
@json_option
@pass_app
def contacts_export(app: App, *, output: Any) -> None:
    """Every contact as one .vcf stream."""
    from ._output import emit, progress

    found = list(_all_contacts(app))
    cards: list[str] = []
    bar, task = progress("Exporting contacts", len(found))
    with bar:
        for contact in found:
            cards.append(app.client.contacts.vcards.export_vcard(contact.id))
            bar.advance(task)
    if app.json:
        emit({"count": len(cards), "vcards": cards})
        return
    for card in cards:
        output.write(card if card.endswith("\n") else card + "\n")


# ── vault ─────────────────────────────────────────────────────────────────────

vault_key_env_option = click.option(
    "--vault-key-env",
    metavar="NAME",
    help="Read the vault key from this environment variable instead of prompting.",
)


def _vault_key(env_name: str | None, *, confirm: bool = False) -> str:
    """Prompted (never echoed) unless an environment variable is named; never from argv."""
    if env_name:
        from_env = os.environ.get(env_name)
        if not from_env:
            raise click.UsageError(f"--vault-key-env: ${env_name} is not set")
        return from_env
    if not sys.stdin.isatty():
        # Piped: one line of stdin, so scripts can feed it without putting it on argv.
        line = sys.stdin.readline().rstrip("\r\n")
        if not line:
            raise click.UsageError(
                "no vault key: type it at the prompt, pipe it, or use --vault-key-env"
            )
        return line
    value: str = click.prompt("Vault key", hide_input=True, confirmation_prompt=confirm, err=True)
    return value


def _unlocked(app: App, env_name: str | None) -> Any:
    key = _vault_key(env_name)
    from ._output import console

    with console(stderr=True).status("Unlocking the vault…"):
        return app.client.vault.unlock(key)


@click.group()
def vault() -> None:
    """The encrypted vault (decrypted here, never on the server)."""


@vault.command()
@vault_key_env_option
@json_option
@pass_app
def init(app: App, *, vault_key_env: str | None) -> None:
    """Create the vault; prints the recovery codes once."""
    key = _vault_key(vault_key_env, confirm=True)
    result = app.client.vault.initialize(key)
    from ._output import emit, plain

    data = {
        "vault_id": str(result.vault_id),
        "vault_key_id": str(result.vault_key_id),
        "recovery_codes": list(result.recovery_codes),
    }
    if app.json:
        emit(data)
        return
    plain([("vault", data["vault_id"]), ("key", data["vault_key_id"])], title="Vault created")
    click.echo("Recovery codes (store them now; each unlocks the vault):")
    for code in result.recovery_codes:
        click.echo(f"  {code}")


@vault.command()
@vault_key_env_option
@json_option
@pass_app
def unlock(app: App, *, vault_key_env: str | None) -> None:
    """Check the key: unlock and count the secrets it opens."""
    unlocked = _unlocked(app, vault_key_env)
    secrets = unlocked.secrets
    from ._output import emit

    if app.json:
        emit({"unlocked": True, "secrets": len(secrets)})
    else:
        click.echo(f"Unlocked: {len(secrets)} secret(s)")


SECRET_COLUMNS = ["id", "name", "type", "description", "updated"]


@vault.command("ls")
@json_option
@pass_app
def vault_ls(app: App) -> None:
    """Secret names and types (metadata: no key needed)."""
    found = app.client.vault.list_secrets()
    from ._output import emit, table

    if app.json:
        emit(found)
    else:
        table(
            "Vault secrets",
            SECRET_COLUMNS,
            ([s.id, s.name, s.secret_type, s.description, s.updated_at] for s in found),
        )


@vault.command("get")
@click.argument("secret_id")
@vault_key_env_option
@json_option
@pass_app
def vault_get(app: App, *, secret_id: str, vault_key_env: str | None) -> None:
    """One secret, decrypted (prints its payload)."""
    secret = _unlocked(app, vault_key_env).get_secret(secret_id)
    from ._output import emit, plain, to_jsonable

    data = {
        "id": str(secret.id),
        "name": secret.name,
        "secret_type": str(secret.secret_type),
        "description": secret.description,
        "payload": to_jsonable(secret.payload),
    }
    if app.json:
        emit(data)
        return
    payload = data.pop("payload")
    plain([*data.items(), *((f"payload.{k}", v) for k, v in sorted(payload.items()))])


@vault.command()
@click.argument("secret_id")
@vault_key_env_option
@json_option
@pass_app
def totp(app: App, *, secret_id: str, vault_key_env: str | None) -> None:
    """The current TOTP code of a login secret."""
    code = _unlocked(app, vault_key_env).get_totp_code(secret_id)
    from ._output import emit

    if app.json:
        emit(
            {
                "code": code.code,
                "period_start": code.period_start,
                "period_end": code.period_end,
                "seconds_remaining": code.seconds_remaining,
            }
        )
    else:
        click.echo(f"{code.code}  ({code.seconds_remaining}s left)")


# ── webhooks ──────────────────────────────────────────────────────────────────


def parse_request(raw: bytes) -> tuple[dict[str, str], bytes]:
    """Headers and body of a saved HTTP request (request line optional, CRLF or LF)."""
    for separator in (b"\r\n\r\n", b"\n\n"):
        head, found, body = raw.partition(separator)
        if found:
            break
    else:
        raise click.UsageError("the request needs headers, a blank line, then the body")
    headers: dict[str, str] = {}
    for line in head.decode("latin-1").splitlines():
        name, colon, value = line.partition(":")
        if colon and " " not in name.strip():
            headers[name.strip()] = value.strip()
    return headers, body


@click.group()
def webhooks() -> None:
    """Webhook helpers."""


@webhooks.command()
@click.argument("request", type=click.File("rb"), default="-")
@click.option(
    "--secret-env",
    default="INKBOX_WEBHOOK_SECRET",
    show_default=True,
    help="Environment variable holding the signing secret (prompted when unset).",
)
@click.option("--tolerance", type=float, help="Also reject timestamps older than this (seconds).")
@json_option
@pass_app
def verify(app: App, *, request: Any, secret_env: str, tolerance: float | None) -> None:
    """Check the signature of a saved webhook REQUEST (file, or stdin)."""
    from ..webhooks import verify_webhook

    headers, body = parse_request(request.read())
    secret = os.environ.get(secret_env) or click.prompt("Signing secret", hide_input=True, err=True)
    valid = verify_webhook(body, headers, secret, tolerance_seconds=tolerance)
    lowered = {k.lower(): v for k, v in headers.items()}
    if app.json:
        from ._output import emit

        emit({"valid": valid, "request_id": lowered.get("x-inkbox-request-id")})
    else:
        click.echo("valid signature" if valid else "INVALID signature")
    if not valid:
        raise click.exceptions.Exit(1)


commands = [contacts, vault, webhooks]
