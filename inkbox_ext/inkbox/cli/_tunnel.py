"""`inkbox tunnel NAME --forward URL`: serve a local app at the tunnel's public URL."""

from __future__ import annotations

import click

from ._main import App, json_option, pass_app

__all__ = ["commands"]


@click.command()
@click.argument("name")
@click.option(
    "--forward", "forward_to", required=True, help="Local URL, e.g. http://127.0.0.1:8080"
)
@click.option(
    "--state-dir", type=click.Path(file_okay=False), help="Where the tunnel keeps its id."
)
@click.option("--zone", "data_plane_zone", help="Data-plane zone (an emulator's --tunnel-zone).")
@json_option
@pass_app
def tunnel(
    app: App, *, name: str, forward_to: str, state_dir: str | None, data_plane_zone: str | None
) -> None:
    """Serve FORWARD at tunnel NAME's public URL (created if missing); Ctrl-C stops.

    Prints the public URL, then each change of the connection's status. The requests that
    come through are logged by the service (the emulator's inspector shows them).
    """
    from ._output import emit_line

    def say(event: dict[str, str]) -> None:
        if app.json:
            emit_line(event)
        elif "public_url" in event:
            click.echo(f"Forwarding {event['public_url']} -> {forward_to}")
        else:
            click.echo(f"status: {event['status']}", err=True)

    tunnels = app.client.tunnels
    if not any(t.tunnel_name == name for t in tunnels.list()):
        tunnels.create(name=name)
    listener = tunnels.connect(
        name,
        forward_to,
        state_dir=state_dir,
        data_plane_zone=data_plane_zone,
        on_status=lambda status: say({"status": status}),
    )
    say({"public_url": listener.public_url, "forward_to": forward_to})
    try:
        listener.wait()
    except KeyboardInterrupt:
        click.echo("Closing the tunnel.", err=True)
    finally:
        listener.close()


commands = [tunnel]
