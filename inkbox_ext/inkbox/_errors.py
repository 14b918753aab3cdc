"""The error tree, and the one place where an HTTP error response becomes an exception.

```
InkboxError                                   (every error of the SDK)
├── InkboxAPIError                            the server answered with a status >= 400
│   ├── BadRequestError                       400
│   ├── AuthenticationError                   401
│   ├── PermissionDeniedError                 403
│   │   ├── RecipientBlockedError             403 detail.error == "recipient_blocked"
│   │   ├── RecipientNotOptedInError          403 detail.error == "recipient_not_opted_in"
│   │   └── RecipientOptedOutError            403 detail.error == "recipient_opted_out"
│   ├── NotFoundError                         404
│   ├── ConflictError                         409
│   │   ├── CommunicationPolicyRevisionConflictError
│   │   │                                     409 detail.error == "communication_policy_revision_conflict"
│   │   ├── DraftGenerationConflictError      409 detail.error == "draft_generation_conflict"
│   │   ├── DuplicateContactRuleError         409 detail has "existing_rule_id"
│   │   ├── RedundantContactAccessGrantError  409 detail.error == "redundant_grant"
│   │   └── SenderSmsPendingError             409 detail.error == "sender_sms_pending"
│   ├── UnprocessableEntityError              422
│   ├── RateLimitError                        429
│   ├── InternalServerError                   >= 500
│   └── InkboxResponseValidationError         an answer the spec does not describe: a body that
│                                             is not JSON/UTF-8, too deep, of another shape, a
│                                             non-standard status (218, 299), a redirect, too big
├── InkboxConnectionError                     no response: refused, reset, DNS, TLS
│   └── InkboxTimeoutError                    no response in time
└── MailImportUploadError                     the presigned archive upload was refused
```

Local mistakes (a bad argument) raise the builtin they resemble (`ValueError`, `TypeError`,
`KeyError`) before any request is sent.
"""

from __future__ import annotations

import json
import uuid
from typing import Any

from ._exceptions_base import InkboxError

__all__ = [
    "AuthenticationError",
    "BadRequestError",
    "CommunicationPolicyRevisionConflictError",
    "ConflictError",
    "DraftGenerationConflictError",
    "DuplicateContactRuleError",
    "InkboxAPIError",
    "InkboxConnectionError",
    "InkboxError",
    "InkboxResponseValidationError",
    "InkboxTimeoutError",
    "InternalServerError",
    "MailImportUploadError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RecipientBlockedError",
    "RecipientNotOptedInError",
    "RecipientOptedOutError",
    "RedundantContactAccessGrantError",
    "SenderSmsPendingError",
    "UnprocessableEntityError",
    "api_error_from_response",
    "response_validation_error",
    "scrub",
]

_MAX_DETAIL_IN_MESSAGE = 500
# How much of an undescribed body an `InkboxResponseValidationError` keeps.
_BODY_CLIP = 500


class InkboxAPIError(InkboxError):
    """The server answered with an error status.

    Attributes:
        status_code: The HTTP status (any integer, including non-standard ones such as 520).
        detail: The server's `detail`, as sent: a `str`, a `dict` for structured errors, a `list`
            for validation errors; the raw text when the body was not a JSON error envelope.
        request_id: The server's `x-request-id`, to quote when asking for support.
        body: The parsed JSON body, or the raw text when the body was not JSON.
        agent_support: Guidance for AI agents the server may attach.
        retry_after: Seconds the server asked us to wait (`Retry-After`), when it said so.
        method: The HTTP method of the call that failed (`"POST"`), when known.
        url: The URL it was sent to, with the host and without the query string, when known.
        attempts: How many times it was sent (1 when it was not retried), when known.
    """

    def __init__(
        self,
        status_code: int,
        detail: Any,
        *,
        request_id: str | None = None,
        body: Any = None,
        agent_support: str | None = None,
        retry_after: float | None = None,
        method: str | None = None,
        url: str | None = None,
        attempts: int | None = None,
    ) -> None:
        self.status_code = status_code
        self.detail = detail
        self.request_id = request_id
        self.body = body
        self.agent_support = agent_support
        self.retry_after = retry_after
        self.method = method
        self.url = url
        self.attempts = attempts
        super().__init__(self._message())

    def _message(self) -> str:
        text = _summarize(self.detail)
        suffix = f" (request id {self.request_id})" if self.request_id else ""
        if self.method is None or self.url is None:
            return f"HTTP {self.status_code}: {text}{suffix}"
        # Which call failed, first: with several clients or base URLs in play, a bare status
        # says nothing about where to look.
        return (
            f"{self.method} {self.url} failed with {self.status_code}"
            f"{_after(self.attempts)}: {text}{suffix}{_hint(self.status_code, self.url)}"
        )

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(status_code={self.status_code}, "
            f"detail={_summarize(self.detail)!r}, request_id={self.request_id!r})"
        )

    def __reduce__(self) -> tuple[Any, ...]:
        # Keep errors picklable (multiprocessing, pytest-xdist) despite keyword-only fields.
        state = dict(self.__dict__)
        return (_rebuild, (type(self), state))


