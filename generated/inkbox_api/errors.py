"""Errors the generated operations raise."""

import re
from collections.abc import Callable
from urllib.parse import quote

import httpx


class UnexpectedStatus(Exception):
    """Raised by api functions when the response status an undocumented status and Client.raise_on_unexpected_status is True"""

    def __init__(self, status_code: int, content: bytes):
        self.status_code = status_code
        self.content = content

        super().__init__(
            f"Unexpected status code: {status_code}\n\nResponse content:\n{content.decode(errors='ignore')}"
        )


class UnexpectedResponse(Exception):
    """A response the spec does not describe: a body that is not JSON or not UTF-8, nested too
    deep, of another shape, or a status outside the IANA list."""

    def __init__(self, response: httpx.Response, reason: str):
        self.status_code = response.status_code
        self.reason = reason
        super().__init__(f"unexpected response (HTTP {response.status_code}): {reason}")


def describe(exc: BaseException) -> str:
    """What went wrong, without the body: a decoder's message may quote the whole document."""
    if isinstance(exc, RecursionError):
        return "the JSON is nested too deeply"
    if isinstance(exc, UnicodeDecodeError):
        return "the body is not UTF-8"
    if type(exc).__name__ == "JSONDecodeError":
        return "the body is not JSON"
    if isinstance(exc, KeyError):
        return (
            f"a required field is missing: {exc.args[0]!r}"[:200]
            if exc.args
            else "a required field is missing"
        )
    return f"the body does not have the documented shape ({type(exc).__name__}: {str(exc)[:200]})"


# Characters a path segment carries as they are (RFC 3986 "unreserved"): a handle or an id is
# usually made of nothing else, and `quote()` would return it unchanged, ten times slower.
_UNRESERVED = re.compile(r"[A-Za-z0-9._~-]+")


def path_segment(value: object, name: str) -> str:
    """`value` as one path segment, percent-encoded, refused (`ValueError`, before any request)
    when it would change which path is asked for: empty, `.` or `..` (the URL is normalised, so
    `mailboxes/..` becomes the parent collection), or holding a `/` (servers decode `%2F`)."""
    text = str(value)
    if text.strip() in ("", ".", "..") or "/" in text or "\\" in text:
        raise ValueError(
            f"{name} must be a single path segment, not {text!r}: empty, '.', '..' and values "
            "with '/' would change the request's path"
        )
    return text if _UNRESERVED.fullmatch(text) else quote(text, safe="")


# The factory of the error raised for such a response: the layer above installs its own (the
# SDK raises an `InkboxAPIError` subclass with the status, request id and a clip of the body).
response_error: Callable[[httpx.Response, str], Exception] = UnexpectedResponse

__all__ = ["UnexpectedResponse", "UnexpectedStatus", "describe", "path_segment", "response_error"]
