"""Where the app finds db/ and resources/: a checkout, an installed wheel, the frozen bundle.

The bundle itself is checked by packaging/smoke_test.sh (CI); here each layout is laid out in
a temporary folder and the lookup must pick the right copy.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import pos_desktop
from pos_desktop.storage.revisions import migrations_dir


def test_a_checkout_finds_the_repository_folders() -> None:
    root = Path(pos_desktop.__file__).resolve().parents[1]
    assert pos_desktop.resources_dir() == root / "resources"
    assert (pos_desktop.resources_dir() / "fonts" / "DejaVuSans.ttf").is_file()
    assert (pos_desktop.resources_dir() / "icons" / "pos-desktop-256.png").is_file()
    assert migrations_dir() == root / "db"
    assert (migrations_dir() / "env.py").is_file()


def test_the_frozen_bundle_looks_in_its_own_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "pos_desktop" / "_bundled" / "db").mkdir(parents=True)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert migrations_dir() == tmp_path / "pos_desktop" / "_bundled" / "db"
    assert pos_desktop.resources_dir() == tmp_path / "pos_desktop" / "_bundled" / "resources"


def test_an_installed_wheel_uses_the_copy_inside_the_package(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = tmp_path / "site-packages" / "pos_desktop"
    (package / "_bundled" / "resources").mkdir(parents=True)
    monkeypatch.setattr(pos_desktop, "__file__", str(package / "__init__.py"))
    assert pos_desktop.resources_dir() == package / "_bundled" / "resources"
