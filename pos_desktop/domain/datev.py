"""The DATEV format "Buchungsstapel" (EXTF, header version 700, category 21, format version 13):
the CSV German accountants import into DATEV Rechnungswesen or Unternehmen online.

Line 1 is the header (31 fields: who, which client, which fiscal year and period), line 2 the
125 column names, then one line per booking. Fields are separated by semicolons, text fields
are in double quotes, amounts have a decimal comma and no sign (the Soll/Haben-Kennzeichen
says the side), the document date is ``DDMM``. The file is Windows-1252 with CRLF line ends
(the service encodes it). Only the columns a booking needs are filled: amount, side,
currency, account, contra account, date, document number and booking text; the revenue
accounts are DATEV's automatic VAT accounts, so no BU-Schlüssel is written.

Pure: builds text, no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from pos_desktop.domain.errors import ValidationError
from pos_desktop.domain.journal import Booking
from pos_desktop.domain.money import quantum
from pos_desktop.domain.phrases import say
from pos_desktop.domain.spreadsheet_cells import neutralise

VERSION, CATEGORY, FORMAT_NAME, FORMAT_VERSION = 700, 21, "Buchungsstapel", 13
ORIGIN = "RE"  # Herkunft: external accounting data
LABEL_MAX, TEXT_MAX, DOCUMENT_MAX = 30, 60, 36
_DOCUMENT_CHARACTERS = re.compile(r"[^A-Za-z0-9$&%*+\-/]")

COLUMNS: tuple[str, ...] = (
    "Umsatz (ohne Soll/Haben-Kz)",
    "Soll/Haben-Kennzeichen",
    "WKZ Umsatz",
    "Kurs",
    "Basis-Umsatz",
    "WKZ Basis-Umsatz",
    "Konto",
    "Gegenkonto (ohne BU-Schlüssel)",
    "BU-Schlüssel",
    "Belegdatum",
    "Belegfeld 1",
    "Belegfeld 2",
    "Skonto",
    "Buchungstext",
    "Postensperre",
    "Diverse Adressnummer",
    "Geschäftspartnerbank",
    "Sachverhalt",
    "Zinssperre",
    "Beleglink",
    *(f"Beleginfo - {part} {n}" for n in range(1, 9) for part in ("Art", "Inhalt")),
    "KOST1 - Kostenstelle",
    "KOST2 - Kostenstelle",
    "Kost-Menge",
    "EU-Land u. UStID (Bestimmung)",
    "EU-Steuersatz (Bestimmung)",
    "Abw. Versteuerungsart",
    "Sachverhalt L+L",
    "Funktionsergänzung L+L",
    "BU 49 Hauptfunktionstyp",
    "BU 49 Hauptfunktionsnummer",
    "BU 49 Funktionsergänzung",
    *(f"Zusatzinformation - {part} {n}" for n in range(1, 21) for part in ("Art", "Inhalt")),
    "Stück",
    "Gewicht",
    "Zahlweise",
    "Forderungsart",
    "Veranlagungsjahr",
    "Zugeordnete Fälligkeit",
    "Skontotyp",
    "Auftragsnummer",
    "Buchungstyp",
    "USt-Schlüssel (Anzahlungen)",
    "EU-Mitgliedstaat (Anzahlungen)",
    "Sachverhalt L+L (Anzahlungen)",
    "EU-Steuersatz (Anzahlungen)",
    "Erlöskonto (Anzahlungen)",
    "Herkunft-Kz",
    "Buchungs GUID",
    "KOST-Datum",
    "SEPA-Mandatsreferenz",
    "Skontosperre",
    "Gesellschaftername",
    "Beteiligtennummer",
    "Identifikationsnummer",
    "Zeichnernummer",
    "Postensperre bis",
    "Bezeichnung SoBil-Sachverhalt",
    "Kennzeichen SoBil-Buchung",
    "Festschreibung",
    "Leistungsdatum",
    "Datum Zuord. Steuerperiode",
    "Fälligkeit",
    "Generalumkehr (GU)",
    "Steuersatz",
    "Land",
    "Abrechnungsreferenz",
    "BVV-Position",
    "EU-Mitgliedstaat u. UStID (Ursprung)",
    "EU-Steuersatz (Ursprung)",
    "Abw. Skontokonto",
)
_AT = {name: n for n, name in enumerate(COLUMNS)}


@dataclass(frozen=True, slots=True)
class DatevHeader:
    created: datetime
    consultant: int  # Beraternummer
    client: int  # Mandantennummer
    fiscal_year_start: date
    account_length: int
    first_day: date
    last_day: date
    label: str  # Bezeichnung of the batch
    currency: str
    chart: str = "03"  # SKR

    def check(self) -> None:
        if not 1001 <= self.consultant <= 9_999_999:
            raise ValidationError.single(
                "accounting.datev_consultant",
                say(
                    "is the DATEV consultant number (Beraternummer, 1001-9999999): ask the "
                    "accountant"
                ),
            )
        if not 1 <= self.client <= 99_999:
            raise ValidationError.single(
                "accounting.datev_client",
                say("is the DATEV client number (Mandantennummer, 1-99999): ask the accountant"),
            )
        if self.fiscal_year_start > self.first_day:
            raise ValidationError.single(say("period"), say("starts before the fiscal year"))
        next_year = self.fiscal_year_start.replace(year=self.fiscal_year_start.year + 1)
        if self.last_day >= next_year:
            raise ValidationError.single(
                say("period"),
                say(
                    "crosses into the fiscal year starting {start}: a DATEV batch holds one "
                    "fiscal year, export each apart",
                    start=next_year.isoformat(),
                ),
            )


def buchungsstapel(header: DatevHeader, bookings: Iterable[Booking]) -> str:
    """The whole file as text, CRLF line ends; encode it as Windows-1252."""
    header.check()
    lines = [_header_line(header), ";".join(COLUMNS)]
    lines += [_booking_line(b) for b in bookings]
    return "\r\n".join(lines) + "\r\n"


def _text(value: str, limit: int | None = None) -> str:
    """A text field: formula-safe, cut to ``limit``, in quotes (inner quotes doubled)."""
    clean = neutralise(" ".join(value.split()))[:limit]
    return '"' + clean.replace('"', '""') + '"'


def _day(day: date) -> str:
    return day.strftime("%Y%m%d")


def _header_line(h: DatevHeader) -> str:
    created = h.created.strftime("%Y%m%d%H%M%S") + f"{h.created.microsecond // 1000:03d}"
    fields = [
        _text("EXTF"),
        str(VERSION),
        str(CATEGORY),
        _text(FORMAT_NAME),
        str(FORMAT_VERSION),
        created,
        "",  # imported (DATEV fills it)
        _text(ORIGIN),
        _text(""),  # exported by
        _text(""),  # imported by
        str(h.consultant),
        str(h.client),
        _day(h.fiscal_year_start),
        str(h.account_length),
        _day(h.first_day),
        _day(h.last_day),
        _text(h.label, LABEL_MAX),
        _text(""),  # Diktatkürzel
        "1",  # Buchungstyp: Finanzbuchführung
        "0",  # Rechnungslegungszweck: independent of it
        "0",  # Festschreibung: no, the accountant checks first
        _text(h.currency),
        "",
        _text(""),  # Derivatskennzeichen
        "",
        "",
        _text(h.chart),
        "",  # Branchenlösungs-ID
        "",
        _text(""),
        _text(""),  # Anwendungsinformation
    ]
    return ";".join(fields)


def _amount(amount: Decimal, currency: str) -> str:
    return format(amount.quantize(quantum(currency)), "f").replace(".", ",")


def _booking_line(b: Booking) -> str:
    cells = [""] * len(COLUMNS)
    cells[_AT["Umsatz (ohne Soll/Haben-Kz)"]] = _amount(b.amount, b.currency)
    cells[_AT["Soll/Haben-Kennzeichen"]] = _text(b.side)
    cells[_AT["WKZ Umsatz"]] = _text(b.currency)
    cells[_AT["Konto"]] = b.account
    cells[_AT["Gegenkonto (ohne BU-Schlüssel)"]] = b.contra_account
    cells[_AT["Belegdatum"]] = b.day.strftime("%d%m")
    cells[_AT["Belegfeld 1"]] = _text(_DOCUMENT_CHARACTERS.sub("", b.document), DOCUMENT_MAX)
    cells[_AT["Buchungstext"]] = _text(b.text, TEXT_MAX)
    return ";".join(cells)
