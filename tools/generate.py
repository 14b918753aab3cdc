"""`make generate` and `make check-generated`.

Reads `codegen.toml`, then:
1. writes the generator's config (it only reads YAML/JSON) from `[openapi_python_client]`;
2. wipes the output and runs openapi-python-client 0.29.1 with `--meta none --fail-on-warning`
   and our templates, adds `py.typed` and a JSON copy of the spec, formats with ruff;
3. writes the sync twins of the async trees (tools/unasync.py) and formats them.

With `--check`, everything is generated under a temporary directory and compared with the
working tree; any difference (changed, missing or extra file) fails.
"""

from __future__ import annotations

import argparse
import filecmp
import json
import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

import unasync  # noqa: E402

GENERATOR_VERSION = "0.29.1"
BIN = Path(sys.executable).parent


def load_settings() -> dict[str, object]:
    with (ROOT / "codegen.toml").open("rb") as f:
        return tomllib.load(f)


def run(cmd: list[str], cwd: Path | None = None) -> None:
    proc = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, check=False)
    if proc.returncode != 0 or "Warning" in proc.stdout:
        sys.stdout.write(proc.stdout)
        sys.stderr.write(proc.stderr)
        raise SystemExit(f"generate: command failed: {' '.join(cmd)}")


def ruff_format(paths: list[Path]) -> None:
    # --isolated: the result must not depend on where the tree sits (the check generates into a
    # temporary directory), so no config file is read and the few settings are given here.
    ruff = str(BIN / "ruff")
    targets = [str(p) for p in paths]
    cfg = ["--isolated", "--line-length", "100", "--target-version", "py311"]
    # the project's isort sections, read from pyproject.toml so `ruff check .` agrees with them
    with (ROOT / "pyproject.toml").open("rb") as f:
        first_party = tomllib.load(f)["tool"]["ruff"]["lint"]["isort"]["known-first-party"]
    cfg += ["--config", f"lint.isort.known-first-party = {first_party!r}"]
    run([ruff, "check", "--fix-only", "--select", "I,F401", "--quiet", *cfg, *targets])
    run([ruff, "format", "--quiet", *cfg, *targets])


def check_generator_version() -> None:
    from importlib.metadata import version

    found = version("openapi-python-client")
    if found != GENERATOR_VERSION:
        raise SystemExit(
            f"generate: openapi-python-client {GENERATOR_VERSION} is pinned, found {found}"
        )


def generate_client(settings: dict[str, object], root: Path) -> None:
    gen = settings["generate"]
    assert isinstance(gen, dict)
    spec = ROOT / gen["spec"]
    document = yaml.safe_load(spec.read_text())
    out = root / gen["output"]
    with tempfile.TemporaryDirectory() as tmp:
        cfg = Path(tmp) / "openapi-python-client.json"
        cfg.write_text(json.dumps(settings["openapi_python_client"]))
        templates = Path(tmp) / "templates"
        shutil.copytree(ROOT / gen["templates"], templates)
        (templates / "enum_labels.jinja").write_text(enum_labels(document))
        if out.exists():
            shutil.rmtree(out)
        out.parent.mkdir(parents=True, exist_ok=True)
        run(
            [
                str(BIN / "openapi-python-client"),
                "generate",
                "--path",
                str(spec),
                "--config",
                str(cfg),
                "--meta",
                "none",
                "--output-path",
                str(out),
                "--custom-template-path",
                str(templates),
                "--fail-on-warning",
            ],
            cwd=Path(tmp),
        )
    (out / "py.typed").write_text("")
    (out / "operations.py").write_text(operations_table(document))
    shutil.rmtree(out / ".ruff_cache", ignore_errors=True)
    (root / gen["spec_copy"]).parent.mkdir(parents=True, exist_ok=True)
    (root / gen["spec_copy"]).write_text(json.dumps(document, indent=1, sort_keys=False) + "\n")
    ruff_format([out])


def component_schemas(document: dict[str, object]) -> dict[str, Any]:
    components = document.get("components")
    return components.get("schemas", {}) if isinstance(components, dict) else {}


def schemas_sent(document: dict[str, object]) -> set[str]:
    """The component schemas a request body or parameter uses, directly or through others."""
    schemas = component_schemas(document)
    paths = document.get("paths")
    stack: list[object] = []
    for item in paths.values() if isinstance(paths, dict) else ():
        for operation in item.values() if isinstance(item, dict) else ():
            if isinstance(operation, dict):
                stack += [operation.get("requestBody"), operation.get("parameters")]
    found: set[str] = set()
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
                name = ref.rsplit("/", 1)[1]
                if name not in found:
                    found.add(name)
                    stack.append(schemas.get(name))
            stack += list(node.values())
        elif isinstance(node, list):
            stack += node
    return found