def _rebuild(cls: type[InkboxAPIError], state: dict[str, Any]) -> InkboxAPIError:
    error = cls.__new__(cls)
    error.__dict__.update(state)
    Exception.__init__(error, error._message())
    return error


class BadRequestError(InkboxAPIError):
    """400: the request is malformed."""


class AuthenticationError(InkboxAPIError):
    """401: the API key is missing, wrong or revoked."""


class PermissionDeniedError(InkboxAPIError):
    """403: the key may not do this (for example an agent-scoped key on an admin-only call)."""


class NotFoundError(InkboxAPIError):
    """404: the resource does not exist or this key cannot see it."""


class ConflictError(InkboxAPIError):
    """409: the request conflicts with the current state."""


class UnprocessableEntityError(InkboxAPIError):
    """422: the server rejected the input; `detail` says which field."""


class RateLimitError(InkboxAPIError):
    """429: too many requests; `retry_after` says when to come back."""


class InternalServerError(InkboxAPIError):
    """5xx: the server failed."""


class DuplicateContactRuleError(ConflictError):
    """409: a contact rule with the same `(match_type, match_target)` already exists.

    Attributes:
        existing_rule_id: The id of the rule that already matches.
    """

    @property
    def existing_rule_id(self) -> uuid.UUID | None:
        """The id of the rule that already has this match type and target."""
        value = _detail_field(self.detail, "existing_rule_id")
        try:
            return uuid.UUID(value) if value is not None else None
        except ValueError:
            return None


class RedundantContactAccessGrantError(ConflictError):
    """409: the grant adds nothing (for example a per-identity grant on top of a wildcard).

    Attributes:
        error: The machine-readable code (`"redundant_grant"`).
        detail_message: The server's explanation.
    """

    @property
    def error(self) -> str | None:
        """The machine-readable code (`"redundant_grant"`)."""
        return _detail_field(self.detail, "error")

    @property
    def detail_message(self) -> str | None:
        """The server's explanation, in words."""
        return _detail_field(self.detail, "detail") or _detail_field(self.detail, "message")


class _CodedError(InkboxAPIError):
    """A structured error identified by `detail["error"]`."""

    @property
    def error(self) -> str | None:
        """The machine-readable error code the server sent (e.g. `"recipient_opted_out"`)."""
        return _detail_field(self.detail, "error")

    @property
    def message(self) -> str | None:
        """The server's explanation, in words."""
        return _detail_field(self.detail, "message") or _detail_field(self.detail, "detail")


class SenderSmsPendingError(_CodedError, ConflictError):
    """409 `sender_sms_pending`: the sending number is not yet cleared for SMS."""


class DraftGenerationConflictError(_CodedError, ConflictError):
    """409 `draft_generation_conflict`: the draft changed since the `generation` you passed, and
    nothing was done. Re-read it (`drafts.get`) and apply your change to what it now says, or
    retry with `current_generation` to overwrite.

    Attributes:
        current_generation: The draft's generation now (None if the server did not say).
    """

    @property
    def current_generation(self) -> int | None:
        """The generation the draft is at now (retry your change against it)."""
        return _detail_int(self.detail, "current_generation")


class CommunicationPolicyRevisionConflictError(_CodedError, ConflictError):
    """409 `communication_policy_revision_conflict`: the contact's communication policy changed
    since the `expected_revision` you passed (or an address is no longer at the decision you
    expected), and nothing was done. Re-read it (`contacts.communication_policy.get`) and apply
    your change to what it now says.

    Attributes:
        current_revision: The policy's revision now (None if the server did not say).
    """

    @property
    def current_revision(self) -> int | None:
        """The policy's revision now (None if the server did not say)."""
        return _detail_int(self.detail, "current_revision")


