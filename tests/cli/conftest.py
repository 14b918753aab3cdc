"""Run the `inkbox` command in-process against the session's strict emulator."""

from __future__ import annotations

import io
import json
import re
from collections.abc import Callable, Iterator
from typing import Any

import attrs
import pytest

from inkbox.cli import main

UUID_RE = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
TIME_RE = re.compile(r"\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d+)?(\+00:00|Z)?")
NUMBER_RE = re.compile(r"\+1\d{10}")


@attrs.frozen
class Result:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        assert self.code == 0, self.err
        return json.loads(self.out)

    def lines(self) -> list[Any]:
        assert self.code == 0, self.err
        return [json.loads(line) for line in self.out.splitlines() if line.strip()]

    def layout(self) -> str:
        """Human output with ids, times and numbers masked (what a snapshot compares)."""
        text = UUID_RE.sub("<id>", self.out)
        text = TIME_RE.sub("<time>", text)
        text = NUMBER_RE.sub("<number>", text)
        return "\n".join(line.rstrip() for line in text.splitlines())


Run = Callable[..., Result]


@pytest.fixture
def run(
    inkbox_emulator: Any,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Any,
) -> Iterator[Run]:
    """`run("mail", "list", "--json", stdin="…")` -> Result(code, out, err)."""
    monkeypatch.setenv("INKBOX_API_KEY", inkbox_emulator.admin_key)
    monkeypatch.setenv("INKBOX_BASE_URL", inkbox_emulator.url)
    monkeypatch.setenv("HOME", str(tmp_path))  # ~/.inkbox/config is this test's own
    monkeypatch.delenv("INKBOX_IDENTITY", raising=False)

    def invoke(*argv: str, stdin: str = "") -> Result:
        capsys.readouterr()
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        code = main(list(argv))
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    yield invoke
