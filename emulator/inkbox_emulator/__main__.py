"""`inkbox-emulator` / `python -m inkbox_emulator`: run the local Inkbox.

    inkbox-emulator [--host 127.0.0.1] [--port 8765] [--db PATH] [--api-key KEY]
                    [--api-key-file PATH] [--seed N] [--faults SPEC] [--strict]

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
    args = parser.parse_args(argv)
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
    )


def main(argv: list[str] | None = None) -> None:
    config = parse_args(argv)
    from .server import serve

    sys.exit(serve(config))


if __name__ == "__main__":
    main()
