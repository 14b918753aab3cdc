"""Tunnel throughput and latency: (a) the app directly, (b) our `tunnels.connect()`, (c) the
official `inkbox==0.7.20` client, all through one emulator edge in one run.

    python bench/bench_tunnel.py              # make bench runs it too

The official Python client always dials `ZONE:443`, so the whole bench re-runs itself in a
private network namespace (`unshare -n`, loopback up; needs root, as CI has) with the edge on
443 there; every process of the bench lives in that namespace. Without root (or without the
official venv at .cache/venvs/inkbox-0.7.20) it runs (a) and (b) on free ports and says why
(c) is missing.

The app (a small ASGI app under uvicorn), the emulator and each client run in processes of
their own; the load comes from this process (httpx, keep-alive). Two loads: small GETs with
16 in flight, and 1 MB POSTs (4 in flight) whose bodies the app reads and counts. Both clients
forward to the app's URL with their default pool size (the edge's default, 4 parked intakes).
Reported: requests/s, p50 and p99 latency, and requests/s as a ratio to (a).
"""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
OFFICIAL = ROOT / ".cache" / "venvs" / "inkbox-0.7.20" / "bin" / "python"
INSIDE = "--inside-netns"
HOOK = {"X-Inkbox-Emulator": "1"}

SMALL_N, SMALL_IN_FLIGHT = 1000, 16  # bounded: make bench stays under five minutes
LARGE_N, LARGE_IN_FLIGHT, LARGE_BYTES = 60, 4, 1024 * 1024

APP = r"""
import sys, uvicorn

async def app(scope, receive, send):
    if scope["type"] != "http":
        return
    size = 0
    while True:
        message = await receive()
        size += len(message.get("body", b""))
        if not message.get("more_body"):
            break
    body = b"ok" if scope["method"] == "GET" else str(size).encode()
    await send({"type": "http.response.start", "status": 200,
                "headers": [(b"content-type", b"text/plain")]})
    await send({"type": "http.response.body", "body": body})

uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[1]), log_level="error", lifespan="off")
"""

