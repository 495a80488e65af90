# Booth POS: the two commands of the README, and a few for developers.
#   make run    install what is needed, then start the app (SQLite in the platform data folder)
#   make test   install what is needed, then run the whole test suite (SQLite and PostgreSQL)
#   make package  the self-contained Linux bundle: dist/pos-desktop/ and its .tar.gz
#                 (packaging/README.md)
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
#   OpenCV headless (camera, video) nothing more (the GUI build needed libgl1 libglib2.0-0)
#   pyzbar                          libzbar0
#   PDF checks in tests             poppler-utils
#   PostgreSQL backup and restore   postgresql-client (pg_dump, pg_restore; the server's major
#                                   version or newer: postgresql-client-N for another one)
#   Names in any script             fonts-noto-cjk (山田 花子 on screen, and on the receipt as a
#                                   picture where the printer's code pages lack it),
#                                   fonts-noto-color-emoji (emoji on screen instead of boxes)
DEBIAN_PACKAGES := python3 python3-venv \
	libglib2.0-0 libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 libxkbcommon0 \
	fonts-dejavu-core \
	xvfb xauth libxcb1 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 \
	libxcb-randr0 libxcb-render-util0 libxcb-render0 libxcb-shape0 libxcb-shm0 libxcb-sync1 \
	libxcb-util1 libxcb-xfixes0 libxcb-xkb1 libxkbcommon-x11-0 libxcb-glx0 \
	libzbar0 poppler-utils postgresql-client fonts-noto-cjk fonts-noto-color-emoji

# `make package` also needs: binutils (PyInstaller reads the libraries' ELF headers),
# libpython3-dev (the shared libpython PyInstaller bundles, for Debian's own python3), libzbar0
# (copied into the bundle; listed above already).
PACKAGE_DEBIAN_PACKAGES := binutils libpython3-dev
BUILD_VENV := build/venv
VERSION := $(shell sed -n 's/^__version__ = "\(.*\)"$$/\1/p' pos_desktop/__init__.py)
PACKAGE_TAR := dist/pos-desktop-$(VERSION)-linux-$(shell uname -m).tar.gz

.PHONY: run test system-deps install bench lint clean package package-deps icons translations

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

# The bundle: PyInstaller runs in its own venv (build/venv) with the app's dependencies and the
# `package` extra; the app's venv never gets PyInstaller.
package: package-deps $(BUILD_VENV)/.installed
	rm -rf dist/pos-desktop $(PACKAGE_TAR)
	$(BUILD_VENV)/bin/pyinstaller --noconfirm --log-level WARN \
		--distpath dist --workpath build/pyinstaller packaging/pos-desktop.spec
	tar -C dist -czf $(PACKAGE_TAR) pos-desktop
	@echo "Built dist/pos-desktop/ ($$(du -sh dist/pos-desktop | cut -f1)) and $(PACKAGE_TAR)"

package-deps:
	@$(MAKE) --no-print-directory system-deps \
		DEBIAN_PACKAGES="$(DEBIAN_PACKAGES) $(PACKAGE_DEBIAN_PACKAGES)"

$(BUILD_VENV)/.installed: pyproject.toml
	test -x $(BUILD_VENV)/bin/python || $(PYTHON) -m venv $(BUILD_VENV)
	$(BUILD_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(BUILD_VENV)/bin/python -m pip install --quiet ".[package]"
	touch $@

# The app icon's PNG sizes, from the hand-drawn SVG (needs Debian's librsvg2-bin). The PNGs are
# committed: building the bundle does not need this.
icons:
	for size in 16 22 24 32 48 64 128 256; do \
		rsvg-convert -w $$size -h $$size packaging/icons/pos-desktop.svg \
			-o resources/icons/pos-desktop-$$size.png; \
	done

# The UI's catalogues: the strings of the code into resources/i18n/*.ts (lupdate), compiled to
# the .qm files the app loads (lrelease). Both are committed; see docs/translations.md. Then the
# documents' catalogues (receipts, PDFs, emails): resources/i18n/documents/*.po, read as they are.
translations: install
	$(BIN)/python packaging/translations.py
	$(BIN)/python packaging/document_catalogues.py

# Performance figures for docs/benchmarks.md (takes a few minutes: loads 100,000 customers and invoices).
bench: install
	$(BIN)/python -m tests.benchmarks.foundation

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/lint-imports

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis build dist
