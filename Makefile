# Two entry points: `make demo` runs the whole pipeline on the built-in sample,
# `make test` runs the test suite. Each creates .venv and installs what it needs.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

venv: $(STAMP)

demo: $(STAMP)
	$(BIN)/caravanwatch demo --db demo.duckdb

test: $(STAMP)
	$(BIN)/python -m pytest -n 2 -q

.PHONY: venv demo test
