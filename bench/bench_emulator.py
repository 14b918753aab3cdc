"""Emulator start-up time and throughput of simple GETs.

    .venv/bin/python bench/bench_emulator.py [--rounds 5] [--round-seconds 0.6] [--quick]

Start-up, best and median of `--starts` runs each:
- process: `python -m inkbox_emulator` launched (as `inkbox-emulator` runs it) until its first
  answered `GET /api/whoami`;
- embedded: in a fresh interpreter, `from inkbox_emulator import run_in_thread` +
  `run_in_thread()` (what the examples do) until the first answered request, and a second
  emulator started in that same process (what a test session that starts another pays).

Throughput: `GET /api/whoami` and `GET /api/v1/identities/{handle}` over 1, 4 and 16 keep-alive
connections, against the emulator as the CLI starts it (default mode) and as the pytest plugin
does (`--strict`: every response validated). The floor is bare uvicorn (the same HTTP stack and
settings) answering the same JSON from a three-line ASGI app: what any emulator on this stack
could reach. The rounds are interleaved (server x path x connections, then again), so a noisy
neighbour slows every configuration alike; each reports its best and median round.

Under other load (this machine is shared) the rounds' rates say more about the neighbours than
about the emulator, so each round also reads the server's CPU time from /proc: requests per
second of its own CPU time is what it serves with a core to itself (it is one thread).

The client is one process driving raw sockets with a select loop (a few µs per request): an
`httpx.Client` would spend more CPU per request than the emulator does, and on 2 cores it
would measure itself.

Every process starts with bytecode caches, as an installed emulator does: this bench drops
`PYTHONDONTWRITEBYTECODE` for the processes it starts, keeps the caches under
`.venv/.caches/pycache` (unless `PYTHONPYCACHEPREFIX` says elsewhere, as `make` does) and starts
the emulator once untimed to write them.

Besides the table, every metric is printed as one JSON line (`{"bench": "emulator", ...}`) for
`bench/run.py` to collect.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import selectors
import socket
import statistics
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _rows import emit

KEY = "isk_test_bench"
HANDLE = "bench"
PATHS = {"whoami": "/api/whoami", "get_identity": f"/api/v1/identities/{HANDLE}"}
CONNECTIONS = (1, 4, 16)
RPS_TARGET = 2000.0
STARTUP_TARGET = 0.3

# The floor: uvicorn with the emulator's own settings, one canned answer, no framework.
FLOOR_APP = textwrap.dedent(
    """
    import json, sys, uvicorn
    BODY = json.dumps({"organization_id": "org_bench", "auth_type": "api_key",
                       "auth_subtype": "api_key.admin_scoped", "key_id": "k"}).encode()
    HEAD = {"type": "http.response.start", "status": 200, "headers": [
        (b"content-type", b"application/json"), (b"content-length", str(len(BODY)).encode())]}
    async def app(scope, receive, send):
        if scope["type"] != "http":
            return
        await receive()
        await send(HEAD)
        await send({"type": "http.response.body", "body": BODY})
    uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[1]), log_level="warning",
                access_log=False, lifespan="off", SETTINGS)
    """
)


REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
ENV.setdefault("PYTHONPYCACHEPREFIX", os.path.join(REPO, ".venv", ".caches", "pycache"))


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def request_bytes(path: str) -> bytes:
    return f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nX-API-Key: {KEY}\r\n\r\n".encode()


def get_status(port: int, path: str = "/api/whoami") -> int:
    """One GET on a fresh connection; its status (raises OSError while nothing listens)."""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(request_bytes(path).replace(b"\r\n\r\n", b"\r\nConnection: close\r\n\r\n"))
        head = b""
        while b"\r\n" not in head:
            chunk = sock.recv(4096)
            if not chunk:
                raise ConnectionResetError("closed before answering")
            head += chunk
    return int(head.split(b" ", 2)[1])


def wait_ready(port: int, started: float, limit: float = 30.0) -> float:
    """Seconds from `started` to the first 200 on `port`."""
    while True:
        try:
            if get_status(port) == 200:
                return time.perf_counter() - started
        except OSError:
            if time.perf_counter() - started > limit:
                raise
            time.sleep(0.002)


# ── throughput ─────────────────────────────────────────────────────────────


def drive(port: int, path: str, connections: int, seconds: float) -> tuple[float, int]:
    """Requests per second over `connections` keep-alive sockets, each with one in flight,
    and how many requests were answered in all (the untimed first ones too)."""
    payload = request_bytes(path)
    selector = selectors.DefaultSelector()
    buffers: dict[socket.socket, bytearray] = {}
    for _ in range(connections):
        sock = socket.create_connection(("127.0.0.1", port))
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        sock.setblocking(False)
        selector.register(sock, selectors.EVENT_READ)
        buffers[sock] = bytearray()
    done = 0
    try:
        for sock in buffers:  # one untimed request each: connections warm
            sock.send(payload)
        warm = 0
        counting = False
        deadline = 0.0
        started = 0.0
        while True:
            for key, _ in selector.select(5):
                sock = key.fileobj  # type: ignore[assignment]
                buf = buffers[sock]
                chunk = sock.recv(65536)
                if not chunk:
                    raise ConnectionError("the server closed a keep-alive connection")
                buf += chunk
                while True:
                    end = buf.find(b"\r\n\r\n")
                    if end < 0:
                        break
                    head = bytes(buf[: end + 2]).lower()
                    at = head.find(b"content-length:")
                    length = int(head[at + 15 : head.find(b"\r\n", at)]) if at >= 0 else 0
                    size = end + 4 + length
                    if len(buf) < size:
                        break
                    if not head.startswith(b"http/1.1 200"):
                        raise AssertionError(bytes(buf[:size]).decode(errors="replace"))
                    del buf[:size]
                    if counting:
                        done += 1
                    else:
                        warm += 1
                        if warm == connections:
                            counting = True
                            started = time.perf_counter()
                            deadline = started + seconds
                    sock.send(payload)
            if counting and time.perf_counter() >= deadline:
                break
        return done / (time.perf_counter() - started), done + connections
    finally:
        for sock in buffers:
            selector.unregister(sock)
            sock.close()
        selector.close()


def _drive_in_child(args: tuple[int, str, int, float]) -> tuple[float, int]:
    return drive(*args)


def cpu_seconds(pid: int) -> float:
    """User + system CPU time a process has used (Linux)."""
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class Server:
    """A server process under test: the emulator (default or strict) or the bare floor."""

    def __init__(self, name: str, argv: list[str]) -> None:
        """`argv` names the port as "PORT"."""
        self.name = name
        self.port = free_port()
        self.process = subprocess.Popen(
            [str(self.port) if arg == "PORT" else arg for arg in argv],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=ENV,
        )
        wait_ready(self.port, time.perf_counter())

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(10)


def emulator(strict: bool) -> Server:
    argv = [sys.executable, "-m", "inkbox_emulator", "--api-key", KEY, "--port", "PORT"]
    server = Server("strict" if strict else "default", [*argv, "--strict"] if strict else argv)
    create = (
        f"POST /api/v1/identities/ HTTP/1.1\r\nHost: 127.0.0.1\r\nX-API-Key: {KEY}\r\n"
        f"Content-Type: application/json\r\nContent-Length: {len(HANDLE) + 20}\r\n"
        f'Connection: close\r\n\r\n{{"agent_handle": "{HANDLE}"}}'
    ).encode()
    with socket.create_connection(("127.0.0.1", server.port)) as sock:
        sock.sendall(create)
        assert sock.recv(4096).startswith(b"HTTP/1.1 201"), "could not create the identity"
    return server


def floor_server() -> Server:
    from inkbox_emulator.server import HTTP_SETTINGS  # the emulator's own uvicorn choices

    settings = ", ".join(f"{k}={v!r}" for k, v in HTTP_SETTINGS.items())
    return Server("floor", [sys.executable, "-c", FLOOR_APP.replace("SETTINGS", settings), "PORT"])


def throughput(
    rounds: int, seconds: float, connections: tuple[int, ...]
) -> tuple[dict[Any, list[float]], dict[Any, list[float]]]:
    """Per (server, path, connections): requests per second of each round, and requests per
    second of the server's own CPU time (what it would serve on a core of its own)."""
    servers = [emulator(strict=False), emulator(strict=True), floor_server()]
    results: dict[Any, list[float]] = {}
    per_cpu: dict[Any, list[float]] = {}
    try:
        with multiprocessing.get_context("spawn").Pool(1) as pool:
            for _ in range(rounds):
                for server in servers:
                    for name, path in PATHS.items():
                        if server.name == "floor" and name != "whoami":
                            continue  # it answers every path alike
                        for n in connections:
                            before = cpu_seconds(server.process.pid)
                            rate, count = pool.apply(
                                _drive_in_child, ((server.port, path, n, seconds),)
                            )
                            used = cpu_seconds(server.process.pid) - before
                            key = (server.name, name, n)
                            results.setdefault(key, []).append(rate)
                            per_cpu.setdefault(key, []).append(count / max(used, 1e-3))
    finally:
        for server in servers:
            server.stop()
    return results, per_cpu


