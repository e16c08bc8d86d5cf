# Two commands do all the set-up: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)

.PHONY: run test lint bench bench-dist clean translations lupdate dist smoke-wheel

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test,dev]'
	touch $(STAMP)

# The compiled translations are committed beside their Linguist sources, so that any
# install (wheel, editable, frozen) has them without Qt's tools at build time;
# tests/test_translations.py fails when a .qm no longer says what its .ts says.
resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

# After adding or changing user-facing strings in the UI: refresh the Linguist
# sources, fill them from packaging/translations.py, compile, and commit all three.
lupdate: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -silent -no-obsolete $(wildcard smugdesk/ui/*.py smugdesk/ui/forms/*.py) -ts $(TS)
	$(PY) packaging/translations.py
	$(MAKE) translations

run: $(STAMP)
	$(PY) -m smugdesk $(ARGS)

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(VENV)/bin/ruff check smugdesk tests benchmarks packaging
	$(VENV)/bin/mypy

# Release artefacts (packaging/build_dist.py): the wheel, the frozen folder
# dist/smugdesk/, its archive and, on Linux, a .deb. Refuses uncommitted changes
# unless ALLOW_DIRTY=1.
dist: $(STAMP)
	$(PY) packaging/build_dist.py

# The wheel, as a user installs it: built from the sdist, into a fresh venv, then
# every job and the app run from there (packaging/smoke.py).
smoke-wheel: $(STAMP)
	rm -rf build/wheel build/wheel-venv
	$(PY) -m build --outdir build/wheel .
	$(PYTHON) -m venv build/wheel-venv
	build/wheel-venv/bin/python -m pip install --quiet build/wheel/smugdesk-*.whl
	$(PY) packaging/smoke.py --app-seconds 5 -- build/wheel-venv/bin/smugdesk

bench: $(STAMP)
	for f in $(filter-out benchmarks/bench_dist.py,$(wildcard benchmarks/bench_*.py)); do \
		echo "== $$f"; $(PY) $$f || exit 1; done

# The frozen build's budgets (size, start times): builds it first.
bench-dist: dist
	$(PY) benchmarks/bench_dist.py

clean:
	rm -rf $(VENV) build dist *.egg-info
