# Two commands a newcomer needs:  make audit  (audit the seed article)  and  make test.
# Both create .venv and install the package with its pinned dependencies first.
PYTHON ?= python3
VENV ?= .venv
BIN = $(VENV)/bin

.PHONY: audit test

$(BIN)/auditor: setup.cfg constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e ".[test]"
	touch $@

audit: $(BIN)/auditor
	$(BIN)/auditor check fixtures/seed/bakhmut.txt

test: $(BIN)/auditor
	$(BIN)/python -m pytest
