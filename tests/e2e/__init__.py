"""End-to-end tests: the SDK against the local emulator."""
