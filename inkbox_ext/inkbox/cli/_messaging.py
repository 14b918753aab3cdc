"""`inkbox mail …`, `inkbox texts …`, `inkbox calls …` for one identity."""

from __future__ import annotations

import base64
import mimetypes
import sys
from pathlib import Path
from typing import Any

import click

from ._main import App, json_option, pass_app

__all__ = ["commands"]

identity_option = click.option(
    "-i", "--identity", help="Agent handle (default: $INKBOX_IDENTITY, config, or the only one)."
)
follow_options = [
    click.option("-f", "--follow", is_flag=True, help="Keep printing new items as they arrive."),
    click.option("-n", "--last", default=10, show_default=True, help="How many to show first."),
    click.option("--interval", default=2.0, show_default=True, help="Seconds between polls."),
]


def _follow(fn: Any) -> Any:
    for option in reversed(follow_options):
        fn = option(fn)
    return fn


# ── mail ──────────────────────────────────────────────────────────────────────

MAIL_COLUMNS = ["id", "when", "dir", "from", "to", "subject", "read"]


def _mail_row(m: Any) -> list[Any]:
    return [m.id, m.created_at, m.direction, m.from_address, m.to_addresses, m.subject, m.is_read]


def _attachment(path: str) -> dict[str, str]:
    file = Path(path)
    kind = mimetypes.guess_type(file.name)[0] or "application/octet-stream"
    return {
        "filename": file.name,
        "content_type": kind,
        "content_base64": base64.b64encode(file.read_bytes()).decode(),
    }


@click.group()
def mail() -> None:
    """Send and read an identity's email."""