def enum_labels(document: dict[str, object]) -> str:
    """The spec's `x-public-values` (wire value -> the guide's label, per enum schema) as a Jinja
    module `str_enum.py.jinja` imports: the generator hands templates no extensions of enums."""
    schemas = component_schemas(document)
    labels = {
        name: schema["x-public-values"]
        for name, schema in schemas.items()
        if isinstance(schema, dict) and "x-public-values" in schema
    }
    for name, mapping in labels.items():
        unknown = set(mapping) - set(schemas[name].get("enum", ()))
        if unknown:
            raise SystemExit(
                f"generate: {name}.x-public-values names no enum value {sorted(unknown)}"
            )
    # a label is not the wire's value: an enum that carries labels may only be read, never sent
    for name in sorted(labels.keys() & schemas_sent(document)):
        raise SystemExit(f"generate: {name} has x-public-values but a request sends it")
    return "{% set labels = " + json.dumps(labels, sort_keys=True) + " %}\n"


def operations_table(document: dict[str, object]) -> str:
    """`operations.py`: what the SDK's transport must know of each operation at run time.

    `x-idempotent` (required on every operation, see openapi/CONVENTIONS.md) says whether the
    operation may be sent again after an attempt whose outcome is unknown; the generated
    operations name themselves in the request's `inkbox_operation` extension.
    """
    idempotent: dict[str, bool] = {}
    paths = document["paths"]
    assert isinstance(paths, dict)
    for item in paths.values():
        for method, op in item.items():
            if not isinstance(op, dict) or "operationId" not in op:
                continue
            flag = op.get("x-idempotent")
            if not isinstance(flag, bool):
                raise SystemExit(
                    f"generate: {method.upper()} {op['operationId']} lacks `x-idempotent: "
                    "true|false` (openapi/CONVENTIONS.md)"
                )
            idempotent[op["operationId"]] = flag
    rows = "".join(f"    {name!r}: {flag},\n" for name, flag in sorted(idempotent.items()))
    return (
        '"""Per-operation facts read from the spec at generate time (`x-idempotent`)."""\n\n'
        "# operationId -> whether sending it again after an unknown outcome is safe\n"
        f"IDEMPOTENT: dict[str, bool] = {{\n{rows}}}\n"
    )


def generate_sync_twins(settings: dict[str, object], root: Path) -> None:
    section = settings["unasync"]
    assert isinstance(section, dict)
    used: set[str] = set()
    written: list[Path] = []
    for src_rel, dst_rel in section["pairs"]:
        src, dst = ROOT / src_rel, root / dst_rel
        if not src.exists():
            continue
        if dst.exists():
            shutil.rmtree(dst)
        for path, content in unasync.unasync_tree(src, dst, used).items():
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(content)
        written.append(dst)
    if written:
        unasync.check_all_used(used)
        ruff_format(written)


def generated_paths(settings: dict[str, object]) -> list[str]:
    gen = settings["generate"]
    section = settings["unasync"]
    assert isinstance(gen, dict) and isinstance(section, dict)
    paths = [gen["output"], gen["spec_copy"]]
    paths += [dst for src, dst in section["pairs"] if (ROOT / src).exists()]
    return paths


def compare(left: Path, right: Path) -> list[str]:
    """Relative paths that differ between two trees (ignoring caches)."""
    problems: list[str] = []

    def walk(cmp: filecmp.dircmp[str], prefix: str) -> None:
        for name in cmp.left_only + cmp.right_only:
            if name not in ("__pycache__", ".ruff_cache", ".mypy_cache"):
                problems.append(prefix + name)
        for name in cmp.diff_files:
            problems.append(prefix + name)
        for name, sub in cmp.subdirs.items():
            if name != "__pycache__":
                walk(sub, f"{prefix}{name}/")

    if not left.exists() or not right.exists():
        return [str(left)]
    if left.is_file():
        return [] if filecmp.cmp(left, right, shallow=False) else [left.name]
    walk(filecmp.dircmp(str(left), str(right)), "")
    return problems


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the tree is stale")
    parser.add_argument("--sync-only", action="store_true", help="only rewrite the _sync twins")
    args = parser.parse_args()
    check_generator_version()
    settings = load_settings()
    if args.sync_only:
        generate_sync_twins(settings, ROOT)
        print("generate: sync twins ok")
        return
    if not args.check:
        generate_client(settings, ROOT)
        generate_sync_twins(settings, ROOT)
        print("generate: ok")
        return
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp)
        generate_client(settings, scratch)
        generate_sync_twins(settings, scratch)
        stale = []
        for rel in generated_paths(settings):
            stale += [f"{rel}/{p}" for p in compare(ROOT / rel, scratch / rel)]
    if stale:
        print("check-generated: the committed code differs from `make generate`:")
        for path in stale:
            print("  ", path)
        raise SystemExit(1)
    print("check-generated: ok")


if __name__ == "__main__":
    main()
