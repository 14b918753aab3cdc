"""`ResponseLog`: the latest answer is kept; the one before it no longer lives in a cycle."""

from __future__ import annotations

import gc
import time
import weakref

import httpx

from inkbox._raw_response import ResponseLog


def _answer(client: httpx.Client, log: ResponseLog, body: bytes) -> httpx.Response:
    def handler(request: httpx.Request) -> httpx.Response:
        response = httpx.Response(200, content=body, request=request)
        log.record(response, time.monotonic())
        return response

    client._transport = httpx.MockTransport(handler)
    return client.get("http://api.test/x")


def test_a_replaced_answer_is_freed_without_the_cycle_collector() -> None:
    log = ResponseLog()
    client = httpx.Client()
    first = _answer(client, log, b'{"n": 1}')
    gone = weakref.ref(first)
    second = _answer(client, log, b'{"n": 2}')
    assert first.json() == {"n": 1}  # a caller still holding it reads it as before
    assert list(first.iter_bytes()) == [b'{"n": 1}']
    gc.disable()
    try:
        del first
        assert gone() is None, "the previous answer waited for the cycle collector"
    finally:
        gc.enable()
    assert log.last is not None and log.last.http_response is second
    assert log.count == 2
