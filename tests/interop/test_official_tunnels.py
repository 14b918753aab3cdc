"""The official `inkbox==0.7.20` `tunnels.connect()`, unchanged, through our tunnel edge.

It dials `localhost:443` and trusts `SSL_CERT_FILE`, so the emulator (edge on 443) and the
client run in a private network namespace (`tunnel_netns.py`; needs root, as CI has). The
client serves a small ASGI app in-process; this module is the third party, reaching the
public listener through a Unix socket: GET with repeated Set-Cookie, a 5 MB POST echoed, a
404 passed through, a WebSocket echo of text and binary, a reconnect after the edge cuts the
connection, the client's own 504 for a slow app, header blocks capped below what the client
accepts (431), an in-band handoff when the edge drains, a reconnect after an edge crash, a
passthrough tunnel end to end (CSR signed by the emulator CA, TLS routed by SNI, the third party
verifying the client's certificate), and the takeover of a second client (`superseded`).
About 15 s in all.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import os
import queue
import shutil
import ssl
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import httpx
import pytest

from tests.interop.official import require_official
from tests.support.ws import ACCEPT, masked, read_frame, upgrade_request

pytestmark = pytest.mark.interop

NAME = "my-app"
HOST = f"{NAME}.localhost"
WAIT = 20.0  # seconds any one step may take

CLIENT = r"""
import asyncio, json, sys, threading
from inkbox import Inkbox

args = json.loads(sys.stdin.readline())


def emit(**fields):
    print(json.dumps(fields), flush=True)


async def app(scope, receive, send):
    if scope["type"] == "lifespan":
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            else:
                await send({"type": "lifespan.shutdown.complete"})
                return
    if scope["type"] == "http":
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        if scope["path"] == "/hello":
            status, out = 200, b"hello " + scope["query_string"]
            headers = [(b"content-type", b"text/plain"), (b"set-cookie", b"a=1; Path=/"),
                       (b"set-cookie", b"b=2; Path=/")]
        elif scope["path"] == "/slow":
            await asyncio.sleep(30)
            status, out, headers = 200, b"too late", []
        elif scope["path"] == "/headers":
            names = [k for k, _ in scope["headers"] if k.startswith(b"x-big-")]
            status, out, headers = 200, str(len(names)).encode(), []
        elif scope["path"] == "/echo":
            status, out = 200, body
            headers = [(b"content-type", b"application/octet-stream")]
        else:
            status, out, headers = 404, b"not here", [(b"content-type", b"text/plain")]
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": out})
        return
    await receive()  # websocket.connect
    await send({"type": "websocket.accept"})
    while True:
        message = await receive()
        if message["type"] == "websocket.disconnect":
            return
        if message.get("text") is not None:
            await send({"type": "websocket.send", "text": "echo:" + message["text"]})
        else:
            await send({"type": "websocket.send", "bytes": message["bytes"][::-1]})


with Inkbox(args["api_key"], base_url=args["base_url"]) as inkbox:
    listener = inkbox.tunnels.connect(
        name=args["name"],
        forward_to=app,
        state_dir=args["state_dir"],
        on_status=lambda status: emit(status=str(getattr(status, "value", status))),
    )
    emit(public_url=listener.public_url)

    def stop_when_told():
        sys.stdin.read()
        listener.close()

    threading.Thread(target=stop_when_told, daemon=True).start()
    listener.wait()
emit(stopped=True)
"""


class Lines:
    """A subprocess's stdout as JSON lines, read on a thread so waits can time out."""

    def __init__(self, stream: IO[str]) -> None:
        self.queue: queue.Queue[dict[str, Any]] = queue.Queue()
        self.stream = stream
        self.thread = threading.Thread(target=self._read, args=(stream,), daemon=True)
        self.thread.start()

    def close(self) -> None:
        """After the process ended: the reader sees EOF, then the pipe is closed."""
        self.thread.join(5)
        self.stream.close()

    def _read(self, stream: IO[str]) -> None:
        for line in stream:
            if line.startswith("{"):
                self.queue.put(json.loads(line))

    def pending(self) -> list[dict[str, Any]]:
        """The lines that arrived and were not consumed yet."""
        out = []
        while not self.queue.empty():
            out.append(self.queue.get_nowait())
        return out

    def until(self, key: str, value: Any = None, timeout: float = WAIT) -> dict[str, Any]:
        """The next line that has `key` (equal to `value`, if given)."""
        while True:
            line = self.queue.get(timeout=timeout)
            if key in line and (value is None or line[key] == value):
                return line


