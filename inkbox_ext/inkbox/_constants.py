"""Defaults and header names shared by the client, the transport and the retry policy."""

from __future__ import annotations

DEFAULT_BASE_URL = "https://inkbox.ai"
DEFAULT_TIMEOUT = 30.0
# A connect that takes this long is not going to succeed; fail fast and let retries decide.
DEFAULT_CONNECT_TIMEOUT = 5.0
DEFAULT_MAX_RETRIES = 2

# Backoff: min(INITIAL * 2**n, MAX) seconds, minus up to JITTER of it.
INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
RETRY_JITTER = 0.25
# A server asking us to wait longer than this gets its error surfaced instead.
DEFAULT_MAX_RETRY_AFTER = 60.0

API_KEY_HEADER = "X-API-Key"
IDEMPOTENCY_HEADER = "Idempotency-Key"
REQUEST_ID_HEADER = "x-request-id"
# The request extension in which each generated operation names itself (its operationId).
OPERATION_EXTENSION = "inkbox_operation"
# The largest (decoded) response body read into memory; API answers are small JSON.
MAX_RESPONSE_BYTES = 32 * 1024 * 1024

ENV_API_KEY = "INKBOX_API_KEY"
ENV_BASE_URL = "INKBOX_BASE_URL"
ENV_VAULT_KEY = "INKBOX_VAULT_KEY"
ENV_LOG = "INKBOX_LOG"

# Plain http is allowed only to these hosts (a local emulator, a dev server).
LOOPBACK_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})
