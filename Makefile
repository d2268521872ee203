# Spec-driven SDK generator of the NetEase Yunxin IM server API v2.
#   make generate   validate spec/ and regenerate generated/ (creates .venv on first use)
#   make test       every test but the large public specs (make test-slow): stages, goldens, SDKs over real HTTP
#   make check      fail (listing the stale files) when generated/ does not match spec/ + templates/
#   make lint       black, ruff, mypy --strict (Python), tsc --strict and prettier (TypeScript)
#   make goldens    rewrite the golden outputs of the fixture specs (review the diff!)
#   make bench      benchmarks: generation speed, import time and call overhead against peers
#   make package    wheel and sdist of the Python SDK (checked with twine) and the npm tarball of the TypeScript SDK into dist/
#   make docs       the HTML documentation site into site/ (Sphinx, MyST, Furo)
#   make diff       what changed since BASE (a git ref, default HEAD): breaking / compatible / info
#   make release    bump the SDK version by the diff since the last v* tag, prepend the changelog

PYTHON ?= $(shell command -v python3.11 2>/dev/null || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
INSTALLED := $(VENV)/.installed
NODE_INSTALLED := node_modules/.installed
SDK := generated/python

BASE ?= HEAD

.PHONY: all generate check validate test test-slow test-fast lint goldens bench clean venv node diff release package docs chromium

all: generate

$(INSTALLED): requirements.txt requirements-publish.txt
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed (set PYTHON=...)")'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt -r requirements-publish.txt
	@touch $@

venv: $(INSTALLED)

$(NODE_INSTALLED): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

node: $(NODE_INSTALLED)

generate: $(INSTALLED) $(NODE_INSTALLED)
	$(PY) -m generator generate

check: $(INSTALLED) $(NODE_INSTALLED)
	$(PY) -m generator check

validate: $(INSTALLED)
	$(PY) -m generator validate

diff: $(INSTALLED) $(NODE_INSTALLED)
	$(PY) -m generator diff --base $(BASE) $(DIFF_ARGS)

release: $(INSTALLED) $(NODE_INSTALLED)
	$(PY) -m generator release

test: $(INSTALLED) $(NODE_INSTALLED) chromium
	$(PY) -m pytest -m "not slow"

# The large public specs (Stripe, GitHub whole and split over 1,055 files): generated, imported,
# type-checked and called over HTTP; minutes each, so apart from `make test`.
test-slow: $(INSTALLED) $(NODE_INSTALLED)
	$(PY) -m pytest -m slow tests/public

test-fast: $(INSTALLED)
	$(PY) -m pytest -m "not prism and not slow"

lint: $(INSTALLED) $(NODE_INSTALLED)
	$(VENV)/bin/black --check generator tests bench sitegen npmpack
	$(VENV)/bin/black --check --config $(SDK)/pyproject.toml $(SDK) generator/targets/python/runtime
	$(VENV)/bin/ruff check generator tests bench generated sitegen npmpack
	$(VENV)/bin/mypy generator sitegen npmpack
	cd $(SDK) && ../../$(VENV)/bin/mypy --strict yunxin_im
	node_modules/.bin/tsc -p generated/typescript/tsconfig.json
	node_modules/.bin/prettier --check --log-level warn 'generated/typescript/**/*.{ts,json}' 'generator/targets/typescript/runtime/**/*.{ts,json}'

goldens: $(INSTALLED) $(NODE_INSTALLED)
	$(PY) -m tests.golden.refresh

bench: $(INSTALLED) $(NODE_INSTALLED)
	$(PY) -m pip install --quiet --disable-pip-version-check -r bench/requirements.txt
	$(PY) -m bench

# The wheel is built from the sdist (build's default), with the pinned hatchling of .venv; the
# npm tarball of generated/typescript with the pinned TypeScript of node_modules.
package: $(INSTALLED) $(NODE_INSTALLED)
	rm -rf dist
	$(PY) -m build --no-isolation --outdir dist $(SDK)
	$(PY) -m twine check --strict dist/*.whl dist/*.tar.gz
	$(PY) -m npmpack dist

docs: $(INSTALLED)
	$(PY) -m sitegen --out site

# Headless Chromium and its driver for the docs site test, from Debian's packages (as root or with
# password-less sudo). Where that is impossible the test is skipped, unless REQUIRE_CHROMIUM=1.
chromium:
	@if command -v chromedriver >/dev/null && { command -v chromium || command -v google-chrome; } >/dev/null; then :; \
	elif command -v apt-get >/dev/null && { [ "$$(id -u)" = 0 ] || sudo -n true 2>/dev/null; }; then \
	  sudo=$$([ "$$(id -u)" = 0 ] || echo sudo); \
	  $$sudo apt-get update -q && DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -q chromium chromium-driver; \
	else \
	  echo "chromium cannot be installed here (needs apt-get as root): the docs browser test will be skipped"; \
	  [ -z "$(REQUIRE_CHROMIUM)" ]; \
	fi

clean:
	rm -rf $(VENV) node_modules .pytest_cache .mypy_cache .ruff_cache .bench dist site