class Namespace:
    """The emulator in its own network namespace, and the official client in it."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        if shutil.which("unshare") is None or shutil.which("nsenter") is None:
            pytest.fail("tunnel interop needs unshare and nsenter (util-linux) and root")
        host = Path(__file__).with_name("tunnel_netns.py")
        self.host = subprocess.Popen(
            [
                "unshare",
                "-n",
                "sh",
                "-c",
                f'ip link set lo up && exec "{sys.executable}" "{host}" "{folder}"',
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.host.stdout is not None
        self.host_lines = Lines(self.host.stdout)
        ready = self.host_lines.until("api_port")
        self.api_port = ready["api_port"]
        self.admin_key = ready["admin_key"]
        self.ca_file = ready["ca_file"]
        self.api = httpx.Client(
            base_url="http://emulator",
            transport=httpx.HTTPTransport(uds=str(folder / "api.sock")),
            headers={"X-API-Key": self.admin_key},
            timeout=WAIT,
        )
        self.clients: list[tuple[str, subprocess.Popen[str], Lines]] = []

    def hook(self, method: str, path: str, body: Any = None) -> Any:
        response = self.api.request(method, "/_emulator" + path, json=body)
        assert response.status_code < 400, response.text
        return response.json() if response.content else None

    def start_client(self, name: str = NAME) -> Lines:
        """One more official client process for tunnel `name`, with a state dir of its own."""
        python = require_official("0.7.20")
        home = self.folder / f"home{len(self.clients)}"
        home.mkdir()
        env = {k: v for k, v in os.environ.items() if not k.startswith(("INKBOX_", "SSL_"))}
        env |= {"HOME": str(home), "PYTHONPATH": "", "SSL_CERT_FILE": self.ca_file}
        # stderr to a file: a pipe nobody reads could fill up and stall the client.
        with (home / "stderr.txt").open("w") as stderr:
            client = subprocess.Popen(
                ["nsenter", f"--net=/proc/{self.host.pid}/ns/net", str(python), "-c", CLIENT],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=stderr,
                text=True,
                env=env,
                cwd=home,
            )
        assert client.stdin is not None and client.stdout is not None
        args = {
            "api_key": self.admin_key,
            "base_url": f"http://127.0.0.1:{self.api_port}",
            "name": name,
            "state_dir": str(home / "state"),
        }
        client.stdin.write(json.dumps(args) + "\n")
        client.stdin.flush()
        lines = Lines(client.stdout)
        self.clients.append((name, client, lines))
        return lines

    def close(self) -> None:
        procs = [(proc, lines) for _, proc, lines in self.clients] + [(self.host, self.host_lines)]
        for proc, lines in procs:
            assert proc.stdin is not None
            proc.stdin.close()  # each stops when its stdin closes
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
            lines.close()
        self.api.close()


@pytest.fixture(scope="module")
def ns() -> Iterator[Namespace]:
    require_official("0.7.20")  # build the venv before the clock of any step starts
    with tempfile.TemporaryDirectory(prefix="inkbox-tunnels-") as folder:
        namespace = Namespace(Path(folder))
        try:
            yield namespace
        finally:
            namespace.close()


@pytest.fixture(scope="module")
def client(ns: Namespace) -> Lines:
    """The official client, connected, serving the ASGI app of `CLIENT`."""
    created = ns.api.post("/api/v1/identities/", json={"agent_handle": NAME})
    assert created.status_code == 201, created.text
    tunnel = created.json()["tunnel"]
    assert (tunnel["zone"], tunnel["public_host"]) == ("localhost", HOST)  # edge on 443
    lines = ns.start_client()
    assert lines.until("public_url")["public_url"] == f"https://{HOST}"
    lines.until("status", "connected")
    return lines


@pytest.fixture
def public(ns: Namespace, client: Lines) -> Iterator[httpx.Client]:
    """The third party: plain HTTP to the edge's public listener with `Host: my-app.localhost`."""
    with httpx.Client(
        base_url=f"http://{HOST}",
        transport=httpx.HTTPTransport(uds=str(ns.folder / "public.sock")),
        timeout=WAIT,
    ) as http:
        yield http


