"""The command line starts fast: ``--help`` and ``--version`` load no command module and none
of the heavy libraries; a command loads what it needs when it runs."""

from __future__ import annotations

import json
import subprocess
import sys

import click
import pytest

from pos_desktop.cli.command_index import COMMANDS, load
from tests.support.cli import CHECKOUT

#: Each costs from tens to hundreds of milliseconds to import; none is needed for --help.
HEAVY = ("reportlab", "cv2", "escpos", "PySide6", "phonenumbers", "alembic", "sqlalchemy")


def _modules_after(code: str) -> set[str]:
    script = f"{code}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
        cwd=CHECKOUT,
        env={"PYTHONPATH": str(CHECKOUT), "PATH": "/usr/bin:/bin"},
    )
    return set(json.loads(done.stdout.splitlines()[-1]))


def test_importing_the_command_line_loads_no_heavy_library() -> None:
    loaded = _modules_after("import pos_desktop.cli.main")
    assert sorted(m for m in loaded if m.split(".")[0] in HEAVY) == []
    assert not [m for m in loaded if m.endswith("_cmds")]


def test_help_lists_every_command_without_loading_one() -> None:
    loaded = _modules_after(
        "import sys\nfrom pos_desktop.cli.main import main\n"
        "sys.argv = ['pos-desktop', '--help']\n"
        "try:\n    main()\nexcept SystemExit:\n    pass"
    )
    assert sorted(m for m in loaded if m.split(".")[0] in HEAVY) == []


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_the_index_says_what_each_command_says_of_itself(name: str) -> None:
    command = load(name)
    assert command.name == name
    first_line = (command.help or "").split("\n\n")[0].replace("\n", " ").strip()
    assert COMMANDS[name].help == first_line


def test_groups_get_the_subcommands_other_modules_add() -> None:
    invoice = load("invoice")
    product = load("product")
    customer = load("customer")
    assert isinstance(invoice, click.Group)
    assert isinstance(product, click.Group)
    assert isinstance(customer, click.Group)
    assert {"refund", "email"} <= set(invoice.commands)
    assert {"import", "export"} <= set(product.commands)
    assert "email" in customer.commands