class RecipientNotOptedInError(_CodedError, PermissionDeniedError):
    """403 `recipient_not_opted_in`: the recipient has not texted START to a number of the org."""


class RecipientOptedOutError(_CodedError, PermissionDeniedError):
    """403 `recipient_opted_out`: the recipient texted STOP."""


class RecipientBlockedError(_CodedError, PermissionDeniedError):
    """403 `recipient_blocked`: a contact rule blocks this recipient."""

    @property
    def matched_rule_id(self) -> str | None:
        """The id of the contact rule that blocked the recipient."""
        return _detail_field(self.detail, "matched_rule_id")

    @property
    def address(self) -> str | None:
        """The recipient address (or number) the rule blocked."""
        return _detail_field(self.detail, "address")

    @property
    def reason(self) -> str | None:
        """Why the recipient was blocked, as the server words it."""
        return _detail_field(self.detail, "reason")


class InkboxResponseValidationError(InkboxAPIError):
    """The server answered something the spec does not describe.

    A success whose body is not JSON or not UTF-8, is nested too deeply, lacks a required field
    or has a value of the wrong type; a status outside the IANA list (218, 299, 399); a redirect
    (the SDK never follows one, so the API key never travels to another origin); a body larger
    than the SDK accepts. `detail` says which; `body` holds a clip of what was received.
    """


class InkboxConnectionError(InkboxError):
    """No response: the connection was refused, reset or could not be made.

    Attributes:
        method: The HTTP method of the call that failed, when known.
        url: The URL it was sent to (with the host, without the query string), when known.
        attempts: How many times it was sent, when known.
    """

    def __init__(
        self,
        message: str,
        *,
        method: str | None = None,
        url: str | None = None,
        attempts: int | None = None,
    ) -> None:
        self.method = method
        self.url = url
        self.attempts = attempts
        super().__init__(message)

    def __reduce__(self) -> tuple[Any, ...]:
        return (
            _rebuild_connection_error,
            (type(self), str(self), self.method, self.url, self.attempts),
        )


def _rebuild_connection_error(
    cls: type[InkboxConnectionError],
    message: str,
    method: str | None,
    url: str | None,
    attempts: int | None,
) -> InkboxConnectionError:
    return cls(message, method=method, url=url, attempts=attempts)


class InkboxTimeoutError(InkboxConnectionError):
    """No response within the timeout."""


class MailImportUploadError(InkboxError):
    """The storage endpoint of a mail import refused the archive, or could not be reached.

    Attributes:
        status_code: The storage's HTTP status; None when no answer came.
        detail: What it said (or the transport error).
    """

    def __init__(self, status_code: int | None, detail: str) -> None:
        self.status_code = status_code
        self.detail = detail
        where = f"HTTP {status_code}" if status_code is not None else "no response"
        super().__init__(f"Mail import upload failed ({where}): {detail[:_MAX_DETAIL_IN_MESSAGE]}")

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.status_code, self.detail))


