"""The async e2e tests (hand-written); `tests/e2e/_sync` is generated from them."""
