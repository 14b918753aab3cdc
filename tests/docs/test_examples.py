"""Every Python block of docs/ and README.md runs against the emulator (see examples.py)."""

from __future__ import annotations

import ast
import asyncio
import contextlib
import inspect
import io
from typing import Any

import pytest

import inkbox
from tests.docs import example_setups
from tests.docs.examples import Block, blocks, pages

# The docs write keys as readers would; the emulator's admin key stands in for them.
_PLACEHOLDER_KEYS = ("ApiKey_", "isk_test_")
RESULTS: dict[str, int] = {"executed": 0, "marked": 0}


def _stand_in(cls: type) -> type:
    class StandIn(cls):  # type: ignore[misc,valid-type]
        def __init__(self, api_key: str | None = None, **kwargs: Any) -> None:
            if isinstance(api_key, str) and api_key.startswith(_PLACEHOLDER_KEYS):
                api_key = None  # INKBOX_API_KEY: the emulator's admin key
            kwargs.setdefault("retry_backoff", 0.001)
            super().__init__(api_key, **kwargs)

    StandIn.__name__ = StandIn.__qualname__ = cls.__name__
    return StandIn


def _run(block: Block, namespace: dict[str, Any]) -> None:
    code = compile(
        block.source, block.where, "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT, dont_inherit=True
    )
    with contextlib.redirect_stdout(io.StringIO()):
        if code.co_flags & inspect.CO_COROUTINE:
            asyncio.run(eval(code, namespace))
        else:
            exec(code, namespace)
        for name, value in list(namespace.items()):
            if (
                name.startswith("test_")
                and inspect.isfunction(value)
                and name not in namespace.get("_ran", set())
            ):
                namespace.setdefault("_ran", set()).add(name)
                params = inspect.signature(value).parameters
                value(**{p: namespace["_fixtures"][p] for p in params})


PAGES = [p for p in pages() if blocks(p)]


@pytest.mark.parametrize(
    "page",
    PAGES,
    ids=[
        p.name if p.parent.name == "docs" or p.name == "README.md" else f"{p.parent.name}/{p.name}"
        for p in PAGES
    ],
)
def test_page_examples_run(page, inkbox_emulator, monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))  # no ~/.inkbox/config of the machine's
    monkeypatch.setenv("INKBOX_API_KEY", inkbox_emulator.admin_key)
    monkeypatch.setenv("INKBOX_BASE_URL", inkbox_emulator.url)
    monkeypatch.delenv("INKBOX_VAULT_KEY", raising=False)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(inkbox, "Inkbox", _stand_in(inkbox.Inkbox))
    monkeypatch.setattr(inkbox, "AsyncInkbox", _stand_in(inkbox.AsyncInkbox))
    client = inkbox.Inkbox()
    namespace: dict[str, Any] = {
        "__name__": "__docs_example__",
        "inkbox": client,
        "_fixtures": {"inkbox_client": client, "inkbox_emulator": inkbox_emulator},
    }
    try:
        for block in blocks(page):
            if block.no_run is not None:
                RESULTS["marked"] += 1
                continue
            for setup in block.setups:
                getattr(example_setups, setup.replace("-", "_"))(namespace, inkbox_emulator)
            try:
                _run(block, namespace)
            except Exception as exc:
                raise AssertionError(f"the example at {block.where} failed: {exc!r}") from exc
            RESULTS["executed"] += 1
    finally:
        client.close()


def test_every_setup_named_exists() -> None:
    for page in pages():
        for block in blocks(page):
            for setup in block.setups:
                assert hasattr(example_setups, setup.replace("-", "_")), f"{block.where}: {setup}"
