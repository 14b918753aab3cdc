"""Test-wide set-up: a clean environment so a developer's INKBOX_* variables never leak in."""

from __future__ import annotations

from collections.abc import Iterator

import pytest


@pytest.fixture(autouse=True)
def clean_environ(
    monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[None]:
    for name in ("INKBOX_API_KEY", "INKBOX_BASE_URL", "INKBOX_VAULT_KEY", "INKBOX_LOG"):
        monkeypatch.delenv(name, raising=False)
    # A home of its own: tunnels.create() keeps connect secrets under ~/.inkbox/tunnels.
    monkeypatch.setenv("HOME", str(tmp_path_factory.mktemp("home")))
    yield


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def _is_whole_suite(config: pytest.Config) -> bool:
    """True for a plain `pytest` run (what `make test` and CI do), not a selection."""
    selected = (
        config.option.keyword or config.option.markexpr or getattr(config.option, "lf", False)
    )
    return not selected and [str(a).rstrip("/") for a in config.args] == ["tests"]


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Contract: over the whole suite, every operation of the spec answered 2xx at least once
    from a strict test emulator (so its success response was validated against the spec)."""
    if exitstatus != 0 or not _is_whole_suite(session.config):
        return
    import json
    from pathlib import Path

    from inkbox_emulator.pytest_plugin import validated_operations

    spec = json.loads(
        (Path(__file__).parents[1] / "emulator/inkbox_emulator/openapi.json").read_text()
    )
    operations = {
        op["operationId"]
        for item in spec["paths"].values()
        for op in item.values()
        if isinstance(op, dict) and "operationId" in op
    }
    missing = sorted(operations - validated_operations())
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    if reporter is not None:
        reporter.write("\n")  # the progress line is still open at session finish
    if missing:
        if reporter is not None:
            reporter.write_line(
                f"operations never exercised with a validated 2xx: {missing}", red=True
            )
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
    elif reporter is not None:
        reporter.write_line(
            f"contract: all {len(operations)} operations exercised with a validated 2xx"
        )
