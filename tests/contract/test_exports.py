"""The public door: every exported name resolves, and `import inkbox` stays lazy."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
import typing
from pathlib import Path
from types import FunctionType

import pytest

import inkbox


def test_all_is_sorted_and_every_name_resolves() -> None:
    """`__all__` is sorted, and each name imports (a typo in the export table fails here)."""
    assert inkbox.__all__ == sorted(inkbox.__all__)
    for name in inkbox.__all__:
        assert getattr(inkbox, name) is not None, name


def test_unknown_attribute_raises_attribute_error() -> None:
    """A missing name is an AttributeError that names it, not a KeyError or ImportError."""
    with pytest.raises(AttributeError, match="no_such_thing"):
        _ = inkbox.no_such_thing  # type: ignore[attr-defined]


def _modules_after(statement: str) -> set[str]:
    code = f"import sys; {statement}; import json; print(json.dumps(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return set(json.loads(out.stdout))


def test_import_inkbox_loads_no_heavy_module() -> None:
    """`import inkbox` loads neither httpx nor the generated client, crypto, h2 or the emulator."""
    loaded = _modules_after("import inkbox")
    heavy = {"httpx", "inkbox_api", "argon2", "cryptography", "h2", "inkbox_emulator", "anyio"}
    assert not {m.split(".")[0] for m in loaded} & heavy
    assert "ssl" not in loaded  # no TLS context is made before a connection needs one
    assert not {m for m in loaded if m.startswith("inkbox.tunnels")}


def test_the_tunnels_resource_loads_no_data_plane() -> None:
    """`client.tunnels` (the control plane) imports no tunnel data-plane code until `connect()`."""
    loaded = _modules_after(
        "from inkbox import Inkbox; Inkbox('k', base_url='http://localhost').tunnels"
    )
    assert not {m for m in loaded if m.startswith("inkbox.tunnels")}


def test_constructing_a_client_loads_no_generated_model() -> None:
    """Building a client imports no generated models, vault crypto or emulator."""
    loaded = _modules_after("from inkbox import Inkbox; Inkbox('k', base_url='http://localhost')")
    models = {m for m in loaded if m.startswith("inkbox_api.models.")}
    assert not models, sorted(models)
    # (h2 is not checked here: httpcore imports it whenever it is installed)
    assert not {"argon2", "cryptography", "inkbox_emulator"} & {m.split(".")[0] for m in loaded}


def _type_checking_imports() -> dict[str, str]:
    """{name: module} of the `if TYPE_CHECKING:` re-exports of `inkbox/__init__.py`."""
    tree = ast.parse(Path(inkbox.__file__).read_text())
    block = next(
        node
        for node in tree.body
        if isinstance(node, ast.If) and isinstance(node.test, ast.Name)
        if node.test.id == "TYPE_CHECKING"
    )
    found: dict[str, str] = {}
    for stmt in block.body:
        assert isinstance(stmt, ast.ImportFrom), ast.dump(stmt)
        module = "." * stmt.level + (stmt.module or "")
        for alias in stmt.names:
            assert alias.asname == alias.name, f"{alias.name} must be re-exported as itself"
            found[alias.name] = module
    return found


def test_type_checking_block_is_exactly_the_export_table() -> None:
    """What type checkers see is what `inkbox.<name>` resolves to at run time."""
    assert _type_checking_imports() == inkbox._EXPORTS


def test_public_classes_report_the_public_module() -> None:
    """`inkbox.Inkbox.__module__ == "inkbox"`, for every hand-written class and function.

    Generated models keep `inkbox_api.models.*` (also under 0.3.1's names for them):
    `typing.get_type_hints` resolves their string annotations in that module, and must keep
    working on them.
    """
    wrong = []
    for name in inkbox.__all__:
        value = getattr(inkbox, name)
        if not isinstance(value, type | FunctionType):
            continue
        expected = "inkbox" if inkbox._EXPORTS[name].startswith(".") else value.__module__
        if value.__name__ != name:  # 0.3.1's name for a generated model keeps the model's home
            expected = value.__module__
        if value.__module__ != expected or not value.__module__.startswith("inkbox"):
            wrong.append(name)
    assert not wrong
    assert "subject" in typing.get_type_hints(inkbox.Message)


def test_errors_name_the_public_module_before_any_export_is_touched() -> None:
    """An error raised from deep inside a call reads `inkbox.NotFoundError` in tracebacks."""
    code = (
        "from inkbox._errors import NotFoundError; from inkbox.vault.errors import "
        "VaultLockedError; print(NotFoundError.__module__, VaultLockedError.__module__)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["inkbox", "inkbox"]


def test_sync_and_async_resources_are_exported_in_pairs() -> None:
    """Every exported `XResource` has its `AsyncXResource` twin, and back."""
    names = set(inkbox.__all__)
    resources = {n for n in names if n.endswith("Resource") or n.endswith("Pager")}
    for name in resources:
        twin = name.removeprefix("Async") if name.startswith("Async") else "Async" + name
        assert twin in names, f"{name} is exported without {twin}"
