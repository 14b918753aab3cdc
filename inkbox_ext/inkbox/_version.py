"""The SDK's version (static: reading package metadata at import time costs milliseconds)."""

__version__ = "0.1.0"
