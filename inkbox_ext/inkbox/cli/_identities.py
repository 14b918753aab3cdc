"""`inkbox identities list|create|get|delete`."""

from __future__ import annotations

import sys
from typing import Any

import click

from ._main import App, json_option, pass_app

__all__ = ["commands"]


def _row(summary: Any) -> list[Any]:
    mailbox = getattr(summary, "mailbox", None)
    number = getattr(summary, "phone_number", None)
    return [
        summary.agent_handle,
        summary.display_name,
        mailbox.email_address if mailbox else None,
        number.number if number else None,
        summary.created_at,
    ]


COLUMNS = ["handle", "name", "email", "phone", "created"]


@click.group()
def identities() -> None:
    """Agent identities: each has a mailbox, optionally a phone number."""


@identities.command("list")
@json_option
@pass_app
def list_(app: App) -> None:
    """The organization's identities."""
    from ._output import emit, table

    found = app.client.list_identities()
    if app.json:
        emit(found)
    else:
        table("Identities", COLUMNS, (_row(s) for s in found))


def _show(app: App, identity: Any) -> None:
    from ._output import emit, table

    if app.json:
        emit(identity.data)
    else:
        table("Identity", COLUMNS, [_row(identity.data)])


@identities.command()
@click.argument("handle")
@click.option("--name", "display_name", help="Display name.")
@click.option("--phone", is_flag=True, help="Also provision a local phone number.")
@json_option
@pass_app
def create(app: App, *, handle: str, display_name: str | None, phone: bool) -> None:
    """Create an identity (and its mailbox)."""
    identity = app.client.create_identity(handle, display_name=display_name)
    if phone:
        identity.provision_phone_number()
    _show(app, identity)


@identities.command()
@click.argument("handle")
@json_option
@pass_app
def get(app: App, *, handle: str) -> None:
    """One identity with its channels."""
    _show(app, app.client.get_identity(handle))


@identities.command()
@click.argument("handle")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@json_option
@pass_app
def delete(app: App, *, handle: str, yes: bool) -> None:
    """Delete an identity (its mailbox and number are unlinked, not deleted)."""
    if not yes:
        if not sys.stdin.isatty():
            raise click.UsageError("not a terminal: pass --yes to delete without asking")
        click.confirm(f"Delete identity {handle!r}?", abort=True, err=True)
    app.client.identities.delete(handle)
    if app.json:
        from ._output import emit

        emit({"deleted": handle})
    else:
        click.echo(f"Deleted {handle}")


commands = [identities]
