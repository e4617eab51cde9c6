# tocsin: the README's two commands are `make run` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
# the same package with the detector compiled by mypyc (setup.py), as the deploy image builds it
CVENV  ?= .venv-compiled
CBIN   := $(CVENV)/bin
CSTAMP := $(CVENV)/.installed

.PHONY: run test test-unit test-e2e test-compiled lint format bench bench-instructions eval schemas tools clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $(STAMP)

$(CSTAMP): pyproject.toml setup.py $(wildcard services/tocsin/detection/*.py)
	$(PYTHON) -m venv $(CVENV)
	$(CBIN)/pip install -q --upgrade pip
	TOCSIN_COMPILE=1 $(CBIN)/pip install -q '.[dev]'
	$(CBIN)/python -c "import tocsin.detection.strikes as m, sys; sys.exit(0 if m.__file__.endswith('.so') else 'not compiled: ' + m.__file__)"
	touch $(CSTAMP)

## run the whole pipeline locally on embedded defaults (Ctrl-C stops it)
run: $(STAMP)
	$(BIN)/tocsin local

## unit + end-to-end tests (real broker, Redis, HTTP, docker-compose config)
test: $(STAMP) tools
	$(BIN)/pytest -q

test-unit: $(STAMP)
	$(BIN)/pytest -q tests/unit

test-e2e: $(STAMP)
	$(BIN)/pytest -q tests/e2e

## the unit tests again, on the compiled detector (what the deploy image runs)
test-compiled: $(CSTAMP)
	$(CBIN)/pytest -q tests/unit

# the detector modules that setup.py compiles with mypyc, type-checked the way its build checks them
DETECTOR := $(addprefix services/tocsin/detection/,analysis.py context.py dates.py detector.py gazetteer.py leaders.py lexicon.py people.py prefilter.py rx.py strikes.py text.py)

lint: $(STAMP)
	$(BIN)/ruff check services tests bench setup.py
	$(BIN)/mypy --ignore-missing-imports --follow-imports=silent $(DETECTOR)
	$(BIN)/tocsin schemas --check

format: $(STAMP)
	$(BIN)/ruff check --fix services tests bench

## detection throughput of the compiled detector (bench/results.json) and of plain Python (bench/results-python.json)
bench: $(STAMP) $(CSTAMP)
	$(CBIN)/python -m bench.bench_detection --out bench/results.json
	$(BIN)/python -m bench.bench_detection --out bench/results-python.json

## the detector's cost in instructions per article (callgrind: needs valgrind), written to bench/instructions.json
bench-instructions: $(CSTAMP)
	$(CBIN)/python -m bench.instructions --out bench/instructions.json

## detection quality: dev set, held-out set and PLOVER/CAMEO, written to bench/eval.json
eval: $(STAMP)
	$(BIN)/tocsin eval --out bench/eval.json

schemas: $(STAMP)
	$(BIN)/tocsin schemas

## Debian's docker-compose, for the compose config test (needs root; skipped otherwise)
tools:
	@command -v docker-compose >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    (apt-get update -qq && apt-get install -y -qq docker-compose) >/dev/null 2>&1 || echo "note: could not install docker-compose"; \
	  else echo "note: docker-compose missing; its test is skipped (install Debian's docker-compose)"; fi; }

clean:
	rm -rf $(VENV) $(CVENV) build .tocsin .pytest_cache
