# news-monitor — every entry point a person or CI needs. `make help` lists them.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
NATIVE := $(VENV)/.native
# the analysis engines' modules that setup.py compiles with mypyc (see monitor/stages/native.py)
NATIVE_SOURCES := setup.py monitor/stages/sentences.py $(wildcard monitor/stages/signal*.py monitor/stages/gazetteer*.py monitor/stages/countries*.py)
KAFKA_PORT ?= 9092

.PHONY: help install native demo test test-unit lint bench kafka-jars prometheus kafka-up kafka-down clean

help:  ## this list
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-11s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	MONITOR_NATIVE=0 $(BIN)/pip install -q -e ".[dev,embedded]"
	touch $(STAMP)

# compile the analysis engines in place (mypyc, ~50 s), again whenever one of their sources is
# edited: a stale build is not used (the engine then runs from source, slower). Without a
# C compiler the engine runs from source.
$(NATIVE): $(STAMP) $(NATIVE_SOURCES)
	$(BIN)/pip install -q --no-deps -e . || { \
	  echo "could not compile the analysis engines (no C compiler?): they run from source"; \
	  MONITOR_NATIVE=0 $(BIN)/pip install -q --no-deps -e .; }
	touch $(NATIVE)

install: $(NATIVE)  ## create .venv and install the package with dev tools (compiles the analysis engines)

native: $(NATIVE)  ## compile the analysis engines again (mypyc) after editing them

demo: $(NATIVE)  ## embedded broker + worker + seed articles + live alerts (Ctrl-C stops)
	$(BIN)/monitor demo

test: $(NATIVE) kafka-jars prometheus  ## lint, type-check and the whole test suite (starts its own Kafka)
	$(BIN)/ruff check monitor tests
	$(BIN)/mypy
	$(BIN)/pytest -q -p no:cacheprovider

test-unit: $(NATIVE)  ## unit tests only, no broker
	$(BIN)/pytest -q -m "not integration"

lint: $(STAMP)  ## ruff + mypy --strict
	$(BIN)/ruff check monitor tests
	$(BIN)/mypy

bench: $(NATIVE) kafka-jars  ## analysis cost, worker vs plain aiokafka throughput, latency (JSON)
	$(BIN)/monitor bench

kafka-jars: $(STAMP)  ## resolve the Kafka broker jars from Maven Central (cached outside the repo)
	$(BIN)/python -c "from monitor.broker.kafka import ensure_jars; print(ensure_jars())"

prometheus:  ## install Prometheus (Debian package) for the tests that scrape a real worker
	@command -v prometheus >/dev/null || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends prometheus >/dev/null; \
	  else echo "prometheus missing: sudo apt-get install prometheus (its tests skip locally, fail on CI)"; fi; }

kafka-up: kafka-jars  ## start a local Apache Kafka on 127.0.0.1:$(KAFKA_PORT) in the background
	$(BIN)/monitor broker start --port $(KAFKA_PORT)

kafka-down: $(STAMP)  ## stop it
	$(BIN)/monitor broker stop

clean:  ## remove the venv, caches and local broker state
	rm -rf $(VENV) .state .mypy_cache .ruff_cache .pytest_cache build *.egg-info
	rm -f monitor/stages/*.so monitor_native__mypyc*.so