# Runs under either client's Python: the same call in both SDKs.
CLIENT = r"""
import json, sys, threading
from inkbox import Inkbox

args = json.loads(sys.argv[1])
with Inkbox(args["api_key"], base_url=args["base_url"]) as inkbox:
    listener = inkbox.tunnels.connect(
        name=args["name"], forward_to=args["forward_to"], state_dir=args["state_dir"]
    )

    def stop_when_told():
        sys.stdin.read()
        listener.close()

    threading.Thread(target=stop_when_told, daemon=True).start()
    listener.wait()
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_port(port: int, timeout: float = 20) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.05)
    raise SystemExit(f"nothing listens on port {port}")


@contextmanager
def process(args: list[str], **kwargs: object) -> Iterator[subprocess.Popen[str]]:
    proc = subprocess.Popen(args, stdin=subprocess.PIPE, text=True, **kwargs)  # type: ignore[call-overload]
    try:
        yield proc
    finally:
        if proc.stdin:
            proc.stdin.close()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.terminate()
            proc.wait(10)


async def load(
    url: str, host: str | None, method: str, body: bytes, n: int, in_flight: int
) -> tuple[float, float, float]:
    """(requests/s, p50 ms, p99 ms) of `n` requests with `in_flight` at a time."""
    headers = {"Host": host} if host else {}
    limits = httpx.Limits(max_connections=in_flight, max_keepalive_connections=in_flight)
    latencies: list[float] = []
    async with httpx.AsyncClient(trust_env=False, timeout=60, limits=limits) as http:
        for _ in range(in_flight):  # warm the connections and the path
            (await http.request(method, url, content=body, headers=headers)).raise_for_status()
        queue = iter(range(n))

        async def worker() -> None:
            for _ in queue:
                start = time.perf_counter()
                response = await http.request(method, url, content=body, headers=headers)
                latencies.append(time.perf_counter() - start)
                if response.status_code != 200:
                    raise SystemExit(f"{method} {url} -> {response.status_code}: {response.text}")

        began = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(in_flight)))
        elapsed = time.perf_counter() - began
    cuts = statistics.quantiles(latencies, n=100)
    return n / elapsed, cuts[49] * 1000, cuts[98] * 1000


def run(edge_port: int, official: Path | None, why_not: str) -> None:
    folder = Path(tempfile.mkdtemp(prefix="bench-tunnel-"))
    app_port, api_port, public_port = free_port(), free_port(), free_port()
    ca_file = folder / "ca.pem"
    key_file = folder / "admin.key"
    emulator = [
        str(Path(sys.executable).with_name("inkbox-emulator")),
        "--port", str(api_port), "--api-key-file", str(key_file), "--log-level", "error",
        "--tunnel-zone", "localhost", "--tunnel-edge-port", str(edge_port),
        "--tunnel-public-port", str(public_port), "--tunnel-ca-file", str(ca_file),
    ]  # fmt: skip
    quiet = {"stdout": subprocess.DEVNULL}
    with (
        process([sys.executable, "-c", APP, str(app_port)], **quiet),
        process(emulator, **quiet),
    ):
        wait_port(app_port)
        wait_port(api_port)
        wait_port(public_port)
        while not key_file.exists() or not key_file.read_text().strip():
            time.sleep(0.05)  # written as the emulator starts serving
        base_url = f"http://127.0.0.1:{api_port}"
        admin = httpx.Client(
            base_url=base_url,
            headers={"X-API-Key": key_file.read_text().strip(), **HOOK},
            trust_env=False,
            timeout=30,
        )
        clients: dict[str, Path] = {"b. our client": Path(sys.executable)}
        if official is not None:
            clients["c. official 0.7.20"] = official
        env = {**os.environ, "SSL_CERT_FILE": str(ca_file), "HOME": str(folder)}
        results: dict[str, list[tuple[float, float, float]]] = {}
        loads = [
            ("GET", b"", SMALL_N, SMALL_IN_FLIGHT),
            ("POST", os.urandom(LARGE_BYTES), LARGE_N, LARGE_IN_FLIGHT),
        ]
        direct = f"http://127.0.0.1:{app_port}/"
        results["a. app directly"] = [asyncio.run(load(direct, None, *spec)) for spec in loads]
        for index, (label, python) in enumerate(clients.items()):
            name = f"bench-{index}"
            admin.post("/api/v1/tunnels/", json={"tunnel_name": name}).raise_for_status()
            args = {
                "api_key": admin.headers["X-API-Key"],
                "base_url": base_url,
                "name": name,
                "forward_to": f"http://127.0.0.1:{app_port}",
                "state_dir": str(folder / name),
            }
            command = [str(python), "-c", CLIENT, json.dumps(args)]
            with process(command, env={**env, "PYTHONPATH": ""}, **quiet):
                admin.post(
                    f"/_emulator/tunnel-edge/tunnels/{name}/wait", json={"timeout": 30}
                ).raise_for_status()
                public = f"http://127.0.0.1:{public_port}/"
                host = f"{name}.localhost"
                results[label] = [asyncio.run(load(public, host, *spec)) for spec in loads]
        admin.close()
    report(results, why_not)


def report(results: dict[str, list[tuple[float, float, float]]], why_not: str) -> None:
    titles = [
        f"GET, {SMALL_IN_FLIGHT} in flight ({SMALL_N})",
        f"1 MB POST, {LARGE_IN_FLIGHT} in flight ({LARGE_N})",
    ]
    baseline = results["a. app directly"]
    for column, title in enumerate(titles):
        print(f"{title}:")
        print(f"  {'':<20} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'vs (a)':>7}")
        for label, rows in results.items():
            rate, p50, p99 = rows[column]
            ratio = rate / baseline[column][0]
            print(f"  {label:<20} {rate:8.0f} {p50:8.1f} {p99:8.1f} {ratio:7.2f}")
    if why_not:
        print(f"(c) skipped: {why_not}")
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from _rows import emit

    for column, title in enumerate(titles):
        per = {label: 1e3 / rows[column][0] for label, rows in results.items()}
        emit(
            f"tunnel {title}, ms/request (1/throughput)",
            "ms",
            per["b. our client"],
            per["a. app directly"],
            per.get("c. official 0.7.20"),
            target="<= official" if "c. official 0.7.20" in per else None,
            ok=per["b. our client"] <= per["c. official 0.7.20"]
            if "c. official 0.7.20" in per
            else None,
        )


def main() -> None:
    if INSIDE in sys.argv:
        run(443, OFFICIAL, "")
        return
    reasons = []
    if not OFFICIAL.exists():
        reasons.append(f"no official venv at {OFFICIAL} (the interop tests build it)")
    if os.geteuid() != 0:
        reasons.append("dialling 443 needs a private network namespace, and so root")
    if shutil.which("unshare") is None or shutil.which("ip") is None:
        reasons.append("unshare and ip (util-linux, iproute2) are needed")
    if reasons:
        run(free_port(), None, "; ".join(reasons))
        return
    script = f"ip link set lo up && exec {sys.executable} {Path(__file__)} {INSIDE}"
    raise SystemExit(subprocess.run(["unshare", "-n", "sh", "-c", script], check=False).returncode)


if __name__ == "__main__":
    main()
