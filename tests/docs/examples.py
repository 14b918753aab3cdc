"""The Python blocks of docs/ and README.md, and what each needs to run.

A page's blocks run in order in one namespace (a guide reads top to bottom), against a fresh
emulator. An HTML comment right before a block says what it needs, e.g.
`<!-- example: setup=identity -->` (a function of `tests/docs/example_setups.py` that adds
names to the namespace first) or `<!-- example: no-run: why -->` (shown, never run, counted).
Test functions a block defines (`def test_...(inkbox_client, ...)`) are called with the
plugin's objects of those names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_FENCE = re.compile(r"^```python[ \t]*\n(.*?)^```[ \t]*$", re.S | re.M)
_DIRECTIVE = re.compile(r"<!--\s*example:\s*(.*?)\s*-->\s*$")


@dataclass
class Block:
    path: Path
    line: int
    source: str
    setups: list[str] = field(default_factory=list)
    no_run: str | None = None

    @property
    def where(self) -> str:
        return f"{self.path.relative_to(ROOT)}:{self.line}"


def pages() -> list[Path]:
    """README.md and every page of the site."""
    return [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]


def blocks(path: Path) -> list[Block]:
    text = path.read_text(encoding="utf-8")
    found = []
    for match in _FENCE.finditer(text):
        line = text.count("\n", 0, match.start()) + 1
        block = Block(path, line, match.group(1))
        before = text[: match.start()].rstrip("\n").rsplit("\n", 1)[-1]
        if directive := _DIRECTIVE.search(before):
            spec = directive.group(1)
            if spec.startswith("no-run"):
                block.no_run = spec.partition(":")[2].strip() or "unspecified"
                spec = ""
            for part in (p.strip() for p in spec.split(";")):
                if part.startswith("setup="):
                    block.setups.extend(s.strip() for s in part[6:].split(","))
                elif part:
                    raise ValueError(f"{block.where}: unknown example directive {part!r}")
        found.append(block)
    return found
