"""The command line starts fast: ``--help`` and ``--version`` load no command module and none
of the heavy libraries; a command loads what it needs when it runs (``customer show``: the
customers and SQLAlchemy, not the printer, the PDFs, the migrations or the validators)."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

import click
import pytest

from pos_desktop.bootstrap import Services
from pos_desktop.cli.command_index import COMMANDS, ExtendedGroup, load
from pos_desktop.config import Settings
from pos_desktop.domain.customer import CustomerInput
from tests.conftest import PASSWORD, Staff
from tests.support.cli import CHECKOUT

#: Each costs from tens to hundreds of milliseconds to import; none is needed for --help.
HEAVY = ("reportlab", "cv2", "escpos", "PySide6", "phonenumbers", "alembic", "sqlalchemy")


#: What ``customer show`` does without: printing, PDFs and QR images, the camera, Qt, the
#: migrations, the validators of what people type (the show checks nothing), fake data.
NOT_FOR_SHOWING = (
    "escpos",
    "reportlab",
    "qrcode",
    "PIL",
    "cv2",
    "PySide6",
    "alembic",
    "phonenumbers",
    "email_validator",
    "pycountry",
    "stdnum",
    "babel",
    "keyring",
    "jinja2",
    "faker",
    "openpyxl",
)


def _modules_after(code: str, environ: Mapping[str, str] | None = None) -> set[str]:
    script = f"{code}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
        cwd=CHECKOUT,
        env={"PYTHONPATH": str(CHECKOUT), "PATH": "/usr/bin:/bin", **(environ or {})},
    )
    return set(json.loads(done.stdout.splitlines()[-1]))


def _run_cli(*args: str) -> str:
    """The command in this process (of the child), as ``pos-desktop`` runs it; exit 0 or fail."""
    return (
        "import sys\nfrom pos_desktop.cli.main import main\n"
        f"sys.argv = ['pos-desktop', *{list(args)!r}]\n"
        "try:\n    main()\nexcept SystemExit as done:\n"
        "    assert done.code in (0, None), done.code"
    )


def _heavy(loaded: set[str], names: tuple[str, ...]) -> list[str]:
    return sorted(m for m in loaded if m.split(".")[0] in names)


def test_importing_the_command_line_loads_no_heavy_library() -> None:
    loaded = _modules_after("import pos_desktop.cli.main")
    assert sorted(m for m in loaded if m.split(".")[0] in HEAVY) == []
    assert not [m for m in loaded if m.endswith("_cmds")]


def test_help_lists_every_command_without_loading_one() -> None:
    loaded = _modules_after(_run_cli("--help"))
    assert _heavy(loaded, HEAVY) == []


@pytest.mark.parametrize("backend", ["sqlite"])
def test_showing_a_customer_loads_only_what_showing_needs(
    services: Services, settings: Settings, staff: Staff, empty_config: Path, tmp_path: Path
) -> None:
    ada = services.customers.register(
        staff.admin, CustomerInput(name="Ada Lovelace", email="ada@example.org")
    )
    password = tmp_path / "pw"
    password.write_text(PASSWORD + "\n")
    environ = {
        "POS_DATABASE_URL": settings.database.url,
        "POS_CONFIG": str(empty_config),
        "POS_LOG_FOLDER": str(tmp_path / "log"),
        "POS_CLI_SESSION_FILE": str(tmp_path / "cli-session"),
        "POS_USER": staff.admin.username,  # logged in for this one command
        "POS_PASSWORD_FILE": str(password),
    }
    loaded = _modules_after(_run_cli("customer", "show", ada.code), environ)
    assert "pos_desktop.cli.customer_cmds" in loaded  # it ran (and exited 0)
    assert _heavy(loaded, NOT_FOR_SHOWING) == []
    assert not [m for m in loaded if m.endswith("_cmds") and "customer_cmds" not in m]


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


@pytest.mark.parametrize(
    ("group", "added", "module"),
    [
        ("customer", "email", "outbox_cmds"),
        ("invoice", "refund", "refund_cmds"),
        ("invoice", "email", "outbox_cmds"),
        ("product", "import", "product_file_cmds"),
    ],
)
def test_a_group_finds_the_subcommands_others_add_when_asked(
    group: str, added: str, module: str
) -> None:
    """In a fresh process: ``customer show`` does not import them, asking for them does."""
    assert isinstance(load(group, extras=False), ExtendedGroup)
    listed = _modules_after(_run_cli(group, "--help"))
    assert f"pos_desktop.cli.{module}" in listed
    ran = _modules_after(_run_cli(group, added, "--help"))  # exit 0: found
    assert f"pos_desktop.cli.{module}" in ran


def test_the_login_window_comes_up_before_the_database_layer_loads() -> None:
    """The app's cold start shows the login while SQLAlchemy and the models load on a worker
    (ui/app.py): what runs up to ``login.show()`` imports neither, nor the main window."""
    loaded = _modules_after(
        "from pos_desktop.config import load_settings\n"
        "from pos_desktop.ui.app import application\n"
        "from pos_desktop.ui.screens.login import LoginDialog\n"
        "from pos_desktop.ui.workers import ThreadPoolRunner\n"
        "app = application()\n"
        "LoginDialog.while_opening('T1', ThreadPoolRunner()).show()\n"
        "app.processEvents()",
        {"QT_QPA_PLATFORM": "offscreen"},
    )
    assert "PySide6.QtWidgets" in loaded  # the window was made here
    assert _heavy(loaded, ("sqlalchemy", "alembic", "cv2", "reportlab", "escpos")) == []
    assert "pos_desktop.ui.main_window" not in loaded
