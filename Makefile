# The two commands: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test install migrate lint openapi bench clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

install: $(STAMP)

migrate: install
	$(BIN)/aftersales-api migrate

run: migrate
	$(BIN)/aftersales-api serve

test: install
	$(BIN)/python -m pytest -n 2 -q

lint: install
	$(BIN)/ruff check src tests bench migrations
	$(BIN)/mypy

bench: install
	$(BIN)/python bench/rules_bench.py

clean:
	rm -rf $(VENV) aftersales.db aftersales.db-wal aftersales.db-shm
