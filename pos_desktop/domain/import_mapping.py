"""Which column of a spreadsheet feeds which customer field.

A mapping is column -> field (or nothing). Several columns may feed one field: ``name`` joins
them with a space (``First Name`` + ``Last Name``), ``notes`` keeps each as ``Header: value``,
``phone`` takes the first that is filled. Headers are matched after folding case, accents and
punctuation, so ``E-mail``, ``email`` and ``E-Mail-Adresse`` meet one synonym table.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from pos_desktop.domain.errors import ValidationError
from pos_desktop.domain.phrases import say
from pos_desktop.domain.text import fold

#: The column a rejects file adds; ignored when that file is imported again.
PROBLEM_COLUMN = "Import problem"


class ImportField(StrEnum):
    NAME = "name"
    EMAIL = "email"
    PHONE = "phone"
    COMPANY = "company"
    JOB_TITLE = "job_title"
    COUNTRY = "country"
    CITY = "city"
    STREET = "street"
    POSTCODE = "postcode"
    VAT_ID = "vat_id"
    CUSTOMER_TYPE = "customer_type"
    LANGUAGE = "language"
    LEAD_STATUS = "lead_status"
    WEBSITE = "website"
    EXTERNAL_REF = "external_ref"
    NOTES = "notes"


# fmt: off
_SYNONYMS: dict[str, ImportField] = {
    **dict.fromkeys((
        "name", "fullname", "contactname", "contact", "customer", "customername", "person",
        "visitor", "visitorname", "firstname", "lastname", "givenname", "surname", "familyname",
        "forename", "vorname", "nachname", "prenom", "nom", "nombre", "apellido", "apellidos",
    ), ImportField.NAME),
    **dict.fromkeys((
        "email", "emailaddress", "mail", "emailadresse", "courriel", "correo", "primaryemail",
        "email1", "workemail",
    ), ImportField.EMAIL),
    **dict.fromkeys((
        "phone", "phone1", "phonenumber", "telephone", "tel", "mobile", "mobilephone", "cell",
        "cellphone", "telefon", "telefono", "handy", "primaryphone", "workphone",
    ), ImportField.PHONE),
    **dict.fromkeys((
        "company", "companyname", "organisation", "organization", "organisationname",
        "organizationname", "firm", "employer", "account", "accountname", "firma",
        "entreprise", "empresa", "business",
    ), ImportField.COMPANY),
    **dict.fromkeys((
        "jobtitle", "title", "position", "role", "job", "function", "occupation", "beruf",
        "poste", "cargo",
    ), ImportField.JOB_TITLE),
    **dict.fromkeys(("country", "countrycode", "land", "pays", "pais", "nation"),
                    ImportField.COUNTRY),
    **dict.fromkeys(("city", "town", "stadt", "ort", "ville", "ciudad", "citta"),
                    ImportField.CITY),
    **dict.fromkeys((
        "street", "streetaddress", "address", "address1", "addressline1", "addressline",
        "addressstreet", "line1", "strasse", "strasseundhausnummer", "anschrift", "adresse",
        "rue", "calle", "direccion", "indirizzo", "billingstreet", "mailingstreet",
    ), ImportField.STREET),
    **dict.fromkeys((
        "postcode", "postalcode", "zip", "zipcode", "plz", "postleitzahl", "codepostal", "cp",
        "cap", "codigopostal", "billingpostalcode", "mailingpostalcode",
    ), ImportField.POSTCODE),
    **dict.fromkeys((
        "vatid", "vat", "vatnumber", "vatno", "vatreg", "vatregistrationnumber", "ustid",
        "ustidnr", "ustidnummer", "umsatzsteuerid", "umsatzsteueridentifikationsnummer",
        "tvaintracommunautaire", "numerotva", "tva", "nif", "partitaiva", "piva", "btwnummer",
    ), ImportField.VAT_ID),
    **dict.fromkeys(("customertype", "type", "typ", "kundentyp", "category", "segment", "kind",
                     "visitortype", "contacttype"), ImportField.CUSTOMER_TYPE),
    **dict.fromkeys((
        "language", "lang", "preferredlanguage", "languagecode", "correspondencelanguage",
        "sprache", "korrespondenzsprache", "langue", "idioma", "lingua", "taal", "jezyk",
    ), ImportField.LANGUAGE),
    **dict.fromkeys(("leadstatus", "status", "stage", "leadstage", "pipeline"),
                    ImportField.LEAD_STATUS),
    **dict.fromkeys(("website", "web", "url", "homepage", "site", "webseite", "siteweb"),
                    ImportField.WEBSITE),
    **dict.fromkeys((
        "customerid", "id", "externalid", "externalref", "crmid", "contactid", "recordid",
        "leadid", "sourceid", "reference", "ref", "customerno", "customernumber", "kundennr",
        "kundennummer", "nr", "no",
    ), ImportField.EXTERNAL_REF),
    **dict.fromkeys(("notes", "note", "comment", "comments", "remarks", "phone2",
                     "bemerkung", "notiz"), ImportField.NOTES),
}
# fmt: on


@lru_cache(maxsize=16_384)  # also keys every type and status cell of an import
def header_key(header: str) -> str:
    return re.sub(r"[^a-z0-9]", "", fold(header))


@dataclass(frozen=True, slots=True)
class ColumnMapping:
    """One target (or ``None``: ignored) per column, in the file's column order."""

    headers: tuple[str, ...]
    targets: tuple[ImportField | None, ...]

    def columns_for(self, target: ImportField) -> tuple[int, ...]:
        return tuple(i for i, t in enumerate(self.targets) if t is target)

    def as_dict(self) -> dict[str, str | None]:
        """The saved and ``--mapping FILE`` form: ``{"Header": "field" or null}``."""
        return {
            h: (t.value if t else None) for h, t in zip(self.headers, self.targets, strict=True)
        }

    def with_target(self, column: int, target: ImportField | None) -> ColumnMapping:
        targets = list(self.targets)
        targets[column] = target
        return ColumnMapping(self.headers, tuple(targets))

    def ignored(self) -> tuple[str, ...]:
        """The columns no field takes (the rejects file's problem column is not one)."""
        return tuple(
            h
            for h, t in zip(self.headers, self.targets, strict=True)
            if t is None and h != PROBLEM_COLUMN
        )

    def check(self) -> None:
        """A mapping without a name column cannot make any customer: say so before reading."""
        if not self.columns_for(ImportField.NAME):
            raise ValidationError.single(say("mapping"), say("no column is mapped to the name"))


