"""A crash in the middle of an import (the process killed, as by a power cut to the app) leaves
whole batches only, its audit entry states exactly what was saved, and importing the same file
again completes it with every customer once."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from sqlalchemy import func, select

from pos_desktop.bootstrap import Services
from pos_desktop.services.customer_import import ImportOptions
from pos_desktop.storage.models import AuditEvent, Customer
from tests.conftest import Staff
from tests.support.cli import process_env

#: The import killed once its fifth batch of 20 rows is in the open transaction; with a commit
#: every 40 rows, four batches are saved by then and the fifth is not.
KILLED_IMPORT = """
import os, signal, sys
from pathlib import Path
from pos_desktop.bootstrap import build_services
from pos_desktop.config import load_settings
from pos_desktop.domain.roles import Actor, Role
from pos_desktop.services import customer_import

customer_import.COMMIT_ROWS = 40
services = build_services(load_settings())
batches = 0

def progress(_report):
    global batches
    batches += 1
    if batches == 5:
        os.kill(os.getpid(), signal.SIGKILL)

services.customer_import.run(
    Actor(None, "cli:import", Role.ADMIN, "cli:import"),
    Path(sys.argv[1]),
    customer_import.ImportOptions(batch_size=20, processes=0),
    progress=progress,
)
"""


def people(path: Path, count: int) -> Path:
    lines = ["Customer Id,Name,E-mail"]
    lines += [f"K-{n:04},Person {n},person{n}@example.org" for n in range(1, count + 1)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_killed_import_keeps_whole_batches_and_a_rerun_completes_it(
    services: Services, staff: Staff, database_url: str, empty_config: Path, tmp_path: Path
) -> None:
    source = people(tmp_path / "people.csv", 200)
    killed = subprocess.run(
        [sys.executable, "-c", KILLED_IMPORT, str(source)],
        check=False,  # it is killed: its exit status is checked below
        env=process_env(database_url, empty_config),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert killed.returncode == -9, killed.stderr

    with services.db.reader() as uow:
        refs = uow.session.scalars(select(Customer.external_ref).order_by(Customer.id)).all()
        said = uow.session.scalars(  # one entry per commit: the last says what is saved
            select(AuditEvent.after)
            .where(AuditEvent.action == "customer.import")
            .order_by(AuditEvent.seq.desc())
            .limit(1)
        ).one()
    assert refs == [f"K-{n:04}" for n in range(1, 81)]  # batches 1-4, in file order
    assert said is not None
    assert (said["status"], said["created"]) == ("importing", 80)

    rest = services.customer_import.run(staff.manager, source, ImportOptions(batch_size=20))
    assert (rest.created, rest.unchanged, rest.rejected) == (120, 80, 0)
    with services.db.reader() as uow:
        total = uow.session.scalar(select(func.count(func.distinct(Customer.external_ref))))
        assert total == uow.session.scalar(select(func.count(Customer.id))) == 200
