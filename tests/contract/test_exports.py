"""The public door: every exported name resolves, and `import inkbox` stays lazy."""

from __future__ import annotations

import json
import subprocess
import sys

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
