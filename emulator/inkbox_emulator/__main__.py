"""`inkbox-emulator` / `python -m inkbox_emulator` (to come)."""

from __future__ import annotations

import sys


def main() -> None:
    sys.exit("inkbox-emulator: the emulator is not built yet (issue 4)")


if __name__ == "__main__":
    main()
