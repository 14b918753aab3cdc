# Every target sets up its own venv from the repo's files, so a fresh clone needs only python3.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
# Tool caches and bytecode go under the venv, so `make test` leaves the checkout as it was.
export RUFF_CACHE_DIR := $(abspath $(VENV))/.caches/ruff
export MYPY_CACHE_DIR := $(abspath $(VENV))/.caches/mypy
export PYTHONPYCACHEPREFIX := $(abspath $(VENV))/.caches/pycache
export HYPOTHESIS_STORAGE_DIRECTORY := $(abspath $(VENV))/.caches/hypothesis

.PHONY: venv generate check-generated lint test docs docs-serve demo bench emulator clean

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

# The site (docs/ + docstrings) into site/, offline and warning-free; the check refuses any page
# that loads a script, stylesheet or font from another origin.
docs: venv
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --site-dir site
	$(BIN)/python tools/check_site.py site

docs-serve: venv
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs serve --strict

demo: venv
	$(BIN)/python examples/quickstart.py
	$(BIN)/python examples/tunnel.py

bench: venv
	$(BIN)/python bench/run.py

# `make emulator` runs the tunnel edge too (emulator/README.md, "Tunnel edge"); override these
# on the command line, e.g. `make emulator TUNNEL_PUBLIC_PORT=9080`.
TUNNEL_ZONE ?= localhost
TUNNEL_EDGE_PORT ?= 8443
TUNNEL_PUBLIC_PORT ?= 8080
TUNNEL_PASSTHROUGH_PORT ?= 8444
TUNNEL_CA_FILE ?= $(VENV)/tunnel-ca.pem

emulator: venv
	$(BIN)/inkbox-emulator --tunnel-zone $(TUNNEL_ZONE) --tunnel-edge-port $(TUNNEL_EDGE_PORT) \
		--tunnel-public-port $(TUNNEL_PUBLIC_PORT) --tunnel-passthrough-port $(TUNNEL_PASSTHROUGH_PORT) \
		--tunnel-ca-file $(TUNNEL_CA_FILE)

clean:
	rm -rf $(VENV) .cache build dist site *.egg-info
