"""Interop: the official `inkbox` SDKs (0.3.1, 0.7.20), in venvs of their own, against our emulator."""