_BY_STATUS: dict[int, type[InkboxAPIError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}

# (status, detail["error"]) -> class, for the structured errors the guide names.
_BY_CODE: dict[tuple[int, str], type[InkboxAPIError]] = {
    (409, "redundant_grant"): RedundantContactAccessGrantError,
    (409, "sender_sms_pending"): SenderSmsPendingError,
    (409, "draft_generation_conflict"): DraftGenerationConflictError,
    (409, "communication_policy_revision_conflict"): CommunicationPolicyRevisionConflictError,
    (403, "recipient_not_opted_in"): RecipientNotOptedInError,
    (403, "recipient_opted_out"): RecipientOptedOutError,
    (403, "recipient_blocked"): RecipientBlockedError,
}


def error_class_for(status_code: int, detail: Any) -> type[InkboxAPIError]:
    """Pick the most specific class for a status and the server's `detail`."""
    if isinstance(detail, dict):
        if status_code == 409 and "existing_rule_id" in detail:
            return DuplicateContactRuleError
        code = detail.get("error")
        if isinstance(code, str) and (status_code, code) in _BY_CODE:
            return _BY_CODE[(status_code, code)]
    if status_code >= 500:
        return InternalServerError
    return _BY_STATUS.get(status_code, InkboxAPIError)


def api_error_from_response(
    status_code: int,
    content: bytes,
    *,
    request_id: str | None,
    retry_after: float | None,
    secrets: tuple[str, ...] = (),
    method: str | None = None,
    url: str | None = None,
    attempts: int | None = None,
) -> InkboxAPIError:
    """Build the typed error for an error response; never fails, whatever the body holds.

    `secrets` are strings (the API key) that must not appear in the error, even if a proxy or
    the server echoes them back.
    """
    text = scrub(content.decode("utf-8", errors="replace"), secrets)
    body: Any = text
    detail: Any = text
    agent_support: str | None = None
    try:
        # Scrubbed again once decoded: an escape (`\u0041`) hides a key from the text scrub.
        body = scrub(json.loads(text), secrets) if text.strip() else None
    except (ValueError, RecursionError):
        body = text
    if isinstance(body, dict) and "detail" in body:
        detail = body["detail"]
        support = body.get("agent_support")
        agent_support = support if isinstance(support, str) and support else None
    elif not text.strip():
        detail = f"empty response body (HTTP {status_code})"
    cls = error_class_for(status_code, detail)
    return cls(
        status_code,
        detail,
        request_id=request_id,
        body=body,
        agent_support=agent_support,
        retry_after=retry_after,
        method=method,
        url=url,
        attempts=attempts,
    )


def _after(attempts: int | None) -> str:
    if attempts is None:
        return ""
    return f" after {attempts} attempt{'s' if attempts != 1 else ''}"


# The generated paths start with /api/v1, so a base URL that ends with it doubles the prefix.
_DOUBLED_PREFIX = "/api/v1/api/v1"


def _hint(status_code: int, url: str) -> str:
    if status_code == 404 and _DOUBLED_PREFIX in url:
        return (
            "; the URL has /api/v1 twice: the base URL should not include /api/v1 "
            "(use base_url='https://inkbox.ai', or the emulator's root URL)"
        )
    return ""


def response_validation_error(
    status_code: int,
    content: bytes,
    reason: str,
    *,
    request_id: str | None,
    secrets: tuple[str, ...] = (),
) -> InkboxResponseValidationError:
    """The error for an answer the spec does not describe: the status, the request id, what is
    wrong with it, and a clip of the body (scrubbed of `secrets`)."""
    clip = scrub(content[: _BODY_CLIP * 4].decode("utf-8", errors="replace"), secrets)
    clip = clip[:_BODY_CLIP] + ("…" if len(content) > _BODY_CLIP else "")
    return InkboxResponseValidationError(
        status_code,
        f"unexpected response from the server: {scrub(reason, secrets)}",
        request_id=request_id,
        body=clip,
    )


def scrub(value: Any, secrets: tuple[str, ...]) -> Any:
    """`value` (text, or decoded JSON) with every occurrence of each secret replaced by `***`,
    including its JSON-escaped spellings."""
    if isinstance(value, str):
        for secret in secrets:
            if secret:
                escaped = json.dumps(secret)[1:-1]
                for form in {secret, escaped, escaped.replace("/", "\\/")}:
                    value = value.replace(form, "***")
        return value
    if isinstance(value, dict):
        return {scrub(k, secrets): scrub(v, secrets) for k, v in value.items()}
    if isinstance(value, list):
        return [scrub(item, secrets) for item in value]
    return value


def _detail_field(detail: Any, key: str) -> str | None:
    value = detail.get(key) if isinstance(detail, dict) else None
    return value if isinstance(value, str) else None


def _detail_int(detail: Any, key: str) -> int | None:
    value = detail.get(key) if isinstance(detail, dict) else None
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _summarize(detail: Any) -> str:
    if isinstance(detail, str):
        text = detail
    elif isinstance(detail, dict):
        message = detail.get("message") or detail.get("detail")
        code = detail.get("error") or detail.get("code")
        if isinstance(message, str) and isinstance(code, str):
            text = f"{code}: {message}"
        elif isinstance(message, str):
            text = message
        else:
            text = json.dumps(detail, sort_keys=True, default=str)
    else:
        text = json.dumps(detail, default=str)
    text = " ".join(text.split())
    if len(text) > _MAX_DETAIL_IN_MESSAGE:
        text = text[:_MAX_DETAIL_IN_MESSAGE] + "…"
    return text or "(no detail)"


# Tracebacks name the errors as users import them (`inkbox.NotFoundError`), as httpx does; they
# are raised from deep inside a call, often before the user's code ever touched `inkbox.<Error>`.
for _error in [v for v in list(globals().values()) if isinstance(v, type)]:
    if issubclass(_error, InkboxError):
        _error.__module__ = "inkbox"
