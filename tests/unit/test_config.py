"""Client construction: keys, URLs and timeouts are checked before any connection."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from inkbox import AsyncInkbox, Inkbox


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty home directory, and no INKBOX_* variable."""
    monkeypatch.setenv("HOME", str(tmp_path))
    for name in ("INKBOX_API_KEY", "INKBOX_BASE_URL"):
        monkeypatch.delenv(name, raising=False)
    return tmp_path


def write_config(home: Path, text: str) -> None:
    (home / ".inkbox").mkdir()
    (home / ".inkbox" / "config").write_text(text)


def test_missing_key_says_how_to_pass_one(home: Path) -> None:
    with pytest.raises(ValueError, match="INKBOX_API_KEY") as info:
        Inkbox()
    assert "~/.inkbox/config" in str(info.value)


def test_config_file_is_the_last_source(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """0.7.20's format: `key = value`, comments, blank lines, quotes stripped."""
    write_config(
        home,
        "# written by the CLI\n\napi_key = 'ApiKey_file'\nbase_url=\"http://127.0.0.1:7/\"\n"
        "not a setting\n",
    )
    with Inkbox() as ib:
        assert (ib._http.headers["X-API-Key"], ib.base_url) == ("ApiKey_file", "http://127.0.0.1:7")
    monkeypatch.setenv("INKBOX_API_KEY", "ApiKey_env")
    monkeypatch.setenv("INKBOX_BASE_URL", "")  # empty counts as unset
    with Inkbox() as ib:
        assert (ib._http.headers["X-API-Key"], ib.base_url) == ("ApiKey_env", "http://127.0.0.1:7")
    with Inkbox("ApiKey_arg", base_url="http://localhost:1") as ib:
        assert (ib._http.headers["X-API-Key"], ib.base_url) == ("ApiKey_arg", "http://localhost:1")


def test_config_file_values_are_validated_like_arguments(home: Path) -> None:
    write_config(home, "api_key = ApiKey_file\nbase_url = http://example.com\n")
    with pytest.raises(ValueError, match="https"):
        Inkbox()


def test_unreadable_config_file_is_ignored(home: Path) -> None:
    (home / ".inkbox").mkdir()
    (home / ".inkbox" / "config").write_bytes(b"api_key = \xff\xfe")
    with pytest.raises(ValueError, match="No Inkbox API key"):
        Inkbox()


@pytest.mark.parametrize(
    "key", ["ApiKey_SECRET\x00x", "ApiKey_SECRET\x0bx", "ApiKey_SECRETé", " ApiKey_SECRET"]
)
def test_unsendable_key_is_refused_without_echoing_it(key: str) -> None:
    """A key no HTTP header can carry fails at construction, and the message hides it."""
    with pytest.raises(ValueError, match="API key contains") as info:
        Inkbox(key, base_url="http://127.0.0.1:9")
    assert "SECRET" not in str(info.value) and "SECRET" not in repr(info.value)


def test_key_and_base_url_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INKBOX_API_KEY", "ApiKey_env")
    monkeypatch.setenv("INKBOX_BASE_URL", "http://127.0.0.1:9/")
    with Inkbox() as ib:
        assert ib.base_url == "http://127.0.0.1:9"
        assert ib._http.headers["X-API-Key"] == "ApiKey_env"


@pytest.mark.parametrize(
    "url", ["http://example.com", "http://10.0.0.1:8080", "ftp://inkbox.ai", "inkbox.ai"]
)
def test_non_https_base_url_is_refused(url: str) -> None:
    with pytest.raises(ValueError, match="base_url"):
        Inkbox("k", base_url=url)


@pytest.mark.parametrize(
    "url", ["http://localhost:8765", "http://127.0.0.1", "http://[::1]:1", "https://inkbox.ai"]
)
def test_loopback_http_and_https_are_accepted(url: str) -> None:
    with Inkbox("k", base_url=url) as client:
        assert client.base_url == url


@pytest.mark.parametrize("timeout", [0, -1, None, True, httpx.Timeout(None)])
def test_infinite_or_invalid_timeouts_are_refused(timeout: object) -> None:
    with pytest.raises(ValueError, match="timeout"):
        Inkbox("k", base_url="http://localhost", timeout=timeout)  # type: ignore[arg-type]


def test_default_timeout_is_finite_with_a_short_connect() -> None:
    with Inkbox("k", base_url="http://localhost") as ib:
        assert ib.timeout.read == 30.0 and ib.timeout.connect == 5.0


def test_repr_hides_the_key() -> None:
    ib = AsyncInkbox("ApiKey_secret_value", base_url="http://localhost")
    assert "secret_value" not in repr(ib) and "secret_value" not in repr(ib._config)
    assert "secret_value" not in repr(ib._api)


def test_with_options_validates_too() -> None:
    with (
        Inkbox("k", base_url="http://localhost") as ib,
        pytest.raises(ValueError, match="max_retries"),
    ):
        ib.with_options(max_retries=-1)


@pytest.mark.parametrize(
    "timeout",
    [float("inf"), float("nan"), httpx.Timeout(float("inf")), httpx.Timeout(float("nan"))],
)
def test_non_finite_timeouts_are_refused(timeout: object) -> None:
    """inf waits forever; nan slips through `<= 0` checks. Both fail at construction."""
    with pytest.raises(ValueError, match="finite"):
        Inkbox("k", base_url="http://localhost", timeout=timeout)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "prefix", ["bot/1\r\nX-Evil: 1", "bot/1\n", "bót/1", " bot/1", "bot\x00/1"]
)
def test_a_user_agent_prefix_that_would_break_the_header_is_refused(prefix: str) -> None:
    with pytest.raises(ValueError, match="user_agent_prefix"):
        Inkbox("k", base_url="http://localhost", user_agent_prefix=prefix)


def test_a_password_in_the_base_url_is_masked() -> None:
    """`https://user:pw@host` is accepted (a proxy may want it) but never shown."""
    with Inkbox("k", base_url="https://bob:hunter2@inkbox.example") as ib:
        assert "hunter2" not in repr(ib) and "hunter2" not in repr(ib._config)
    with pytest.raises(ValueError) as info:
        Inkbox("k", base_url="http://bob:hunter2@example.com")
    assert "hunter2" not in str(info.value)
