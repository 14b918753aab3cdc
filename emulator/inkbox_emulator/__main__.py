"""`inkbox-emulator` / `python -m inkbox_emulator`: run the local Inkbox.

    inkbox-emulator [--host 127.0.0.1] [--port 8765] [--db PATH] [--api-key KEY]
                    [--api-key-file PATH] [--seed N] [--faults SPEC] [--strict]
                    [--tunnel-zone ZONE --tunnel-edge-port PORT --tunnel-public-port PORT
                     [--tunnel-passthrough-port PORT] --tunnel-ca-file PATH]

Prints the base URL and the admin API key, then serves until interrupted. The admin key is, in
order: `--api-key`, the `INKBOX_EMULATOR_API_KEY` environment variable, the contents of
`--api-key-file` (when that file exists), the key stored in `--db`, a new one. With
`--api-key-file` the key in force is (re)written there, so another shell can do
`export INKBOX_API_KEY=$(cat PATH)`.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from .config import DEFAULT_PORT, EmulatorConfig
from .edge.settings import EdgeSettings
from .faults import parse_faults

ENV_ADMIN_KEY = "INKBOX_EMULATOR_API_KEY"


def parse_args(argv: list[str] | None = None) -> EmulatorConfig:
    parser = argparse.ArgumentParser(
        prog="inkbox-emulator", description="A stateful local Inkbox serving openapi/inkbox.yaml."
    )
    parser.add_argument(
        "--host", default="127.0.0.1", help="interface to bind (default: loopback only)"
    )
    parser.add_argument(
        "--port", type=int, default=DEFAULT_PORT, help="TCP port; 0 picks a free one"
    )
    parser.add_argument("--db", metavar="PATH", help="SQLite file that keeps state across restarts")
    parser.add_argument(
        "--api-key",
        metavar="KEY",
        help=f"the admin API key (default: ${ENV_ADMIN_KEY}, --api-key-file, stored or generated)",
    )
    parser.add_argument(
        "--api-key-file",
        metavar="PATH",
        help="read the admin key from PATH if it exists; write the key in force there",
    )
    parser.add_argument("--seed", type=int, help="make ids, keys and fault draws reproducible")
    parser.add_argument(
        "--faults", metavar="SPEC", help="e.g. rate=0.1,status=503,retry_after=1 or drop=0.05"
    )
    parser.add_argument(
        "--strict", action="store_true", help="validate every response against the spec"
    )
    parser.add_argument(
        "--log-level", default="warning", choices=["debug", "info", "warning", "error"]
    )
    tunnels = parser.add_argument_group(
        "tunnel edge", "the data plane that inkbox.tunnels.connect() dials; off without these"
    )
    tunnels.add_argument("--tunnel-zone", metavar="ZONE", help="public hosts are {name}.ZONE")
    tunnels.add_argument(
        "--tunnel-edge-port", metavar="PORT", type=int, help="TLS + HTTP/2 port clients dial"
    )
    tunnels.add_argument(
        "--tunnel-public-port", metavar="PORT", type=int, help="plain HTTP port of public hosts"
    )
    tunnels.add_argument(
        "--tunnel-passthrough-port", metavar="PORT", type=int, help="TLS port routed by SNI"
    )
    tunnels.add_argument(
        "--tunnel-ca-file", metavar="PATH", help="where to write the CA certificate to trust"
    )
    args = parser.parse_args(argv)
    edge = None
    needed = ("tunnel_zone", "tunnel_edge_port", "tunnel_public_port", "tunnel_ca_file")
    given = [name for name in needed if getattr(args, name) is not None]
    if given or args.tunnel_passthrough_port is not None:
        missing = [name for name in needed if name not in given]
        if missing:
            flags = ", ".join("--" + name.replace("_", "-") for name in missing)
            parser.error(f"the tunnel edge also needs {flags}")
        edge = EdgeSettings(
            zone=args.tunnel_zone.lower(),
            edge_port=args.tunnel_edge_port,
            public_port=args.tunnel_public_port,
            passthrough_port=args.tunnel_passthrough_port,
            ca_file=args.tunnel_ca_file,
            host=args.host,
        )
    try:
        faults = parse_faults(args.faults)
    except ValueError as exc:
        parser.error(f"--faults: {exc}")
    key = args.api_key or os.environ.get(ENV_ADMIN_KEY) or None
    if key is None and args.api_key_file:
        try:
            key = Path(args.api_key_file).read_text().strip() or None
        except FileNotFoundError:
            key = None
        except OSError as exc:
            parser.error(f"--api-key-file: {exc}")
    return EmulatorConfig(
        host=args.host,
        port=args.port,
        db_path=args.db,
        admin_api_key=key,
        admin_api_key_file=args.api_key_file,
        seed=args.seed,
        faults=faults,
        strict=args.strict,
        log_level=args.log_level,
        tunnel_edge=edge,
    )


def main(argv: list[str] | None = None) -> None:
    config = parse_args(argv)
    from .server import serve

    sys.exit(serve(config))


if __name__ == "__main__":
    main()
