# The two commands: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test install migrate lint openapi docs bench bench-scale wheel constraints clean

# constraints.txt pins every dependency `make` and the image install.
$(STAMP): pyproject.toml constraints.txt openapi/client/pyproject.toml openapi/ops/pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e ".[dev]" -e openapi/client -e openapi/ops
	touch $(STAMP)

install: $(STAMP)

migrate: install
	$(BIN)/aftersales-api migrate

run: migrate
	$(BIN)/aftersales-api serve

test: install
	$(BIN)/python -m pytest -n 2 -q

lint: install
	$(BIN)/ruff check src tests bench openapi/ops
	$(BIN)/mypy

# The OpenAPI document, the client generated from it, and the stamp the drift test checks.
openapi: install
	$(BIN)/aftersales-api openapi --out openapi/openapi.json
	PATH="$(CURDIR)/$(BIN):$$PATH" $(BIN)/openapi-python-client generate --path openapi/openapi.json \
		--config openapi/client-config.yaml --output-path openapi/client --overwrite
	$(BIN)/python -c "import hashlib; print(hashlib.sha256(open('openapi/openapi.json','rb').read()).hexdigest())" \
		> openapi/client/openapi.sha256

# docs/policy.md from the rules package (a test fails when it is stale).
docs: install
	$(BIN)/aftersales-api docs --out docs/policy.md

# The service against a bare app (needs wrk), and at 1,000 to 1,000,000 tickets.
bench: install
	$(BIN)/python bench/rules_bench.py
	$(BIN)/python bench/http_bench.py

bench-scale: install
	$(BIN)/python bench/scale_bench.py

# The wheel installed outside the checkout: migrates an empty database and serves.
wheel: install
	bash .ci/wheel

# Re-pin after changing dependencies in pyproject.toml.
constraints: install
	$(BIN)/python -m pip freeze --exclude-editable | grep -v '^aftersales' > constraints.txt

clean:
	rm -rf $(VENV) aftersales.db aftersales.db-wal aftersales.db-shm