# ── start-up ───────────────────────────────────────────────────────────────


def startup_process() -> tuple[float, float]:
    """Seconds from launch to the first 200, and the CPU seconds the emulator used by then."""
    port = free_port()
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "inkbox_emulator", "--port", str(port), "--api-key", KEY],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=ENV,
    )
    try:
        return wait_ready(port, started), cpu_seconds(process.pid)
    finally:
        process.terminate()
        process.wait(10)


EMBEDDED = textwrap.dedent(
    """
    import sys, time
    sys.path.insert(0, HERE)
    from bench_emulator import get_status
    t = time.perf_counter()
    from inkbox_emulator import run_in_thread
    first = run_in_thread(admin_api_key="isk_test_bench")
    assert get_status(int(first.url.rsplit(":", 1)[1])) == 200
    cold = time.perf_counter() - t
    t = time.perf_counter()
    second = run_in_thread(admin_api_key="isk_test_bench")
    assert get_status(int(second.url.rsplit(":", 1)[1])) == 200
    warm = time.perf_counter() - t
    print(cold, warm)
    first.stop()
    second.stop()
    """
)


def startup_embedded() -> tuple[float, float]:
    here = os.path.dirname(os.path.abspath(__file__))
    out = subprocess.run(
        [sys.executable, "-c", EMBEDDED.replace("HERE", repr(here))],
        capture_output=True,
        text=True,
        check=True,
        env=ENV,
    ).stdout.split()
    return float(out[0]), float(out[1])