def test_get_with_repeated_set_cookie(public: httpx.Client) -> None:
    response = public.get("/hello?who=me")
    assert response.status_code == 200
    assert response.text == "hello who=me"
    assert response.headers.get_list("set-cookie") == ["a=1; Path=/", "b=2; Path=/"]
    assert response.headers["content-type"] == "text/plain"


def test_post_5_mb_echoed(public: httpx.Client) -> None:
    payload = os.urandom(5 * 1024 * 1024)
    response = public.post("/echo", content=payload)
    assert response.status_code == 200
    assert hashlib.sha256(response.content).digest() == hashlib.sha256(payload).digest()


def test_app_404_passes_through(public: httpx.Client) -> None:
    response = public.get("/missing")
    assert (response.status_code, response.text) == (404, "not here")


def test_a_slow_app_gets_the_clients_own_504(public: httpx.Client) -> None:
    """Hello told the client a 3 s deadline: it posts its own 504 before the edge's (5 s)."""
    response = public.get("/slow")
    assert response.status_code == 504
    assert response.text == "local handler too slow"
    assert response.elapsed.total_seconds() < 5


def test_large_header_blocks_stay_under_the_clients_limit(public: httpx.Client) -> None:
    """40 KB of headers pass (the client's h2 accepts 64 KiB); 60 KB get the edge's 431
    instead of an intake that would break the client's connection; the tunnel still works."""
    fine = {f"x-big-{i}": "v" * 400 for i in range(90)}
    response = public.get("/headers", headers=fine)
    assert (response.status_code, response.text) == (200, "90")
    too_big = {f"x-big-{i}": "v" * 400 for i in range(140)}
    assert public.get("/headers", headers=too_big).status_code == 431
    assert public.get("/hello").status_code == 200


def test_websocket_echo_text_and_binary(ns: Namespace, client: Lines) -> None:
    async def test() -> None:
        reader, writer = await asyncio.open_unix_connection(str(ns.folder / "public.sock"))
        writer.write(upgrade_request(HOST))
        head = await reader.readuntil(b"\r\n\r\n")
        assert head.startswith(b"HTTP/1.1 101 ")
        assert f"sec-websocket-accept: {ACCEPT}".encode() in head
        writer.write(masked(0x1, b"hello"))
        assert await read_frame(reader) == (0x81, 0, b"echo:hello")
        writer.write(masked(0x2, b"\x00\x01\x02\xff"))
        assert await read_frame(reader) == (0x82, 0, b"\xff\x02\x01\x00")
        writer.write(masked(0x8, (1000).to_bytes(2, "big")))
        first, _, _ = await read_frame(reader)
        assert first == 0x88
        writer.close()

    asyncio.run(asyncio.wait_for(test(), WAIT))


def test_reconnects_after_the_edge_drops_the_connection(
    ns: Namespace, client: Lines, public: httpx.Client
) -> None:
    before = ns.hook("GET", f"/tunnel-edge/tunnels/{NAME}")["connects"]
    assert ns.hook("POST", f"/tunnel-edge/tunnels/{NAME}/drop")["dropped"]
    client.until("status", "reconnecting")
    client.until("status", "connected")
    state = ns.hook(
        "POST", f"/tunnel-edge/tunnels/{NAME}/wait", {"connects": before + 1, "timeout": WAIT}
    )
    assert state["connected"]
    assert public.get("/hello").status_code == 200


