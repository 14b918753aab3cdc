"""Fail when a built page loads anything from another origin (`make docs` runs it).

The site must work offline: no web fonts, scripts or stylesheets fetched at view time. Links
to other sites (`<a href>`) are fine; they load nothing by themselves.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

_LOADS = re.compile(
    r"<(?:script|img|iframe|source)\b[^>]*\bsrc=[\"'](?:https?:)?//"
    r"|<link\b[^>]*\bhref=[\"'](?:https?:)?//"
    r"|@import\s+url\([\"']?(?:https?:)?//"
    r"|fonts\.googleapis\.com|fonts\.gstatic\.com",
    re.I,
)


def main(site: Path) -> int:
    pages = sorted(site.rglob("*.html")) + sorted(site.rglob("*.css"))
    offenders = [
        f"{page.relative_to(site)}: {match.group(0)}"
        for page in pages
        for match in _LOADS.finditer(page.read_text(encoding="utf-8", errors="replace"))
    ]
    if offenders:
        print("pages load assets from the network:\n" + "\n".join(offenders))
        return 1
    print(f"site: {len(list(site.rglob('*.html')))} pages, no asset loaded from the network")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "site")))
