# ruff: noqa: B018  (reading a field of each answer, as a caller would, is part of the measured call)
"""One client under measurement, as a long-lived process: `python call_worker.py raw|ours|official`.

`bench_calls.py` starts one worker per client (the official SDK's under its own venv, since it is
also imported as `inkbox`) and interleaves rounds across them: it writes a JSON command per line
on stdin (`{"case": ..., "n": ...}`) and reads one JSON answer per line. Every case runs the same
calls on every client:

    small / medium / large   whoami, get_identity, one page of 100 messages (iterated), sync,
                             on httpx.MockTransport in the client's innermost transport slot
    asmall / amedium / alarge  the same through the async client (ours and raw httpx only)
    iterate                  `n` pages of 100 messages, iterated message by message
    iterate_pages            the same, ours only, with a hand-written cursor loop over the
                             generated operation (the typed pages without the pager)
    peak                     tracemalloc peak (bytes) while iterating `n` pages
    loop                     get_identity over loopback against the canned server at `url`
    inflight                 `n` get_identity over loopback, 50 in flight (async)
    first                    construct a client (`"construct"` seconds) and make its first call

The answer is seconds per call (per message for iterate), or bytes for peak. In-process cases
are timed in CPU seconds of this thread (`time.thread_time`): on a machine shared with other
work, time spent descheduled is not the client's. Loopback cases are timed on the wall clock
(the server's process and the socket are part of them).
"""

from __future__ import annotations

import asyncio
import gc
import json
import sys
import time
import tracemalloc
from typing import Any

import canned
import httpx

KIND = sys.argv[1]
KEY = "ApiKey_bench"
BASE = "http://localhost"
IN_FLIGHT = 50
CPU = time.thread_time


def swap_pool(client: Any, transport: httpx.BaseTransport | httpx.AsyncBaseTransport) -> None:
    """Put `transport` where the client's connection pool sits, so that everything above the pool
    (headers, retries, parsing, models) runs as in production and only the socket drops out."""
    if KIND == "official":
        # 0.7.20 builds one httpx.Client per API area, each on httpx.HTTPTransport.
        for value in vars(client).values():
            inner = getattr(value, "_client", None)
            if isinstance(inner, httpx.Client):
                inner._transport = transport
        return
    client._http._transport._pool = transport


def sync_client(pages: int = 1) -> Any:
    if KIND == "raw":
        return httpx.Client(
            base_url=BASE, headers={"X-API-Key": KEY}, transport=canned.handler(pages)
        )
    from inkbox import Inkbox

    client = (
        Inkbox(api_key=KEY, base_url=BASE) if KIND == "official" else Inkbox(KEY, base_url=BASE)
    )
    swap_pool(client, canned.handler(pages))
    return client


def sync_case(client: Any, case: str) -> None:
    if KIND == "raw":
        if case == "small":
            client.get("/api/whoami").json()["organization_id"]
        elif case == "medium":
            client.get(f"/api/v1/identities/{canned.HANDLE}").json()["email_address"]
        else:
            page = client.get(canned.MESSAGES_PATH, params={"limit": canned.PAGE_SIZE}).json()
            for item in page["items"]:
                item["id"]
        return
    if case == "small":
        client.whoami().organization_id
    elif case == "medium":
        client.get_identity(canned.HANDLE).email_address
    else:
        for msg in client.messages.list(canned.EMAIL, page_size=canned.PAGE_SIZE):
            msg.id


def iterate(client: Any) -> int:
    count = 0
    if KIND == "raw":
        cursor = None
        while True:
            params: dict[str, Any] = {"limit": canned.PAGE_SIZE}
            if cursor is not None:
                params["cursor"] = cursor
            page = client.get(canned.MESSAGES_PATH, params=params).json()
            for item in page["items"]:
                item["id"]
                count += 1
            cursor = page["next_cursor"]
            if not page["has_more"] or not cursor:
                return count
    for msg in client.messages.list(canned.EMAIL, page_size=canned.PAGE_SIZE):
        msg.id
        count += 1
    return count


def iterate_pages(client: Any) -> int:
    """The pager's work done by hand: the generated operation, page by page, typed models."""
    from inkbox_api.api.messages import list_mail_messages

    count = 0
    cursor: Any = None
    while True:
        kwargs = {} if cursor is None else {"cursor": cursor}
        page = list_mail_messages.sync_detailed(
            canned.EMAIL, client=client._api, limit=canned.PAGE_SIZE, **kwargs
        ).parsed
        for msg in page.items:
            msg.id
            count += 1
        cursor = page.next_cursor
        if not page.has_more or not cursor:
            return count


def async_client() -> Any:
    if KIND == "raw":
        return httpx.AsyncClient(
            base_url=BASE, headers={"X-API-Key": KEY}, transport=canned.handler()
        )
    from inkbox import AsyncInkbox

    client = AsyncInkbox(KEY, base_url=BASE)
    swap_pool(client, canned.handler())
    return client


async def async_case(client: Any, case: str) -> None:
    if KIND == "raw":
        if case == "asmall":
            (await client.get("/api/whoami")).json()["organization_id"]
        elif case == "amedium":
            (await client.get(f"/api/v1/identities/{canned.HANDLE}")).json()["email_address"]
        else:
            page = (
                await client.get(canned.MESSAGES_PATH, params={"limit": canned.PAGE_SIZE})
            ).json()
            for item in page["items"]:
                item["id"]
        return
    if case == "asmall":
        (await client.whoami()).organization_id
    elif case == "amedium":
        (await client.get_identity(canned.HANDLE)).email_address
    else:
        async for msg in client.messages.list(canned.EMAIL, page_size=canned.PAGE_SIZE):
            msg.id


def loopback_client(url: str) -> Any:
    if KIND == "raw":
        return httpx.Client(base_url=url, headers={"X-API-Key": KEY})
    from inkbox import Inkbox

    return Inkbox(api_key=KEY, base_url=url) if KIND == "official" else Inkbox(KEY, base_url=url)


async def inflight(url: str, n: int) -> float:
    if KIND == "raw":
        client: Any = httpx.AsyncClient(base_url=url, headers={"X-API-Key": KEY})

        async def one() -> None:
            (await client.get(f"/api/v1/identities/{canned.HANDLE}")).json()["email_address"]
    else:
        from inkbox import AsyncInkbox

        client = AsyncInkbox(KEY, base_url=url)

        async def one() -> None:
            (await client.get_identity(canned.HANDLE)).email_address

    async with client:
        gate = asyncio.Semaphore(IN_FLIGHT)

        async def gated() -> None:
            async with gate:
                await one()

        await asyncio.gather(*(gated() for _ in range(IN_FLIGHT)))  # open the connections
        start = time.perf_counter()
        await asyncio.gather(*(gated() for _ in range(n)))
        return (time.perf_counter() - start) / n


class Worker:
    def __init__(self) -> None:
        self.sync: Any = None
        self.loop_clients: dict[str, Any] = {}
        self.runner = asyncio.Runner()
        self.aclient: Any = None

    def run(self, command: dict[str, Any]) -> dict[str, Any]:
        case, n = command["case"], command["n"]
        gc.collect()
        if case in ("small", "medium", "large"):
            if self.sync is None:
                self.sync = sync_client()
            client = self.sync
            start = CPU()
            for _ in range(n):
                sync_case(client, case)
            return {"value": (CPU() - start) / n}
        if case in ("asmall", "amedium", "alarge"):
            if self.aclient is None:
                self.aclient = async_client()

            async def batch() -> float:
                start = CPU()
                for _ in range(n):
                    await async_case(self.aclient, case)
                return (CPU() - start) / n

            return {"value": self.runner.run(batch())}
        if case in ("iterate", "iterate_pages"):
            client = sync_client(n)
            start = CPU()
            count = iterate(client) if case == "iterate" else iterate_pages(client)
            value = (CPU() - start) / count
            client.close()
            return {"value": value, "count": count}
        if case == "peak":
            client = sync_client(n)
            tracemalloc.start()
            count = iterate(client)
            _, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
            client.close()
            return {"value": peak, "count": count}
        if case == "loop":
            url = command["url"]
            if url not in self.loop_clients:
                self.loop_clients[url] = loopback_client(url)
                sync_case_loop(self.loop_clients[url])
            client = self.loop_clients[url]
            start = time.perf_counter()
            for _ in range(n):
                sync_case_loop(client)
            return {"value": (time.perf_counter() - start) / n}
        if case == "inflight":
            return {"value": asyncio.run(inflight(command["url"], n))}
        raise SystemExit(f"unknown case {case!r}")


def sync_case_loop(client: Any) -> None:
    if KIND == "raw":
        client.get(f"/api/v1/identities/{canned.HANDLE}").json()["email_address"]
    else:
        client.get_identity(canned.HANDLE).email_address


def main() -> None:
    worker = Worker()
    for line in sys.stdin:
        answer = worker.run(json.loads(line))
        sys.stdout.write(json.dumps(answer) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
