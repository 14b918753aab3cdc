"""Human output, snapshot-tested for layout (ids, times and numbers masked)."""

from __future__ import annotations

import re
from typing import Any

from .conftest import Run

IDENTITIES = """\
Identities

 handle   name      email                  phone      created
 ─────────────────────────────────────────────────────────────────────
 support  Support   support@inkboxmail.com <number>   <time>
"""

MAIL = """\
Mail of support@inkboxmail.com

 id     when     dir        from                     to                       subject    read
 ──────────────────────────────────────────────────────────────────────────────────────────────
 <id>   <time>   inbound    jane@example.com         support@inkboxmail.com   Re: Help   no
 <id>   <time>   outbound   support@inkboxmail.com   jane@example.com         Help       yes
"""

READ = """\
From     jane@example.com
To       support@inkboxmail.com
Cc
Subject  Re: Help
Date     <time>
Id       <id>
Thread   <id>

Thanks!
"""

TAIL = """\
<time>  outbound support@inkboxmail.com  Help
<time>  inbound  jane@example.com  Re: Help
"""


def _normalise(text: str) -> str:
    # Snapshots compare words and their columns' order, not Rich's exact padding.
    lines = (" ".join(line.split()) for line in text.strip().splitlines())
    return "\n".join("─" if set(line) == {"─"} else line for line in lines)


def test_layouts(run: Run, inkbox_emulator: Any) -> None:
    run("identities", "create", "support", "--name", "Support", "--phone")
    assert _normalise(run("identities", "list").layout()) == _normalise(IDENTITIES)
    run("mail", "send", "--to", "jane@example.com", "-s", "Help", "-b", "On it")
    reply = inkbox_emulator.inject_email(
        to="support@inkboxmail.com", sender="jane@example.com", subject="Re: Help",
        body_text="Thanks!",
    )  # fmt: skip
    assert _normalise(run("mail", "list").layout()) == _normalise(MAIL)
    assert _normalise(run("mail", "read", reply["id"]).layout()) == _normalise(READ)
    assert _normalise(run("mail", "tail").layout()) == _normalise(TAIL)
    assert run("contacts", "list").out == "Contacts: none\n"
    no_vault = run("vault", "ls")
    assert no_vault.code == 1
    assert re.fullmatch(
        r"Error: HTTP 404: Vault has not been initialized \(request id req_\w+\)\n", no_vault.err
    )


def test_table_columns_line_up(run: Run, inkbox_emulator: Any) -> None:
    run("identities", "create", "a-very-long-handle-indeed", "--name", "Long")
    run("identities", "create", "b", "--name", "B")
    lines = run("identities", "list").out.splitlines()
    header = next(line for line in lines if "handle" in line)
    rows = [line for line in lines if "inkboxmail.com" in line]
    column = header.index("email")
    assert [row.index("@") > column for row in rows] == [True, True]
    assert all(row[column - 1] == " " for row in rows)
