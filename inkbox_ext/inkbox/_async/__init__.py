"""Hand-written async code; `tools/unasync.py` derives `inkbox._sync` from it."""
