"""The API reference (docs/reference/) renders every public class and function of `inkbox`:
each under its own name, or its async twin as a note under the sync class. (Models need no
entry: a build hook lists them all.)"""

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
        if inkbox._EXPORTS[name] == "inkbox_api.models":
            continue  # the models page lists every exported model when the site is built
        if value.__module__.startswith("inkbox_api.") and f"`{name}`" in text:
            continue  # 0.3.1's name for a model, in the models page's table
        twin = name.removeprefix("Async")
        if name in rendered or (twin != name and twin in rendered and f"`{name}`" in text):
            continue
        module = value.__module__
        if module == "inkbox":  # renamed on export; where it is defined
            module = "inkbox" + inkbox._EXPORTS[name]
        if twin != name:
            missing.append(f"{name}: a note naming `{name}` under `::: ...{twin}`")
        else:
            missing.append(f"{name}: ::: {module}.{name}")
    assert not missing, (
        "not in docs/reference/*.md; add each line's `::: ...` block to the page of its area "
        "(models are listed by docs/hooks/models_page.py):\n" + "\n".join(missing)
    )
