"""pytest fixtures for testing code that uses Inkbox against the local emulator (to come)."""
