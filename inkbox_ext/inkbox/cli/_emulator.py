"""`inkbox emulator`: the local Inkbox with its inspector page open (extra `inkbox[emulator]`)."""

from __future__ import annotations

import time

import click

from ._main import App, json_option, pass_app

__all__ = ["commands"]


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to bind.")
@click.option("--port", default=8765, show_default=True, help="TCP port; 0 picks a free one.")
@click.option(
    "--db", type=click.Path(dir_okay=False), help="SQLite file keeping state across runs."
)
@click.option("--seed", type=int, help="Make ids and keys reproducible.")
@click.option(
    "--open/--no-open", "open_browser", default=True, help="Open the inspector in a browser."
)
@json_option
@pass_app
def emulator(
    app: App, *, host: str, port: int, db: str | None, seed: int | None, open_browser: bool
) -> None:
    """Run the local emulator and open its inspector; Ctrl-C stops it."""
    try:
        from inkbox_emulator import EmulatorConfig, EmulatorServer
    except ImportError:
        raise click.UsageError(
            'the emulator is an extra: pip install "inkbox[cli,emulator]"'
        ) from None
    server = EmulatorServer(EmulatorConfig(host=host, port=port, db_path=db, seed=seed)).start()
    inspector = f"{server.url}/_emulator/ui/"
    info = {"base_url": server.url, "inspector_url": inspector, "admin_api_key": server.admin_key}
    if app.json:
        from ._output import emit_line

        emit_line(info)
    else:
        click.echo(f"Inkbox emulator on {server.url}")
        click.echo(f"Inspector: {inspector}  (log in with the admin key)")
        click.echo("In another shell:")
        click.echo(f"  export INKBOX_BASE_URL={server.url}")
        click.echo(f"  export INKBOX_API_KEY={server.admin_key}")
        click.echo("  inkbox identities create my-agent")
        click.echo("  inkbox mail send --to friend@example.com -s Hello -b 'Hi there'")
        click.echo("Ctrl-C stops it.", err=True)
    if open_browser:
        import webbrowser

        webbrowser.open(inspector)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        click.echo("Stopping.", err=True)
    finally:
        server.stop()


commands = [emulator]
