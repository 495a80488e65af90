# Booth POS: the two commands of the README, and a few for developers.
#   make run    install what is needed, then start the app (SQLite in the platform data folder)
#   make test   install what is needed, then run the whole test suite (SQLite and PostgreSQL)
# Both install Debian packages with apt-get when run as root; otherwise they print the exact
# command to run and stop.

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

# Shared libraries the Python wheels load, found by installing the wheels on a fresh Debian 12
# (debootstrap --variant=minbase) and adding packages until every check passed:
#   Python venv                     python3 python3-venv
#   Qt (PySide6), offscreen         libglib2.0-0 libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1
#                                   libfreetype6 libxkbcommon0 fonts-dejavu-core
#   Qt on X11 / Xvfb (screenshots)  xvfb xauth libxcb1 libx11-xcb1 libxcb-cursor0 libxcb-icccm4
#                                   libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0
#                                   libxcb-render0 libxcb-shape0 libxcb-shm0 libxcb-sync1
#                                   libxcb-util1 libxcb-xfixes0 libxcb-xkb1 libxkbcommon-x11-0
#                                   libxcb-glx0
#   OpenCV (camera, video files)    libgl1 libglib2.0-0 (listed above)
#   pyzbar                          libzbar0
#   PDF checks in tests             poppler-utils
#   PostgreSQL backup and restore   postgresql-client (pg_dump, pg_restore; the server's major
#                                   version or newer: postgresql-client-N for another one)
DEBIAN_PACKAGES := python3 python3-venv \
	libglib2.0-0 libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 libxkbcommon0 \
	fonts-dejavu-core \
	xvfb xauth libxcb1 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 \
	libxcb-randr0 libxcb-render-util0 libxcb-render0 libxcb-shape0 libxcb-shm0 libxcb-sync1 \
	libxcb-util1 libxcb-xfixes0 libxcb-xkb1 libxkbcommon-x11-0 libxcb-glx0 \
	libzbar0 poppler-utils postgresql-client

.PHONY: run test system-deps install bench lint clean

run: install
	$(BIN)/pos-desktop

test: install
	$(BIN)/pytest

install: system-deps $(STAMP)

system-deps:
	@if ! command -v dpkg-query >/dev/null 2>&1; then \
		echo "Not a Debian system: install the equivalents of: $(DEBIAN_PACKAGES)"; \
		exit 0; \
	fi; \
	missing=""; \
	for p in $(DEBIAN_PACKAGES); do \
		dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" \
			|| missing="$$missing $$p"; \
	done; \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ]; then \
		echo "Installing Debian packages:$$missing"; \
		DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
	else \
		echo "Some system libraries are missing. Run this, then try again:"; \
		echo "  sudo apt-get install -y --no-install-recommends$$missing"; \
		exit 1; \
	fi

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

# Performance figures for docs/benchmarks.md (takes a few minutes: loads 100,000 customers and invoices).
bench: install
	$(BIN)/python -m tests.benchmarks.foundation

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/lint-imports

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis
