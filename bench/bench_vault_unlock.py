"""A full `vault.unlock` with 1,000 secrets against the emulator, next to its floor.

floor   = what any client must do, with no SDK: the three GETs (`/vault/info`, `/vault/unlock`,
          `/vault/keys`) on a warm raw `httpx.Client` with `json.loads`, one Argon2id derivation,
          the org key unwrap, then AES-256-GCM + `json.loads` of each secret (one cipher object)
unlock  = `Inkbox.vault.unlock(vault_key)` on a warm client: the same requests through the
          generated client and our transport, typed models, typed payloads, the cache
official= inkbox==0.7.20 (its own venv, `.cache/venvs/`), same call, same server, if available

The emulator runs in its own process (`python -m inkbox_emulator --port 0`), or pass `--url`
and `--api-key` for a running one. The vault is filled by our SDK before timing. Floor and
unlock and the official client's unlock are interleaved round by round and the best of\n`--repeat` rounds is kept, so drift hits all three.

Run: `.venv/bin/python bench/bench_vault_unlock.py [--secrets N] [--repeat R]`.
Target: unlock <= 1.05x floor and <= the official's.
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
for path in (ROOT / "inkbox_ext", ROOT / "generated", ROOT / "emulator", ROOT, HERE):
    sys.path.insert(0, str(path))

import httpx  # noqa: E402
from _rows import emit  # noqa: E402
from bench_vault import VAULT_KEY, realistic_payload  # noqa: E402
from cryptography.hazmat.primitives.ciphers.aead import AESGCM  # noqa: E402

from inkbox import Inkbox  # noqa: E402
from inkbox.vault import crypto  # noqa: E402
from tests.interop.official import official_python  # noqa: E402

# The official client's side: a worker that unlocks once per line it reads, so that its rounds
# interleave with ours and the floor's (the load on the machine then hits all three alike).
OFFICIAL = """
import json, sys, time
from inkbox import Inkbox
args = json.loads(sys.stdin.readline())
with Inkbox(api_key=args["api_key"], base_url=args["url"]) as ib:
    ib.vault.info()  # warm the connection
    for _ in sys.stdin:
        t = time.perf_counter()
        unlocked = ib.vault.unlock(args["vault_key"])
        elapsed = time.perf_counter() - t
        assert len(unlocked.secrets) == args["secrets"]
        print(elapsed, flush=True)
"""


@contextmanager
def emulator(url: str | None, api_key: str | None) -> Iterator[tuple[str, str]]:
    """A fresh emulator process (or the one given), as (base URL, admin key)."""
    if url and api_key:
        yield url, api_key
        return
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    proc = subprocess.Popen(
        [sys.executable, "-m", "inkbox_emulator", "--port", "0"],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert proc.stdout is not None
        lines = [proc.stdout.readline() for _ in range(2)]
        base = lines[0].split(" on ", 1)[1].strip()
        key = lines[1].split(":", 1)[1].strip()
        yield base, key
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def fill(url: str, api_key: str, n: int) -> None:
    with Inkbox(api_key, base_url=url) as inkbox:
        if inkbox.vault.info() is None:
            inkbox.vault.initialize(VAULT_KEY)
        unlocked = inkbox.vault.unlock(VAULT_KEY)
        for i in range(len(unlocked.secrets), n):
            unlocked.create_secret(f"Secret {i}", realistic_payload(i))


def best_of(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def start_official(url: str, api_key: str, n: int) -> subprocess.Popen[str] | None:
    """The official client's worker (its own venv, neither our sources nor ~/.inkbox), or None."""
    python = official_python("0.7.20")
    if python is None:
        return None
    proc = subprocess.Popen(
        [str(python), "-c", OFFICIAL],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={"PATH": os.environ.get("PATH", ""), "HOME": "/nonexistent"},
        cwd="/",
    )
    assert proc.stdin is not None
    args = {"url": url, "api_key": api_key, "vault_key": VAULT_KEY, "secrets": n}
    proc.stdin.write(json.dumps(args) + "\n")
    proc.stdin.flush()
    return proc


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--secrets", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("--url")
    parser.add_argument("--api-key")
    args = parser.parse_args()
    n = args.secrets

    with emulator(args.url, args.api_key) as (url, api_key):
        fill(url, api_key, n)
        raw = httpx.Client(base_url=url, headers={"X-API-Key": api_key})
        client = Inkbox(api_key, base_url=url)

        def floor() -> None:
            org_id = raw.get("/api/v1/vault/info").json()["organization_id"]
            derived = crypto.derive_key(VAULT_KEY, org_id)
            bundle = raw.get("/api/v1/vault/unlock", params={"auth_hash": derived.auth_hash}).json()
            keys = raw.get("/api/v1/vault/keys").json()
            org_key, _ = crypto.find_org_key(
                derived.master_key, bundle["wrapped_org_encryption_key"], [k["id"] for k in keys]
            )
            aead = AESGCM(org_key)
            for entry in bundle["encrypted_secrets"]:
                blob = base64.b64decode(entry["encrypted_payload"])
                json.loads(
                    aead.decrypt(blob[-28:-16], blob[:-28] + blob[-16:], entry["id"].encode())
                )

        def unlock() -> None:
            assert len(client.vault.unlock(VAULT_KEY).secrets) == n

        official = start_official(url, api_key, n)

        def theirs() -> float:
            assert official is not None and official.stdin and official.stdout
            official.stdin.write("unlock\n")
            official.stdin.flush()
            return float(official.stdout.readline())

        floor()  # warm connections, imports and the server's caches outside the timing
        unlock()
        official_s: float | None = None
        if official is not None:
            theirs()
            official_s = float("inf")
        floor_s = unlock_s = float("inf")
        for r in range(args.repeat):  # interleaved, the order rotating every round
            steps = ["floor", "ours", "official"][r % 3 :] + ["floor", "ours", "official"][: r % 3]
            for step in steps:
                if step == "floor":
                    floor_s = min(floor_s, best_of(floor))
                elif step == "ours":
                    unlock_s = min(unlock_s, best_of(unlock))
                elif official_s is not None:
                    official_s = min(official_s, theirs())
        salt = crypto.derive_salt("org_bench_salt")
        argon_s = min(best_of(lambda: crypto.derive_master_key(VAULT_KEY, salt)) for _ in range(3))
        client.close()
        raw.close()
        if official is not None:
            assert official.stdin is not None
            official.stdin.close()
            official.wait(timeout=30)

    print(f"vault.unlock with {n} secrets against the emulator, best of {args.repeat} runs")
    print(f"  Argon2id derivation alone            {argon_s * 1e3:8.1f} ms")
    print(f"  floor  (raw GETs + derive + decrypt) {floor_s * 1e3:8.1f} ms")
    print(f"  unlock (inkbox.Inkbox)               {unlock_s * 1e3:8.1f} ms")
    print(f"  ratio unlock / floor                 {unlock_s / floor_s:8.3f}x   (target <= 1.05x)")
    if official_s is None:
        print("  official inkbox==0.7.20              (venv unavailable)")
    else:
        print(
            f"  official inkbox==0.7.20              {official_s * 1e3:8.1f} ms "
            f"({official_s / floor_s:.2f}x the floor)"
        )
    emit(
        f"vault.unlock of {n} secrets over loopback, ms (floor: raw GETs + derive + decrypt)",
        "ms",
        unlock_s * 1e3,
        floor_s * 1e3,
        official_s * 1e3 if official_s is not None else None,
        target="<= 1.05x floor and <= official",
        ok=unlock_s <= 1.05 * floor_s and (official_s is None or unlock_s <= official_s),
    )


if __name__ == "__main__":
    main()
