"""Contains all the data models used in inputs/outputs.

Models are imported on first use (PEP 562): importing one endpoint module must not pay for
every model in the spec.
"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .color import Color
    from .error_envelope import ErrorEnvelope
    from .error_envelope_detail_type_1 import ErrorEnvelopeDetailType1

_LAZY: dict[str, str] = {
    "Color": ".color",
    "ErrorEnvelope": ".error_envelope",
    "ErrorEnvelopeDetailType1": ".error_envelope_detail_type_1",
}


def __getattr__(name: str) -> object:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(_LAZY)


__all__ = (
    "Color",
    "ErrorEnvelope",
    "ErrorEnvelopeDetailType1",
)
