"""MkDocs hook: the models page lists every model and enum `inkbox` exports, at build time.

The models come from the spec through the generator, so a model added to the spec appears in
the reference with no page to edit. Each is rendered by mkdocstrings from its own module.
"""

from __future__ import annotations

import enum
from typing import Any

MARKER = "<!-- models: filled in by docs/hooks/models_page.py -->"
_OPTIONS = """    options:
      show_signature: false
      show_if_no_docstring: true
      merge_init_into_class: false
      inherited_members: false
      heading_level: 3
      filters: ["!^_", "!^to_dict$", "!^from_dict$", "!^additional_keys$", "!^additional_properties$"]
"""


def _blocks() -> str:
    import inkbox

    classes, enums = [], []
    for name in sorted(inkbox._EXPORTS):
        if inkbox._EXPORTS[name] != "inkbox_api.models":
            continue
        value = getattr(inkbox, name)
        if value.__name__ != name:
            continue  # a 0.3.1 alias, in the table above
        kind = enums if issubclass(value, enum.Enum) else classes
        kind.append(f"::: {value.__module__}.{name}\n{_OPTIONS}\n")
    return (
        "## Classes\n\n"
        + "".join(classes)
        + "\n## Enumerations\n\nString enums: compare with the member or its value "
        + '(`ThreadFolder.INBOX == "inbox"`).\n\n'
        + "".join(enums)
    )


def on_page_markdown(markdown: str, page: Any, **kwargs: Any) -> str:
    if MARKER in markdown:
        return markdown.replace(MARKER, _blocks())
    return markdown