def test_drain_hands_off_without_reconnecting(
    ns: Namespace, client: Lines, public: httpx.Client
) -> None:
    """GOAWAY NO_ERROR "drain", 503 to its new hellos, the edge back 0.3 s later: the client
    moves to a new connection in-band (§4.3), with no `reconnecting`."""
    before = ns.hook("GET", f"/tunnel-edge/tunnels/{NAME}")["connects"]
    client.pending()
    ns.hook("POST", "/tunnel-edge/restart", {"drain": True, "down_seconds": 0.3})
    ns.hook("POST", f"/tunnel-edge/tunnels/{NAME}/wait", {"connects": before + 1, "timeout": WAIT})
    assert public.get("/hello").status_code == 200
    assert [line["status"] for line in client.pending() if "status" in line] == []


def test_edge_crash_and_restart(ns: Namespace, client: Lines, public: httpx.Client) -> None:
    """The edge vanishes for a second (no GOAWAY): reconnecting, then connected with backoff."""
    before = ns.hook("GET", f"/tunnel-edge/tunnels/{NAME}")["connects"]
    ns.hook("POST", "/tunnel-edge/restart", {"down_seconds": 1.0})
    client.until("status", "reconnecting")
    client.until("status", "connected")
    ns.hook("POST", f"/tunnel-edge/tunnels/{NAME}/wait", {"connects": before + 1, "timeout": WAIT})
    assert public.get("/hello").status_code == 200


def test_passthrough_tls_end_to_end(ns: Namespace, client: Lines) -> None:
    """A passthrough tunnel: the client gets its CSR signed by the emulator CA, the edge routes
    the third party's TLS by SNI without terminating it, and the third party verifies the
    client's certificate against the CA file."""
    created = ns.api.post(
        "/api/v1/identities/",
        json={"agent_handle": "tls-app", "tunnel": {"tls_mode": "passthrough"}},
    )
    assert created.status_code == 201, created.text
    lines = ns.start_client("tls-app")
    lines.until("status", "connected")
    tunnel = ns.api.get(f"/api/v1/tunnels/{created.json()['tunnel']['id']}").json()
    assert tunnel["status"] == "active" and tunnel["cert_pem"]

    async def test() -> bytes:
        context = ssl.create_default_context(cafile=ns.ca_file)
        reader, writer = await asyncio.open_unix_connection(
            str(ns.folder / "passthrough.sock"), ssl=context, server_hostname="tls-app.localhost"
        )
        peer = writer.get_extra_info("peercert")
        assert ("DNS", "tls-app.localhost") in peer["subjectAltName"]
        writer.write(
            b"GET /hello?via=tls HTTP/1.1\r\nHost: tls-app.localhost\r\nConnection: close\r\n\r\n"
        )
        # Read the chunked response to its last chunk: 0.7.20 answers `Connection: close` but
        # leaves the TLS connection open (its h1 server restarts the cycle only from DONE).
        response = await reader.readuntil(b"\r\n0\r\n\r\n")
        writer.transport.abort()  # no TLS close handshake with a peer that does not close
        return response

    response = asyncio.run(asyncio.wait_for(test(), WAIT))
    head, _, body = response.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 200")
    assert head.lower().count(b"set-cookie:") == 2
    assert body == b"d\r\nhello via=tls\r\n0\r\n\r\n"  # one chunk of 13 bytes, then the end


def test_a_second_client_supersedes_the_first(
    ns: Namespace, client: Lines, public: httpx.Client
) -> None:
    """Latest hello wins: the first client ends `superseded` and does not come back (last test:
    the module's client is gone after it)."""
    second = ns.start_client()
    second.until("status", "connected")
    client.until("status", "superseded")
    first_process = ns.clients[0][1]
    assert first_process.wait(WAIT) != 0  # wait() raised TunnelSupersededError
    assert "TunnelSupersededError" in (ns.folder / "home0" / "stderr.txt").read_text()
    assert public.get("/hello").status_code == 200
    assert ns.hook("GET", f"/tunnel-edge/tunnels/{NAME}")["connected"]
