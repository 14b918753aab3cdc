"""Vault errors: every class sits under the SDK's base `InkboxError`."""

from __future__ import annotations

from inkbox._exceptions_base import InkboxError
from inkbox.vault.errors import InkboxVaultKeyError


def test_vault_key_error_is_an_inkbox_error() -> None:
    """Weak-key errors sit under the SDK's base error."""
    assert issubclass(InkboxVaultKeyError, InkboxError)


def test_all_errors_are_inkbox_errors() -> None:
    """Every vault error class derives from InkboxError."""
    from inkbox.vault import errors

    classes = [obj for obj in map(errors.__dict__.get, errors.__all__) if isinstance(obj, type)]
    assert len(classes) == 10
    assert all(issubclass(cls, InkboxError) for cls in classes)