# ── report ─────────────────────────────────────────────────────────────────


def emit_startup(name: str, seconds: float) -> None:
    emit(name, "s", seconds, None, target=f"<= {STARTUP_TARGET} s", ok=seconds <= STARTUP_TARGET)


def emit_rate(name: str, rate: float, floor: float) -> None:
    """A rate as the table's lower-is-better unit: microseconds per request."""
    emit(
        name,
        "us/req",
        1e6 / rate,
        1e6 / floor,
        target=f">= {RPS_TARGET:,.0f} req/s",
        ok=rate >= RPS_TARGET,
    )


def repeat(fn: Callable[[], Any], times: int) -> list[Any]:
    return [fn() for _ in range(times)]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--round-seconds", type=float, default=0.6)
    parser.add_argument("--starts", type=int, default=5)
    parser.add_argument("--quick", action="store_true", help="3 rounds of 0.3 s, 3 starts")
    args = parser.parse_args()
    if args.quick:
        args.rounds, args.round_seconds, args.starts = 3, 0.3, 3
    print(f"cores: {os.cpu_count()}; load average: {os.getloadavg()[0]:.1f}", flush=True)

    startup_embedded()  # untimed: writes the bytecode caches
    launches = repeat(startup_process, args.starts)
    process = sorted(wall for wall, _ in launches)
    process_cpu = sorted(cpu for _, cpu in launches)
    embedded = sorted(repeat(startup_embedded, args.starts))
    cold = sorted(e[0] for e in embedded)
    warm = sorted(e[1] for e in embedded)
    print(f"start-up, best / median of {args.starts} (target ≤ {STARTUP_TARGET} s):")
    for label, values in (
        ("process launch -> first 200", process),
        ("embedded: import + run_in_thread -> 200", cold),
        ("embedded: another run_in_thread -> 200", warm),
    ):
        print(f"  {label:<44} {values[0]:6.3f} s  {statistics.median(values):6.3f} s")
    print(
        f"  {'(its CPU time by then, under this load)':<44} {process_cpu[0]:6.3f} s"
        f"  {statistics.median(process_cpu):6.3f} s"
    )
    emit_startup("emulator: start-up, process -> first 200 (best)", process[0])
    emit_startup("emulator: start-up, embedded import + start (best)", cold[0])
    emit_startup("emulator: start-up, embedded second start (best)", warm[0])

    results, per_cpu = throughput(args.rounds, args.round_seconds, CONNECTIONS)
    floor = {n: max(results[("floor", "whoami", n)]) for n in CONNECTIONS}
    print(
        f"GETs per second, best / median of {args.rounds} interleaved rounds of"
        f" {args.round_seconds} s (target ≥ {RPS_TARGET:,.0f}; floor: bare uvicorn, same settings);"
        " per CPU s: requests per second of the server's own CPU time, median"
    )
    for key, rates in results.items():
        server, name, n = key
        best, median = max(rates), statistics.median(rates)
        share = f"{best / floor[n]:5.0%} of floor" if server != "floor" else ""
        label = f"{server:<8} {name:<13} {n:>2} conn"
        cpu = statistics.median(per_cpu[key])
        print(f"  {label:<34} {best:8,.0f}  {median:8,.0f}   per CPU s {cpu:8,.0f}  {share}")
    for (server, name, n), rates in results.items():
        if server == "floor":
            continue
        emit_rate(f"emulator: {server} GET {name}, {n} conn (best round)", max(rates), floor[n])
    for (server, name, n), rates in per_cpu.items():
        if server != "floor" and n == 4:
            emit_rate(
                f"emulator: {server} GET {name}, 4 conn (per server CPU s, median)",
                statistics.median(rates),
                statistics.median(per_cpu[("floor", "whoami", 4)]),
            )


if __name__ == "__main__":
    main()
