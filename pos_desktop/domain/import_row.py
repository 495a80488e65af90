"""One spreadsheet row -> a customer to import, or the reasons it cannot be one.

A row is rejected only when it cannot make a usable customer: no name, or an invalid email when
the user chose to reject those. Everything else that does not fit (a phone that is no number, a
country nobody knows, a website that is not one, a type the app lacks) is kept as written in
``as_written``, the normalised field stays empty, and the row carries a warning saying why:
the customer is never lost over it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from pos_desktop.domain.contact import email_key, normalize_email, phone_problem
from pos_desktop.domain.countries import country_code
from pos_desktop.domain.customer import (
    CITY_MAX,
    COMPANY_MAX,
    JOB_TITLE_MAX,
    NAME_MAX,
    NOTES_MAX,
    STREET_MAX,
    CustomerType,
    postcode_text,
    search_words,
)
from pos_desktop.domain.document_language import customer_language
from pos_desktop.domain.errors import ValidationError
from pos_desktop.domain.import_mapping import ColumnMapping, ImportField, header_key
from pos_desktop.domain.import_values import customer_type_for, lead_status_for, normalize_website
from pos_desktop.domain.phones import phone_or_none
from pos_desktop.domain.phrases import say
from pos_desktop.domain.spreadsheet_cells import NEUTRALISED_STARTS
from pos_desktop.domain.text import NAME_FORBIDDEN, clean_line, clean_multiline, fold
from pos_desktop.domain.vat_id import vat_id_or_problem

EXTERNAL_REF_MAX = 64
AS_WRITTEN_MAX = 200


class RowProblem(NamedTuple):
    """``kind`` is what reports count by; ``detail`` is what the person fixing the row reads.
    (A named tuple, like ``ImportedCustomer``, to cross between processes cheaply.)"""

    field: str
    kind: str
    detail: str

    def __str__(self) -> str:
        return f"{self.field}: {self.detail}"


class ImportedCustomer(NamedTuple):
    """A row read into customer fields. A named tuple, not a dataclass: an import passes a
    hundred thousand of them between processes, and a tuple unpickles six times faster."""

    name: str
    email: str | None
    phone: str | None
    company: str | None
    job_title: str | None
    country: str | None
    city: str | None
    #: ``None``: the row gives no type (an update keeps the customer's; a new one is individual).
    customer_type: CustomerType | None
    notes: str | None
    website: str | None
    lead_status: str | None
    external_ref: str | None
    as_written: dict[str, str]
    warnings: tuple[RowProblem, ...]
    #: The lookup keys and search words of a customer made from these fields (computed where
    #: the row is read, which may be a worker process).
    email_key: str | None
    name_key: str
    search_words: str | None
    street: str | None = None
    postcode: str | None = None
    vat_id: str | None = None
    #: Of the customer's documents (``None``: the file gives none, or one we do not speak).
    language: str | None = None


@dataclass(frozen=True, slots=True)
class RejectedRow:
    problems: tuple[RowProblem, ...]

    @property
    def reason(self) -> str:
        return "; ".join(str(p) for p in self.problems)


def _values(cells: Sequence[str]) -> list[str]:
    """Each cell trimmed, with what a spreadsheet-safe export put in front of it removed."""
    return [c[1:].strip() if c.startswith(NEUTRALISED_STARTS) else c.strip() for c in cells]


#: The fields that take their first non-empty column (name joins its columns, notes list them).
_SINGLE = (
    ImportField.EMAIL,
    ImportField.PHONE,
    ImportField.COMPANY,
    ImportField.JOB_TITLE,
    ImportField.COUNTRY,
    ImportField.CITY,
    ImportField.CUSTOMER_TYPE,
    ImportField.LEAD_STATUS,
    ImportField.WEBSITE,
    ImportField.EXTERNAL_REF,
    ImportField.STREET,
    ImportField.POSTCODE,
    ImportField.VAT_ID,
    ImportField.LANGUAGE,
)


class _Notes:
    """Warnings and kept-as-written values gathered while one row is read."""

    def __init__(self) -> None:
        self.warnings: list[RowProblem] = []
        self.kept: dict[str, str] = {}

    def warn(self, name: str, kind: str, detail: str) -> None:
        self.warnings.append(RowProblem(name, kind, detail))

    def keep(self, name: str, raw: str, kind: str, detail: str) -> None:
        self.kept[name] = clean_line(raw)[:AS_WRITTEN_MAX]
        self.warn(name, kind, detail)


class RowReader:
    """Reads rows of one file with one mapping; built once, called per row (the hot path)."""

    def __init__(
        self,
        mapping: ColumnMapping,
        *,
        keep_invalid_email: bool,
        default_region: str | None,
    ) -> None:
        self._mapping = mapping
        self._columns = {f: mapping.columns_for(f) for f in ImportField}
        #: The columns of each field that takes the first non-empty one, in ``_SINGLE`` order.
        self._plan = tuple(self._columns[f] for f in _SINGLE)
        self._name_columns = self._columns[ImportField.NAME]
        self._keep_invalid_email = keep_invalid_email
        self._region = default_region

    def __call__(self, cells: Sequence[str]) -> ImportedCustomer | RejectedRow:
        values = _values(cells)
        count = len(values)
        firsts: list[str] = []
        for columns in self._plan:  # inline: this runs a million times per 100,000 rows
            found = ""
            for index in columns:
                if index < count and (found := values[index]):
                    break
            firsts.append(found)
        (raw_email, raw_phone, raw_company, raw_job, raw_country, raw_city, raw_type,
         raw_status, raw_website, raw_ref, raw_street, raw_postcode, raw_vat,
         raw_language) = firsts  # fmt: skip
        notes = _Notes()
        name = self._text(
            " ".join([values[i] for i in self._name_columns if i < count and values[i]]),
            "name",
            NAME_MAX,
            notes,
        )
        email, problems = self._email(raw_email, notes)
        if not name:
            problems.insert(0, RowProblem("name", say("name missing"), say("is empty")))
        if problems or not name:
            return RejectedRow(tuple(problems))
        country = self._country(raw_country, notes)
        external_ref = clean_line(raw_ref) or None
        if external_ref and len(external_ref) > EXTERNAL_REF_MAX:
            notes.keep(
                "external_ref",
                external_ref,
                say("id too long"),
                say("over {limit}: not used to match", limit=EXTERNAL_REF_MAX),
            )
            external_ref = None
        phone = self._phone(raw_phone, country, notes)
        company = self._text(raw_company, "company", COMPANY_MAX, notes)
        # Read before the warnings are collected below (keyword arguments run in order).
        street = self._text(raw_street, "street", STREET_MAX, notes) if raw_street else None
        postcode = self._postcode(raw_postcode, notes) if raw_postcode else None
        vat_id = self._vat_id(raw_vat, country, notes) if raw_vat else None
        language = self._language(raw_language, notes) if raw_language else None
        return ImportedCustomer(
            name=name,
            email=email,
            phone=phone,
            company=company,
            job_title=self._text(raw_job, "job_title", JOB_TITLE_MAX, notes),
            country=country,
            city=self._text(raw_city, "city", CITY_MAX, notes),
            customer_type=self._type(raw_type, notes),
            notes=self._notes(values, notes),
            website=self._website(raw_website, notes),
            lead_status=self._status(raw_status, notes),
            external_ref=external_ref,
            as_written=notes.kept,
            warnings=tuple(notes.warnings),
            email_key=email_key(email) if email else None,
            name_key=fold(name)[:120],
            search_words=search_words(name, email, phone, company),
            street=street,
            postcode=postcode,
            vat_id=vat_id,
            language=language,
        )

    def _email(self, raw: str, notes: _Notes) -> tuple[str | None, list[RowProblem]]:
        if not raw:
            return None, []
        try:
            return normalize_email(raw), []
        except ValidationError as error:
            detail = error.problems[0].message
        if self._keep_invalid_email:
            notes.keep("email", raw, say("invalid email kept"), detail)
            return None, []
        return None, [RowProblem("email", say("invalid email"), detail)]

    @staticmethod
    def _country(raw: str, notes: _Notes) -> str | None:
        if not raw:
            return None
        try:
            return country_code(raw)
        except ValidationError:
            notes.keep(
                "country", raw, say("unknown country"), say("{value!r} kept as written", value=raw)
            )
            return None

    def _phone(self, raw: str, country: str | None, notes: _Notes) -> str | None:
        if not raw:
            return None
        region = country or self._region
        phone = phone_or_none(raw, region)
        if phone is None:
            notes.keep("phone", raw, say("phone not a number"), phone_problem(raw, region))
        return phone

    @staticmethod
    def _postcode(raw: str, notes: _Notes) -> str | None:
        try:
            return postcode_text(raw)
        except ValidationError as error:
            notes.keep("postcode", raw, say("postcode not valid"), error.problems[0].message)
            return None

    @staticmethod
    def _vat_id(raw: str, country: str | None, notes: _Notes) -> str | None:
        vat_id, problem = vat_id_or_problem(raw, country)
        if problem is not None:
            notes.keep(
                "vat_id",
                raw,
                say("VAT ID not valid"),
                say("{problem}; kept as written", problem=problem),
            )
        return vat_id

    @staticmethod
    def _language(raw: str, notes: _Notes) -> str | None:
        try:
            return customer_language(raw)
        except ValidationError:
            notes.keep(
                "language",
                raw,
                say("unknown language"),
                say("{value!r} kept; from the country", value=raw),
            )
            return None

    @staticmethod
    def _website(raw: str, notes: _Notes) -> str | None:
        if not raw:
            return None
        website = normalize_website(raw)
        if website is None:
            notes.keep(
                "website",
                raw,
                say("website not an address"),
                say("{value!r} kept as written", value=raw),
            )
        return website

    @staticmethod
    def _type(raw: str, notes: _Notes) -> CustomerType | None:
        if not raw:
            return None
        kind = customer_type_for(raw)
        if kind is None:
            notes.keep(
                "customer_type",
                raw,
                say("unknown type"),
                say("{value!r} kept; new customers: other", value=raw),
            )
        return kind

    @staticmethod
    def _status(raw: str, notes: _Notes) -> str | None:
        if not raw:
            return None
        status = lead_status_for(raw)
        if status is None:
            notes.keep(
                "lead_status",
                raw,
                say("unknown lead status"),
                say("{value!r} kept as written", value=raw),
            )
            return None
        return status.value

    @staticmethod
    def _text(raw: str, name: str, limit: int, notes: _Notes) -> str | None:
        """Trimmed to one line; markup characters dropped and overlong text cut, with a warning
        (a company name with a ``;`` is still that company)."""
        value = clean_line(raw)
        if not value:
            return None
        if not NAME_FORBIDDEN.isdisjoint(value):
            value = clean_line("".join(ch for ch in value if ch not in NAME_FORBIDDEN))
            notes.warn(name, say("characters removed"), say("markup characters removed"))
        if len(value) > limit:
            value = value[:limit].rstrip()
            notes.warn(name, say("text cut"), say("cut to {limit} characters", limit=limit))
        return value or None

    def _notes(self, values: list[str], notes: _Notes) -> str | None:
        """Each column as ``Header: value`` unless it is the only notes column and is called
        notes: ``Phone 2: ...`` still says what the number is."""
        parts = []
        for index in self._columns[ImportField.NOTES]:
            value = values[index] if index < len(values) else ""
            if value:
                header = self._mapping.headers[index]
                plain = header_key(header) in {"notes", "note", "comment", "comments", "remarks"}
                parts.append(value if plain else f"{header}: {value}")
        text = clean_multiline("\n".join(parts))
        if len(text) > NOTES_MAX:
            text = text[:NOTES_MAX]
            notes.warn("notes", say("text cut"), say("cut to {limit} characters", limit=NOTES_MAX))
        return text or None