@mail.command()
@identity_option
@click.option("--to", "to", multiple=True, required=True, help="Recipient (repeatable).")
@click.option("--cc", multiple=True, help="Cc recipient (repeatable).")
@click.option("-s", "--subject", required=True)
@click.option("-b", "--body", "body_text", help="Plain-text body ('-' reads stdin).")
@click.option(
    "--html", "html_file", type=click.Path(exists=True, dir_okay=False), help="HTML body file."
)
@click.option("-a", "--attach", multiple=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--reply-to", "in_reply_to", help="Id of the message this answers.")
@json_option
@pass_app
def send(
    app: App,
    *,
    identity: str | None,
    to: tuple[str, ...],
    cc: tuple[str, ...],
    subject: str,
    body_text: str | None,
    html_file: str | None,
    attach: tuple[str, ...],
    in_reply_to: str | None,
) -> None:
    """Send an email."""
    if body_text == "-":
        body_text = sys.stdin.read()
    body_html = Path(html_file).read_text(encoding="utf-8") if html_file else None
    sent = app.identity(identity).send_email(
        to=list(to),
        cc=list(cc) or None,
        subject=subject,
        body_text=body_text,
        body_html=body_html,
        attachments=[_attachment(p) for p in attach] or None,
        in_reply_to_message_id=in_reply_to,
    )
    from ._output import emit, table

    if app.json:
        emit(sent)
    else:
        table("Sent", MAIL_COLUMNS, [_mail_row(sent)])


@mail.command("list")
@identity_option
@click.option("--unread", is_flag=True, help="Only unread mail.")
@click.option("-n", "--limit", default=20, show_default=True)
@json_option
@pass_app
def mail_list(app: App, *, identity: str | None, unread: bool, limit: int) -> None:
    """The newest emails, newest first."""
    who = app.identity(identity)
    pager = who.iter_unread_emails() if unread else who.iter_emails()
    found: list[Any] = []
    for message in pager:
        if len(found) >= limit:
            break
        found.append(message)
    from ._output import emit, table

    if app.json:
        emit(found)
    else:
        table(f"Mail of {who.email_address}", MAIL_COLUMNS, (_mail_row(m) for m in found))


@mail.command()
@click.argument("message_id")
@identity_option
@click.option("--mark-read", is_flag=True, help="Also mark it read.")
@json_option
@pass_app
def read(app: App, *, message_id: str, identity: str | None, mark_read: bool) -> None:
    """One email with its body."""
    who = app.identity(identity)
    message = who.get_message(message_id)
    if mark_read:
        who.mark_emails_read([message.id])
    from ._output import emit, plain

    if app.json:
        emit(message)
        return
    plain(
        [
            ("From", message.from_address),
            ("To", message.to_addresses),
            ("Cc", message.cc_addresses or []),
            ("Subject", message.subject),
            ("Date", message.created_at),
            ("Id", message.id),
            ("Thread", message.thread_id),
        ]
    )
    click.echo()
    click.echo(message.body_text or ("(HTML only)" if message.body_html else "(empty)"))


@mail.command()
@click.argument("thread_id")
@identity_option
@json_option
@pass_app
def thread(app: App, *, thread_id: str, identity: str | None) -> None:
    """A thread's messages, oldest first."""
    detail = app.identity(identity).get_thread(thread_id)
    from ._output import emit, table

    if app.json:
        emit(detail)
    else:
        table(
            detail.subject or "(no subject)", MAIL_COLUMNS, (_mail_row(m) for m in detail.messages)
        )


@mail.command("tail")
@identity_option
@_follow
@json_option
@pass_app
def mail_tail(app: App, *, identity: str | None, follow: bool, last: int, interval: float) -> None:
    """The newest emails; with --follow, new mail as it arrives (Ctrl-C stops)."""
    from ._follow import tail_command

    tail_command(
        app,
        app.identity(identity).iter_emails,
        lambda m: (
            f"{m.created_at:%Y-%m-%d %H:%M:%S}  {m.direction:<8} {m.from_address}  "
            f"{m.subject or ''}"
        ),
        last=last,
        follow=follow,
        interval=interval,
    )


# ── texts ─────────────────────────────────────────────────────────────────────

TEXT_COLUMNS = ["id", "when", "dir", "other party", "text", "status"]


def _text_row(t: Any) -> list[Any]:
    return [t.id, t.created_at, t.direction, t.remote_phone_number, t.text, t.delivery_status]


@click.group()
def texts() -> None:
    """Send and read an identity's SMS."""


@texts.command("send")
@identity_option
@click.option("--to", "to", multiple=True, required=True, help="E.164 number (repeatable).")
@click.option("-t", "--text", required=True)
@json_option
@pass_app
def texts_send(app: App, *, identity: str | None, to: tuple[str, ...], text: str) -> None:
    """Send a text."""
    sent = app.identity(identity).send_text(to=list(to) if len(to) > 1 else to[0], text=text)
    from ._output import emit, table

    if app.json:
        emit(sent)
    else:
        table("Sent", TEXT_COLUMNS, [_text_row(sent)])


@texts.command("list")
@identity_option
@click.option("-n", "--limit", default=20, show_default=True)
@json_option
@pass_app
def texts_list(app: App, *, identity: str | None, limit: int) -> None:
    """The newest texts, newest first."""
    found = app.identity(identity).list_texts(limit=limit)
    from ._output import emit, table

    if app.json:
        emit(found)
    else:
        table("Texts", TEXT_COLUMNS, (_text_row(t) for t in found))


@texts.command("tail")
@identity_option
@_follow
@json_option
@pass_app
def texts_tail(app: App, *, identity: str | None, follow: bool, last: int, interval: float) -> None:
    """The newest texts; with --follow, new ones as they arrive (Ctrl-C stops)."""
    from ._follow import tail_command

    tail_command(
        app,
        app.identity(identity).iter_texts,
        lambda t: (
            f"{t.created_at:%Y-%m-%d %H:%M:%S}  {t.direction:<8} "
            f"{t.remote_phone_number or ''}  {t.text or ''}"
        ),
        last=last,
        follow=follow,
        interval=interval,
    )


# ── calls ─────────────────────────────────────────────────────────────────────

CALL_COLUMNS = ["id", "when", "dir", "other party", "status"]


def _call_row(c: Any) -> list[Any]:
    return [c.id, c.created_at, c.direction, c.remote_phone_number, c.status]


@click.group()
def calls() -> None:
    """Place and list an identity's phone calls."""


@calls.command()
@identity_option
@click.option("--to", "to_number", required=True, help="E.164 number to call.")
@click.option("--ws", "client_websocket_url", help="Your agent's WebSocket URL for the audio.")
@json_option
@pass_app
def place(
    app: App, *, identity: str | None, to_number: str, client_websocket_url: str | None
) -> None:
    """Place an outbound call."""
    call = app.identity(identity).place_call(
        to_number=to_number, client_websocket_url=client_websocket_url
    )
    from ._output import emit, table

    if app.json:
        emit(call)
    else:
        table("Call", CALL_COLUMNS, [_call_row(call)])


@calls.command("list")
@identity_option
@click.option("-n", "--limit", default=20, show_default=True)
@json_option
@pass_app
def calls_list(app: App, *, identity: str | None, limit: int) -> None:
    """The newest calls."""
    found = app.identity(identity).list_calls(limit=limit)
    from ._output import emit, table

    if app.json:
        emit(found)
    else:
        table("Calls", CALL_COLUMNS, (_call_row(c) for c in found))


commands = [mail, texts, calls]
