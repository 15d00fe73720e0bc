# Everything runs in .venv, built here with the machine's python3: a fresh
# Debian/Ubuntu refuses pip installs into the system Python.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: demo test lint bench clean picture

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

demo: $(BIN)/.installed
	$(BIN)/sitzung demo

test: $(BIN)/.installed
	$(BIN)/ruff check .
	$(BIN)/python -m pytest

# The README's picture of the PDF's first page, made from the reference meeting.
picture: $(BIN)/.installed
	$(BIN)/python -m tests.exports.page_picture

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis
