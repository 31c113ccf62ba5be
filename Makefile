# Two commands do all the set-up on a fresh machine (Python 3.10+ with venv):
#   make output   build the default content into output/
#   make test     run the tests (make test-fast: all but the slow ones)
PYTHON ?= python3
VENV ?= .venv
STAMP := $(VENV)/.installed-stamp

.PHONY: output test test-fast lint bench preview clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --upgrade pip
	$(VENV)/bin/pip install --quiet -e '.[test]'
	touch $(STAMP)

output: $(STAMP)
	$(VENV)/bin/briefing build

# contact sheets of every deck and report in output/preview/ (needs soffice and pdftoppm);
# CONTENT=path.yaml (or several, space-separated) previews other content
preview: $(STAMP)
	$(VENV)/bin/python tools/preview.py $(CONTENT)

# the tests, then lint (ruff and mypy, as `make lint`); either failing fails it
test: $(STAMP)
	@$(VENV)/bin/python -m pytest; t=$$?; $(MAKE) --no-print-directory lint; l=$$?; [ $$t = 0 ] && [ $$l = 0 ]

# the inner loop: the tests not marked slow (stress tests at the limits, renders through LibreOffice,
# long fuzzing), without lint, in TEST_WORKERS processes (pytest-xdist, a test dependency; the processes share
# what the tests build once a run: tests/run_shared.py); `make test` stays the whole suite, in one process,
# for CI. The package's bytecode is compiled
# first, as a first run does (where PYTHONDONTWRITEBYTECODE is set, each `briefing` the tests start
# would compile it again: ~5 s of processor time a run), and pytest keeps its rewritten test modules
# (with PYTHONDONTWRITEBYTECODE set it rewrote all of them each run: collection 7.3 -> 2.6 s of processor time)
TEST_WORKERS ?= 2
test-fast: $(STAMP)
	$(VENV)/bin/python -m compileall -q generator
	PYTHONDONTWRITEBYTECODE= $(VENV)/bin/python -m pytest -m "not slow" -n $(TEST_WORKERS) --dist loadfile

# ruff and mypy at the settings in pyproject.toml ([tool.ruff], [tool.mypy]); both report, either fails it
lint: $(STAMP)
	@$(VENV)/bin/ruff check generator tests bench tools; r=$$?; $(VENV)/bin/mypy; m=$$?; [ $$r = 0 ] && [ $$m = 0 ]

bench: $(STAMP)
	@command -v pandoc >/dev/null || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null && \
		apt-get install -y --no-install-recommends pandoc >/dev/null; } || echo "pandoc not installed: no pandoc column"
	$(VENV)/bin/python bench/run.py
	$(VENV)/bin/python bench/speed.py
	$(VENV)/bin/python bench/heavy.py

clean:
	rm -rf output $(VENV)
