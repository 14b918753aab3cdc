"""`inkbox tunnel NAME --forward URL` against an emulator with its edge on; the inspector
lists the requests that went through."""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.support.inkbox_command import command_env, interrupt, spawn


@pytest.fixture
def local_app() -> Iterator[str]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = f"local app saw {self.path}".encode()
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_tunnel_serves_the_local_app_and_the_inspector_logs_it(
    inkbox_tunnel_edge: Any, local_app: str, tmp_path: Path
) -> None:
    edge = inkbox_tunnel_edge
    env = command_env(
        tmp_path,
        INKBOX_API_KEY=edge.admin_key,
        INKBOX_BASE_URL=edge.url,
        SSL_CERT_FILE=edge.ca_file,
    )
    args = ["tunnel", "demo", "--forward", local_app, "--state-dir", str(tmp_path / "state")]
    process = spawn(*args, "--zone", edge.tunnel_zone, "--json", env=env)
    try:
        assert process.stdout is not None
        events = [json.loads(process.stdout.readline())]
        while "public_url" not in events[-1]:  # status lines may come first
            events.append(json.loads(process.stdout.readline()))
        assert events[-1]["public_url"] == "https://demo.localhost"
        edge.wait_tunnel("demo")
        public = f"http://127.0.0.1:{edge.tunnel_edge.public_port}"
        with httpx.Client(base_url=public, headers={"Host": "demo.localhost"}) as http:
            answer = http.get("/hello?x=1")
        assert (answer.status_code, answer.text) == (200, "local app saw /hello?x=1")
    finally:
        code, err = interrupt(process)
    assert code == 0, err
    assert "Traceback" not in err

    with httpx.Client(base_url=edge.url, headers={"Origin": edge.url}) as ui:
        ui.post("/_emulator/ui/login", data={"admin_key": edge.admin_key})
        page = ui.get("/_emulator/ui/tunnels").text
    log = page.split('id="tunnel-requests"')[1]
    assert re.search(
        r"<td>demo</td><td>webhook</td><td>GET</td><td>/hello\?x=1</td>\s*<td>200", log
    )
