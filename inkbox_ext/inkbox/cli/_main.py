"""The root group, its conventions (settings, `--json`, exit codes) and the small commands."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import click

from ._settings import Settings, configured_identity

if TYPE_CHECKING:
    from .._sync.client import Inkbox
    from .._sync.identity import AgentIdentity

__all__ = ["App", "cli", "json_option", "main", "pass_app"]

F = TypeVar("F", bound=Callable[..., Any])
EXIT_API = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130


class App:
    """What every command gets: the settings and, on first use, one SDK client."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.json = settings.json
        self._client: Inkbox | None = None

    @property
    def client(self) -> Inkbox:
        if self._client is None:
            from .._sync.client import Inkbox

            # vault_key="": no unlock at start-up from INKBOX_VAULT_KEY or the config file;
            # the vault commands ask for the key themselves.
            self._client = Inkbox(
                api_key=self.settings.api_key, base_url=self.settings.base_url, vault_key=""
            )
        return self._client

    def identity(self, handle: str | None) -> AgentIdentity:
        """`--identity`, else the configured one, else the organization's only identity."""
        handle = handle or configured_identity()
        if handle is None:
            found = self.client.list_identities()
            if len(found) != 1:
                raise click.UsageError(
                    "say which identity: --identity HANDLE (or INKBOX_IDENTITY, or `identity` "
                    f"in the config file); this organization has {len(found)}"
                )
            handle = found[0].agent_handle
        return self.client.get_identity(handle)

    def close(self) -> None:
        if self._client is not None:
            self._client.close()


pass_app = click.make_pass_decorator(App)


def _set_json(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    if value:
        ctx.ensure_object(App).json = True


def json_option(fn: F) -> F:
    """`--json` on a command (also accepted before the command name)."""
    return click.option(
        "--json",
        "json_",
        is_flag=True,
        expose_value=False,
        callback=_set_json,
        help="Print JSON (one document; JSON lines for tail).",
    )(fn)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--api-key", envvar=None, help="API key (default: $INKBOX_API_KEY, then config).")
@click.option("--base-url", help="API root (default: $INKBOX_BASE_URL, then config).")
@click.option("--json", "json_", is_flag=True, help="Print JSON instead of tables.")
@click.version_option(package_name="inkbox", prog_name="inkbox")
@click.pass_context
def cli(ctx: click.Context, api_key: str | None, base_url: str | None, json_: bool) -> None:
    """Inkbox from the shell: identities, mail, texts, calls, contacts, the vault, webhooks
    and a local emulator.

    Settings come from flags, then the environment (INKBOX_API_KEY, INKBOX_BASE_URL,
    INKBOX_IDENTITY), then ~/.inkbox/config (`api_key = ...` lines, as the SDK reads it).
    """
    app = App(Settings(api_key=api_key, base_url=base_url, json=json_))
    ctx.obj = app
    ctx.call_on_close(app.close)


@cli.command()
@json_option
@pass_app
def whoami(app: App) -> None:
    """Who the API key is."""
    me = app.client.whoami()
    if app.json:
        from ._output import emit

        emit(me)
        return
    from ._output import plain, to_jsonable

    data = to_jsonable(me)
    plain([(k, data[k]) for k in sorted(data)], title="whoami")


@cli.command()
@click.argument("shell", type=click.Choice(["bash", "zsh", "fish"]))
def completion(shell: str) -> None:
    """Print the shell completion script, e.g. `eval "$(inkbox completion bash)"`."""
    from click.shell_completion import get_completion_class

    cls = get_completion_class(shell)
    assert cls is not None
    click.echo(cls(cli, {}, "inkbox", "_INKBOX_COMPLETE").source())


def _register() -> None:
    from . import _data, _emulator, _identities, _messaging, _tunnel

    for module in (_identities, _messaging, _data, _tunnel, _emulator):
        for command in module.commands:
            cli.add_command(command)


_register()


def _fail(message: str, code: int) -> int:
    click.echo(f"Error: {message}", err=True)
    return code


def main(argv: list[str] | None = None) -> int:
    """The console script: click's parsing, our exit codes (0 ok, 1 API error, 2 usage)."""
    if "httpx" not in sys.modules:
        # httpx imports its own command line (Click, Rich, Pygments) whenever they are
        # installed, as they are with inkbox[cli]; this process never uses it, and skipping it
        # saves about 150 ms on every command that talks to the API.
        sys.modules["httpx._main"] = None  # type: ignore[assignment]
    try:
        # Without standalone mode click returns the code of an `Exit` instead of raising it.
        code = cli.main(args=argv, prog_name="inkbox", standalone_mode=False)
    except click.exceptions.Exit as exc:
        return int(exc.exit_code)
    except click.ClickException as exc:
        exc.show()
        return EXIT_USAGE if isinstance(exc, click.UsageError) else exc.exit_code
    except (KeyboardInterrupt, click.Abort):
        click.echo("Interrupted.", err=True)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return 0
    except Exception as exc:
        return _translate(exc)
    return code if isinstance(code, int) else 0


def _translate(exc: Exception) -> int:
    from .._errors import InkboxAPIError
    from .._exceptions_base import InkboxError

    if isinstance(exc, InkboxAPIError):
        detail = exc.detail
        if isinstance(detail, dict):
            detail = ": ".join(
                str(v) for k, v in detail.items() if k in ("error", "message", "detail")
            )
        elif not isinstance(detail, str):
            detail = json.dumps(detail)
        request = f" (request id {exc.request_id})" if exc.request_id else ""
        return _fail(f"HTTP {exc.status_code}: {detail}{request}", EXIT_API)
    if isinstance(exc, InkboxError):
        return _fail(str(exc), EXIT_API)
    if isinstance(exc, ValueError | TypeError):
        # The SDK checks arguments before any request: a usage error.
        return _fail(str(exc), EXIT_USAGE)
    import httpx

    if isinstance(exc, httpx.HTTPError):
        return _fail(f"cannot reach the API: {exc}", EXIT_API)
    if isinstance(exc, OSError):
        return _fail(str(exc), EXIT_API)
    raise exc


if __name__ == "__main__":
    sys.exit(main())
