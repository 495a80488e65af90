"""Customer import on a real SQLite file and a real PostgreSQL: outcomes, duplicates, reruns."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from sqlalchemy import func, select

from pos_desktop.bootstrap import Services
from pos_desktop.domain.customer import CustomerInput
from pos_desktop.domain.errors import PermissionDenied
from pos_desktop.domain.import_mapping import PROBLEM_COLUMN, auto_mapping
from pos_desktop.services.customer_import import ImportOptions
from pos_desktop.services.import_report import DuplicatePolicy, EmailPolicy
from pos_desktop.storage.models import AuditEvent, Customer
from tests.conftest import Staff

SHARED = Path(__file__).resolve().parents[1] / "data"  # copies of ../shared/data, so CI has them
FIXTURE = Path(__file__).resolve().parents[1] / "data" / "crm-export-messy.csv"


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def customers(services: Services) -> list[Customer]:
    with services.db.reader() as uow:
        found = list(uow.session.scalars(select(Customer).order_by(Customer.id)))
        uow.session.expunge_all()  # the reader's rollback would expire them
        return found


PEOPLE = """Customer Id,First Name,Last Name,Company,Country,Phone 1,E-mail,Website,customer_type
A1,Anna,Schmidt,Muster GmbH,Deutschland,030 1234567,anna@example.org,muster.de,Corporate
A2,Bob,Jones,,UK,020 7946 0958,bob@example.co.uk,,YouTuber
A3,,,,France,,nobody@example.org,,
A4,Chen,Li,Acme HK,Hong Kong SAR,2123 4567,not-an-email,,Press
A5,Dee,Park,,South Korea,02-312-3456,dee@example.kr,http://dee.kr/,Alien
"""


def test_rows_end_as_created_or_rejected_with_row_field_and_reason(
    services: Services, staff: Staff, tmp_path: Path
) -> None:
    source = write(tmp_path / "people.csv", PEOPLE)
    rejects = tmp_path / "rejects.csv"
    report = services.customer_import.run(
        staff.manager, source, ImportOptions(rejects_path=rejects)
    )
    assert (report.rows, report.created, report.updated, report.unchanged, report.rejected) == (
        5,
        3,
        0,
        0,
        2,
    )
    assert dict(report.reasons) == {"name missing": 1, "invalid email": 1}
    assert [(n.row, n.field) for n in report.rejected_rows] == [(4, "name"), (5, "email")]
    stored = {c.external_ref: c for c in customers(services)}
    anna = stored["A1"]
    assert (anna.name, anna.country, anna.phone, anna.website, anna.customer_type) == (
        "Anna Schmidt",
        "DE",
        "+49301234567",
        "https://muster.de",
        "corporate",
    )
    assert (stored["A2"].country, stored["A2"].phone, stored["A2"].customer_type) == (
        "GB",
        "+442079460958",
        "creator",
    )
    dee = stored["A5"]
    assert (dee.country, dee.phone, dee.customer_type) == ("KR", "+8223123456", "other")
    assert dee.as_written == {"customer_type": "Alien"}
    assert report.warnings["unknown type"] == 1
    with rejects.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream))
    assert rows[0][-1] == PROBLEM_COLUMN
    assert [r[0] for r in rows[1:]] == ["A3", "A4"]
    assert "name: is empty" in rows[1][-1]


def test_invalid_email_kept_when_the_user_says_so(
    services: Services, staff: Staff, tmp_path: Path
) -> None:
    source = write(tmp_path / "people.csv", PEOPLE)
    report = services.customer_import.run(
        staff.manager, source, ImportOptions(invalid_email=EmailPolicy.KEEP)
    )
    assert (report.created, report.rejected) == (4, 1)
    chen = next(c for c in customers(services) if c.external_ref == "A4")
    assert chen.email is None
    assert chen.as_written == {"email": "not-an-email"}
    assert report.warnings["invalid email kept"] == 1


def test_importing_the_same_file_twice_changes_nothing(
    services: Services, staff: Staff, tmp_path: Path
) -> None:
    source = SHARED / "customers-crm-sample.csv"
    first = services.customer_import.run(staff.manager, source, ImportOptions(batch_size=64))
    before = [(c.code, c.version, c.name, c.phone) for c in customers(services)]
    second = services.customer_import.run(staff.manager, source, ImportOptions(batch_size=64))
    assert first.rows == second.rows == 300
    assert first.created + first.updated + first.unchanged + first.rejected == 300
    assert (second.created, second.updated, second.rejected) == (0, 0, first.rejected)
    assert second.unchanged == first.created + first.updated + first.unchanged
    assert [(c.code, c.version, c.name, c.phone) for c in customers(services)] == before


def test_duplicates_in_the_file_and_in_the_database(
    services: Services, staff: Staff, tmp_path: Path
) -> None:
    services.customers.register(
        staff.manager, CustomerInput(name="Old Name", email="anna@example.org", country="DE")
    )
    text = (
        "Name,Email,Phone,City\n"
        "Anna Schmidt,ANNA@example.org,,Berlin\n"  # matches the registered customer by email
        "Bert Brecht,bert@example.org,+49 30 7654321,\n"
        "Bert B.,,+49 30 7654321,Augsburg\n"  # same phone as the row before: same person
        "Carla,,,\n"
        "Carla,,,\n"  # no id, email or phone: name (and company) decide
    )
    source = write(tmp_path / "dups.csv", text)
    dry = services.customer_import.run(staff.manager, source, ImportOptions(dry_run=True))
    assert len(customers(services)) == 1  # the dry run wrote nothing
    real = services.customer_import.run(staff.manager, source, ImportOptions())
    for report in (dry, real):
        assert (report.created, report.updated, report.unchanged) == (2, 2, 1)
        assert dict(report.matched_by) == {"email": 1, "phone": 1, "name and company": 1}
    stored = {c.name: c for c in customers(services)}
    assert set(stored) == {"Anna Schmidt", "Bert B.", "Carla"}
    assert stored["Anna Schmidt"].city == "Berlin"
    assert stored["Anna Schmidt"].version == 2
    # the search index follows the update: the new name finds her, the old one nobody
    assert [c.name for c in services.customers.search(staff.manager, "schmidt")] == ["Anna Schmidt"]
    assert services.customers.search(staff.manager, "old name") == []
    assert stored["Bert B."].email == "bert@example.org"  # an empty cell erases nothing
    assert stored["Bert B."].city == "Augsburg"

    skipped = services.customer_import.run(
        staff.manager, source, ImportOptions(on_duplicate=DuplicatePolicy.SKIP)
    )
    assert (skipped.created, skipped.updated, skipped.unchanged) == (0, 0, 5)
    anyway = services.customer_import.run(
        staff.manager, source, ImportOptions(on_duplicate=DuplicatePolicy.CREATE)
    )
    assert anyway.created == 5
    assert len(customers(services)) == 8


def test_one_audit_entry_per_import_with_its_counts(
    services: Services, staff: Staff, tmp_path: Path
) -> None:
    source = write(tmp_path / "people.csv", PEOPLE)
    services.customer_import.run(staff.manager, source, ImportOptions(batch_size=2))
    with services.db.reader() as uow:
        events = list(
            uow.session.scalars(select(AuditEvent).where(AuditEvent.action == "customer.import"))
        )
        uow.session.expunge_all()
    assert len(events) == 1
    after = events[0].after
    assert after is not None
    assert (after["rows"], after["created"], after["rejected"], after["status"]) == (
        5,
        3,
        2,
        "done",
    )
    assert events[0].actor == staff.manager.label


def test_cancel_stops_at_a_batch_boundary_and_a_rerun_completes(
    services: Services, staff: Staff, tmp_path: Path
) -> None:
    source = SHARED / "customers-people-sample.csv"
    batches = 0

    def cancel_after_two() -> bool:
        return batches >= 2

    def count_batch(_report: object) -> None:
        nonlocal batches
        batches += 1

    cut = services.customer_import.run(
        staff.manager,
        source,
        ImportOptions(batch_size=50),
        progress=count_batch,
        cancelled=cancel_after_two,
    )
    assert cut.cancelled
    assert cut.rows == 100
    assert len(customers(services)) == 100
    rest = services.customer_import.run(staff.manager, source, ImportOptions(batch_size=50))
    assert (rest.unchanged, rest.created) == (100, 200)
    with services.db.reader() as uow:
        refs = uow.session.scalar(select(func.count(func.distinct(Customer.external_ref))))
    assert refs == len(customers(services)) == 300


def test_cashiers_may_not_import(services: Services, staff: Staff, tmp_path: Path) -> None:
    source = write(tmp_path / "people.csv", PEOPLE)
    with pytest.raises(PermissionDenied):
        services.customer_import.run(staff.cashier, source, ImportOptions())


def test_saved_mapping_is_found_for_the_same_headers_in_another_order(
    services: Services, staff: Staff, tmp_path: Path
) -> None:
    source = write(tmp_path / "odd.csv", "Who,Mail,Notes\nAnna,anna@example.org,x\n")
    preview = services.customer_import.preview(staff.manager, source)
    assert not preview.saved_mapping
    assert preview.mapping.as_dict() == {"Who": None, "Mail": "email", "Notes": "notes"}
    from pos_desktop.domain.import_mapping import ImportField

    chosen = preview.mapping.with_target(0, ImportField.NAME)
    services.customer_import.save_mapping(staff.manager, chosen)
    again = write(tmp_path / "again.csv", "mail,who,notes\nbob@example.org,Bob,\n")
    later = services.customer_import.preview(staff.manager, again)
    assert later.saved_mapping
    assert later.mapping.as_dict() == {"mail": "email", "who": "name", "notes": "notes"}
    report = services.customer_import.run(staff.manager, again, ImportOptions())
    assert report.created == 1


def test_the_rejects_file_fixed_imports_and_every_customer_exists_once(
    services: Services, staff: Staff, tmp_path: Path
) -> None:
    source = write(tmp_path / "people.csv", PEOPLE)
    rejects = tmp_path / "rejects.csv"
    services.customer_import.run(staff.manager, source, ImportOptions(rejects_path=rejects))
    fixed = rejects.read_text(encoding="utf-8-sig").replace(",,,,France", ",Zoe,Roy,,France")
    fixed = fixed.replace("not-an-email", "chen@example.hk")
    (tmp_path / "fixed.csv").write_text(fixed, encoding="utf-8")
    again = services.customer_import.run(staff.manager, tmp_path / "fixed.csv", ImportOptions())
    assert (again.created, again.rejected) == (2, 0)
    assert auto_mapping([PROBLEM_COLUMN]).targets == (None,)
    assert sorted(c.external_ref or "" for c in customers(services)) == [
        "A1",
        "A2",
        "A3",
        "A4",
        "A5",
    ]
