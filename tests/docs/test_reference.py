"""The API reference (docs/reference/) renders every public class and function of `inkbox`:
each under its own name, or its async twin as a note under the sync class."""

from __future__ import annotations

import inspect
import re

import inkbox
from tests.docs.examples import ROOT

_DIRECTIVE = re.compile(r"^::: ([\w.]+)$", re.M)


def _rendered() -> tuple[set[str], str]:
    names: set[str] = set()
    text = ""
    for page in sorted((ROOT / "docs" / "reference").glob("*.md")):
        content = page.read_text(encoding="utf-8")
        text += content
        names.update(path.rsplit(".", 1)[-1] for path in _DIRECTIVE.findall(content))
    return names, text


def test_every_public_class_and_function_is_in_the_reference() -> None:
    rendered, text = _rendered()
    missing = []
    for name in inkbox.__all__:
        value = getattr(inkbox, name)
        if not (inspect.isclass(value) or inspect.isfunction(value)):
            continue  # constants (NOT_GIVEN, AUTH_SUBTYPE_*) are described in the guides
        twin = name.removeprefix("Async")
        if name in rendered or (twin != name and twin in rendered and f"`{name}`" in text):
            continue
        if value.__name__ != name and value.__name__ in rendered and f"`{name}`" in text:
            continue  # an alias (0.3.1's name), named beside the model it stands for
        missing.append(f"{name} (from {value.__module__})")
    assert not missing, (
        "not in docs/reference/*.md; add a `::: module.Name` block to the page of its area "
        "(models to models.md), or for an async twin a note naming it under the sync class:\n"
        + "\n".join(missing)
    )
