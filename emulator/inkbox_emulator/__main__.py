"""`inkbox-emulator` / `python -m inkbox_emulator`: run the local Inkbox.

    inkbox-emulator [--host 127.0.0.1] [--port 8765] [--db PATH] [--api-key KEY]
                    [--seed N] [--faults SPEC] [--strict]

Prints the base URL and the admin API key, then serves until interrupted.
"""

from __future__ import annotations

import argparse
import sys

from .config import DEFAULT_PORT, EmulatorConfig
from .faults import parse_faults


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
        "--api-key", metavar="KEY", help="the admin API key (default: stored or generated)"
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
    return EmulatorConfig(
        host=args.host,
        port=args.port,
        db_path=args.db,
        admin_api_key=args.api_key,
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
