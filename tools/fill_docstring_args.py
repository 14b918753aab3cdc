"""Fill missing `Args:` entries that `tests/docs/test_docstrings.py` reports, where the words exist.

For each gap of the docstring audit in a hand-written module, an entry for the parameter is
looked for in, in order: the resource method the docstring names (`...; see
`AsyncMessagesResource.send`` — how `Inkbox`/`AgentIdentity` delegates are written), another
method of the same module, then a few generic descriptions (ids, `page_size`, ...). The entries
found are written into the source; whatever has no words anywhere is printed for a human. Edit
`_async/` only (the sync twins follow with `make generate`) and read the diff: a sibling's words
may fit the new method only roughly.

    .venv/bin/python tools/fill_docstring_args.py && make generate
"""

from __future__ import annotations

import ast
import importlib
import inspect
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.docs import docstring_audit as audit  # noqa: E402

_SEE = re.compile(r"see `(\w+)\.(\w+)`")
_GAP = re.compile(r"(inkbox(?:\.\w+)*)\.(\w+)\.(\w+): no Args entry for (.*)$")
GENERIC = {
    "email_address": "The mailbox's email address.",
    "message_id": "The message's id (`msg.id`).",
    "draft_id": "The draft's id.",
    "agent_handle": "The identity's handle (a leading `@` is stripped).",
    "tunnel_id": "The tunnel's id.",
    "phone_number_id": "The phone number's id.",
    "call_id": "The call's id.",
    "thread_id": "The thread's id.",
    "secret_id": "The vault secret's id.",
    "page_size": "Items fetched per request; the iterator pages on by itself.",
}


def entries(doc: str | None) -> dict[str, list[str]]:
    """Each `Args:` entry of `doc`: its lines, dedented to the entry's own indentation."""
    found: dict[str, list[str]] = {}
    lines = inspect.cleandoc(doc or "").splitlines()
    for i, line in enumerate(lines):
        head = audit._SECTION.match(line)
        if not head or head.group(2) == "Attributes":
            continue
        indent, entry_indent, current = len(head.group(1)), None, None
        for body in lines[i + 1 :]:
            if not body.strip():
                current = None
                continue
            depth = len(body) - len(body.lstrip())
            if depth <= indent:
                break
            entry_indent = depth if entry_indent is None else entry_indent
            if depth == entry_indent and (m := audit._ENTRY.match(body)):
                current = found.setdefault(m.group(1), [])
            if current is not None:
                current.append(body[entry_indent:])
    return found


def words_for(module: object, doc: str | None) -> dict[str, list[str]]:
    by_name = audit._classes_by_name()
    words: dict[str, list[str]] = {}
    if see := _SEE.search(doc or ""):
        for cls in by_name.get(see.group(1), []):
            target = getattr(getattr(cls, see.group(2), None), "__doc__", None)
            words.update(entries(target))
    for cls in (v for v in vars(module).values() if isinstance(v, type)):
        for member in vars(cls).values():
            for name, lines in entries(getattr(member, "__doc__", None)).items():
                words.setdefault(name, lines)
    for name, text in GENERIC.items():
        words.setdefault(name, [f"{name}: {text}"])
    return words


def fill(path: Path, cls_name: str, method: str, missing: list[str], module: object) -> list[str]:
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines(keepends=True)
    cls = next(
        n for n in ast.walk(ast.parse(source)) if isinstance(n, ast.ClassDef) and n.name == cls_name
    )
    func = next(
        n
        for n in cls.body
        if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef) and n.name == method
    )
    doc_node = func.body[0]
    doc = ast.get_docstring(func)
    words = words_for(module, doc)
    found = [p for p in missing if p in words]
    if not found or doc is None or not isinstance(doc_node, ast.Expr):
        return missing
    start, end = doc_node.lineno - 1, (doc_node.end_lineno or doc_node.lineno) - 1
    pad = re.match(r"\s*", lines[start]).group(0)  # type: ignore[union-attr]
    body = [line.rstrip() for line in doc.splitlines()]
    while body and not body[-1]:
        body.pop()
    args = func.args
    order = [a.arg for a in [*args.posonlyargs, *args.args, *args.kwonlyargs]]
    order += [a.arg for a in (args.vararg, args.kwarg) if a is not None]
    merged = {**{p: words[p] for p in found}, **entries(doc)}
    ranked = sorted(merged, key=lambda n: order.index(n) if n in order else len(order))
    block = ["Args:"] + [f"    {line}" for name in ranked for line in merged[name]]
    sections = [i for i, line in enumerate(body) if line.strip() in ("Returns:", "Raises:")]
    if "Args:" in body:
        at = body.index("Args:")
        stop = next((i for i in sections if i > at), len(body))
        while stop > at and not body[stop - 1]:
            stop -= 1
        body[at:stop] = block
    elif sections:
        body[sections[0] : sections[0]] = [*block, ""]
    else:
        body += ["", *block]
    text = [f"{pad}{line}\n" if line else "\n" for line in body]
    text[0] = f'{pad}"""{body[0]}\n'
    lines[start : end + 1] = [*text, f'{pad}"""\n']
    path.write_text("".join(lines), encoding="utf-8")
    return [p for p in missing if p not in words]


def main() -> int:
    left = []
    for gap in audit.audit():
        match = _GAP.match(gap)
        if not match or "(constructor)" in gap:
            left.append(gap)
            continue
        module_name, cls_name, method, params = match.groups()
        path = ROOT / "inkbox_ext" / Path(*module_name.split(".")).with_suffix(".py")
        try:
            module = importlib.import_module(module_name)
            unfilled = fill(path, cls_name, method, [p.strip() for p in params.split(",")], module)
        except (ImportError, StopIteration, OSError):  # a module-level function, say
            left.append(gap)
            continue
        if unfilled:
            left.append(f"{module_name}.{cls_name}.{method}: write Args for {', '.join(unfilled)}")
    print("\n".join(left) or "every Args gap filled; run `make generate` and read the diff")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
