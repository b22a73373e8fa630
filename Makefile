# Two commands a newcomer needs:  make audit  (audit the seed article)  and  make test.
# `make audit` creates .venv with only what an audit needs (the package and its pinned dependencies);
# `make test` adds the test extra (pytest, hypothesis, Ray, pyarrow, pandas, Jupyter tools, ruff, mypy),
# then lints (ruff, configured in pyproject.toml), type-checks (mypy, configured in setup.cfg) and tests.
PYTHON ?= python3
VENV ?= .venv
BIN = $(VENV)/bin

.PHONY: audit test

$(BIN)/auditor: setup.cfg constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e .
	touch $@

$(VENV)/.test-extra: $(BIN)/auditor
	$(BIN)/python -m pip install --quiet -c constraints.txt -e ".[test]"
	touch $@

audit: $(BIN)/auditor
	$(BIN)/auditor check fixtures/seed/bakhmut.txt

test: $(VENV)/.test-extra
	$(BIN)/python -m ruff check .
	$(BIN)/python -m mypy auditor
	$(BIN)/python -m pytest

# Property tests with the large example budget (20,000 inputs for the main property; prints how many
# inputs each property tried), plus the slow network positive control. About 30-60 minutes on one core.
.PHONY: test-long
test-long: $(VENV)/.test-extra
	AUDITOR_HYPOTHESIS_PROFILE=long $(BIN)/python -m pytest -p no:cacheprovider -s --hypothesis-show-statistics \
		tests/test_properties.py tests/test_robustness.py::test_a_configured_hub_id_is_the_only_way_to_the_network