def auto_mapping(headers: Sequence[str]) -> ColumnMapping:
    """Each header's synonym; an id column is taken only once (``Index`` stays ignored)."""
    targets: list[ImportField | None] = []
    for header in headers:
        target = _SYNONYMS.get(header_key(header)) if header != PROBLEM_COLUMN else None
        single = (
            ImportField.EXTERNAL_REF,
            ImportField.EMAIL,
            ImportField.COUNTRY,
            ImportField.STREET,
            ImportField.POSTCODE,
            ImportField.VAT_ID,
            ImportField.LANGUAGE,
        )
        if target in single and target in targets:
            target = None
        targets.append(target)
    return ColumnMapping(tuple(headers), tuple(targets))


def mapping_from_dict(headers: Sequence[str], data: Mapping[str, object]) -> ColumnMapping:
    """A saved or user-written mapping applied to this file's headers.

    Headers the mapping does not name are matched automatically; a target that is not a field
    is an error naming it (a typo in a mapping file must not silently drop a column).
    Headers compare as in the synonym table: case, accents and punctuation do not matter.
    """
    automatic = auto_mapping(headers)
    given = {header_key(name): value for name, value in data.items()}
    targets: list[ImportField | None] = []
    for index, header in enumerate(headers):
        if header_key(header) not in given:
            targets.append(automatic.targets[index])
            continue
        value = given[header_key(header)]
        if value is None or value == "":
            targets.append(None)
            continue
        try:
            targets.append(ImportField(str(value)))
        except ValueError:
            allowed = ", ".join(f.value for f in ImportField)
            raise ValidationError.single(
                say("mapping of {header!r}", header=header),
                say("{value!r} is not one of {allowed}", value=value, allowed=allowed),
            ) from None
    return ColumnMapping(tuple(headers), tuple(targets))


def headers_signature(headers: Iterable[str]) -> str:
    """The key a mapping is saved under: the same columns (any order, any case) find it again;
    a rejects file (the same columns plus the problem column) finds the original's mapping."""
    keys = sorted({header_key(h) for h in headers if h != PROBLEM_COLUMN})
    return hashlib.sha256("\x1f".join(keys).encode()).hexdigest()[:32]
