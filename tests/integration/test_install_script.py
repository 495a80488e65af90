"""The bundle's install.sh / uninstall.sh on a stand-in bundle (the real one: smoke_test.sh).

A booth laptop may unpack the bundle anywhere, a folder with spaces, quotes or a dollar sign in
its name included: the menu entry must still start that very program.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SIZES = (16, 22, 24, 32, 48, 64, 128, 256)


def _bundle(folder: Path) -> Path:
    """The parts of dist/pos-desktop/ the scripts touch, laid out as the spec lays them."""
    folder.mkdir(parents=True)
    for script in ("install.sh", "uninstall.sh"):
        shutil.copy(ROOT / "packaging" / "bundle" / script, folder / script)
    program = folder / "pos-desktop"
    program.write_text("#!/bin/sh\necho stand-in\n")
    program.chmod(0o755)
    share = folder / "share"
    (share / "applications").mkdir(parents=True)
    shutil.copy(ROOT / "packaging" / "pos-desktop.desktop", share / "applications")
    for size in SIZES:
        apps = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        apps.mkdir(parents=True)
        shutil.copy(
            ROOT / "resources" / "icons" / f"pos-desktop-{size}.png", apps / "pos-desktop.png"
        )
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copy(ROOT / "packaging" / "icons" / "pos-desktop.svg", scalable)
    return folder


def _exec_program(line: str) -> str:
    """The program an ``Exec=`` line starts, read as the Desktop Entry spec says: the value's
    string escapes first, then the quoted argument's, then ``%%``."""
    value = line.removeprefix("Exec=").replace("\\\\", "\\")
    assert value.startswith('"') and value.endswith('"'), value
    return re.sub(r"\\(.)", r"\1", value[1:-1]).replace("%%", "%")


def _run(script: Path, home: Path) -> subprocess.CompletedProcess[str]:
    env = {"HOME": str(home), "PATH": os.environ["PATH"], "XDG_DATA_HOME": str(home / "data")}
    return subprocess.run(
        [str(script)], env=env, cwd="/", capture_output=True, text=True, check=True
    )


@pytest.mark.parametrize("name", ["pos-desktop", 'My Apps/Booth "POS" $HOME `x` 100% \\ end'])
def test_install_puts_the_entry_icons_and_link_in_place_and_uninstall_takes_them_out(
    tmp_path: Path, name: str
) -> None:
    bundle = _bundle(tmp_path / "unpacked" / name)
    home = tmp_path / "home"
    home.mkdir()

    _run(bundle / "install.sh", home)

    entry = (home / "data" / "applications" / "pos-desktop.desktop").read_text()
    lines = entry.splitlines()
    assert "Icon=pos-desktop" in lines
    assert "Name=Booth POS" in lines
    [exec_line] = [line for line in lines if line.startswith("Exec=")]
    assert _exec_program(exec_line) == str(bundle / "pos-desktop")
    hicolor = home / "data" / "icons" / "hicolor"
    for size in SIZES:
        assert (hicolor / f"{size}x{size}" / "apps" / "pos-desktop.png").read_bytes() == (
            ROOT / "resources" / "icons" / f"pos-desktop-{size}.png"
        ).read_bytes()
    assert (hicolor / "scalable" / "apps" / "pos-desktop.svg").is_file()
    link = home / ".local" / "bin" / "pos-desktop"
    assert link.resolve() == (bundle / "pos-desktop").resolve()

    _run(bundle / "uninstall.sh", home)

    assert not (home / "data" / "applications" / "pos-desktop.desktop").exists()
    assert not list(hicolor.glob("*/apps/pos-desktop.*"))
    assert not link.is_symlink()


def test_install_leaves_a_pos_desktop_that_is_not_its_own_link_alone(tmp_path: Path) -> None:
    bundle = _bundle(tmp_path / "unpacked")
    home = tmp_path / "home"
    (home / ".local" / "bin").mkdir(parents=True)
    other = home / ".local" / "bin" / "pos-desktop"
    other.write_text("#!/bin/sh\n# a pip-installed pos-desktop\n")

    done = _run(bundle / "install.sh", home)

    assert "Left" in done.stdout
    assert other.read_text() == "#!/bin/sh\n# a pip-installed pos-desktop\n"
    _run(bundle / "uninstall.sh", home)
    assert other.exists()
