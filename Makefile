# Every target sets up its own venv from the repo's files, so a fresh clone needs only python3.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
# Tool caches and bytecode go under the venv, so `make test` leaves the checkout as it was.
export RUFF_CACHE_DIR := $(abspath $(VENV))/.caches/ruff
export MYPY_CACHE_DIR := $(abspath $(VENV))/.caches/mypy
export PYTHONPYCACHEPREFIX := $(abspath $(VENV))/.caches/pycache

.PHONY: venv generate check-generated lint test demo bench emulator clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --disable-pip-version-check --upgrade pip
	$(BIN)/python -m pip install -q --disable-pip-version-check -e ".[dev]"
	touch $(STAMP)

venv: $(STAMP)

generate: venv
	$(BIN)/python tools/generate.py

check-generated: venv
	$(BIN)/python tools/generate.py --check

lint: venv
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy --strict inkbox_ext/inkbox emulator/inkbox_emulator
	$(BIN)/mypy --strict tests/typing

test: lint
	$(BIN)/python -m pytest -o cache_dir=$(VENV)/.caches/pytest

demo: venv
	$(BIN)/python examples/quickstart.py

bench: venv
	$(BIN)/python bench/run.py

emulator: venv
	$(BIN)/inkbox-emulator

clean:
	rm -rf $(VENV) .cache build dist *.egg-info
