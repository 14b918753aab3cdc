"""A stateful local Inkbox server that serves `openapi/inkbox.yaml` (under construction)."""
