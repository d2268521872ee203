# Spec-driven SDK generator of the NetEase Yunxin IM server API v2.
#   make generate   validate spec/ and regenerate generated/ (creates .venv on first use)
#   make test       every test: generator stages, goldens, spec coverage, SDK over real HTTP
#   make check      fail (listing the stale files) when generated/ does not match spec/ + templates/
#   make lint       black, ruff and mypy --strict on generator/, tests/ and generated/
#   make goldens    rewrite the golden outputs of the fixture specs (review the diff!)
#   make bench      benchmarks: generation speed, import time and call overhead against peers

PYTHON ?= $(shell command -v python3.11 2>/dev/null || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
INSTALLED := $(VENV)/.installed
NODE_INSTALLED := node_modules/.installed
SDK := generated/python

.PHONY: all generate check validate test test-fast lint goldens bench clean venv node

all: generate

$(INSTALLED): requirements.txt
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed (set PYTHON=...)")'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	@touch $@

venv: $(INSTALLED)

$(NODE_INSTALLED): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

node: $(NODE_INSTALLED)

generate: $(INSTALLED)
	$(PY) -m generator generate

check: $(INSTALLED)
	$(PY) -m generator check

validate: $(INSTALLED)
	$(PY) -m generator validate

test: $(INSTALLED) $(NODE_INSTALLED)
	$(PY) -m pytest

test-fast: $(INSTALLED)
	$(PY) -m pytest -m "not prism"

lint: $(INSTALLED)
	$(VENV)/bin/black --check generator tests bench
	$(VENV)/bin/black --check --config $(SDK)/pyproject.toml $(SDK)
	$(VENV)/bin/ruff check generator tests bench generated
	$(VENV)/bin/mypy generator
	cd $(SDK) && ../../$(VENV)/bin/mypy --strict yunxin_im

goldens: $(INSTALLED)
	$(PY) -m tests.golden.refresh

bench: $(INSTALLED)
	$(PY) -m pip install --quiet --disable-pip-version-check -r bench/requirements.txt
	$(PY) -m bench

clean:
	rm -rf $(VENV) node_modules .pytest_cache .mypy_cache .ruff_cache .bench
