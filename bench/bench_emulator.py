"""Emulator start-up time and throughput of simple GETs.

    .venv/bin/python bench/bench_emulator.py [--seconds 4] [--clients 2] [--strict]

Starts `python -m inkbox_emulator` in its own process (as users run it), measures the time from
launch to the first answered request, creates one identity, then sends `GET /api/whoami` and
`GET /api/v1/identities/{handle}` back to back from `--clients` processes, each with one
keep-alive `httpx.Client`, for `--seconds` each, printing requests per second.

Client processes rather than an `httpx.AsyncClient`: on a 2-core machine the async client spends
more CPU per request than the emulator does (about 500 req/s in total), so it would measure
itself.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import socket
import subprocess
import sys
import time

import httpx


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start(strict: bool) -> tuple[subprocess.Popen[str], str, str, float]:
    port, key = free_port(), "isk_test_bench"
    args = [sys.executable, "-m", "inkbox_emulator", "--port", str(port), "--api-key", key]
    if strict:
        args.append("--strict")
    launched = time.perf_counter()
    process = subprocess.Popen(
        args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, text=True
    )
    url = f"http://127.0.0.1:{port}"
    while True:
        try:
            if httpx.get(url + "/api/whoami", headers={"X-API-Key": key}).status_code == 200:
                return process, url, key, time.perf_counter() - launched
        except httpx.TransportError:
            if time.perf_counter() - launched > 30:
                raise
            time.sleep(0.005)


def _client(args: tuple[str, str, str, float]) -> int:
    url, key, path, seconds = args
    done = 0
    with httpx.Client(base_url=url, headers={"X-API-Key": key}) as client:
        client.get(path)  # connect before the clock starts
        deadline = time.perf_counter() + seconds
        while time.perf_counter() < deadline:
            response = client.get(path)
            assert response.status_code == 200, response.text
            done += 1
    return done


def hammer(url: str, key: str, path: str, seconds: float, clients: int) -> float:
    with multiprocessing.get_context("spawn").Pool(clients) as pool:
        counts = pool.map(_client, [(url, key, path, seconds)] * clients)
    return sum(counts) / seconds


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=4.0)
    parser.add_argument("--clients", type=int, default=2)
    parser.add_argument("--strict", action="store_true")
    args = parser.parse_args()
    process, url, key, startup = start(args.strict)
    try:
        print(f"cores: {os.cpu_count()}  strict: {args.strict}  client processes: {args.clients}")
        print(f"start-up (launch -> first 200): {startup:.3f} s")
        created = httpx.post(
            url + "/api/v1/identities/", json={"agent_handle": "bench"}, headers={"X-API-Key": key}
        )
        assert created.status_code == 201, created.text
        for path in ("/api/whoami", "/api/v1/identities/bench"):
            rate = hammer(url, key, path, args.seconds, args.clients)
            print(f"GET {path}: {rate:,.0f} req/s")
    finally:
        process.terminate()
        process.wait(10)


if __name__ == "__main__":
    main()
