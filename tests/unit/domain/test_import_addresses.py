"""Address and VAT ID columns of CRM exports: matched in several languages, checked per row
(a bad VAT ID or postcode is kept as written with a warning), and the columns nobody takes are
named."""

from __future__ import annotations

from pos_desktop.domain.import_mapping import PROBLEM_COLUMN, ImportField, auto_mapping
from pos_desktop.domain.import_row import ImportedCustomer, RowReader


def test_address_headers_in_several_languages_are_matched() -> None:
    headers = (
        "Name", "address_line1", "ZIP", "City", "VAT number", "Industry", PROBLEM_COLUMN,
    )  # fmt: skip
    mapping = auto_mapping(headers)
    assert mapping.targets[1:5] == (
        ImportField.STREET,
        ImportField.POSTCODE,
        ImportField.CITY,
        ImportField.VAT_ID,
    )
    assert mapping.ignored() == ("Industry",)  # the rejects file's own column is not news
    german = auto_mapping(("Nachname", "Straße", "PLZ", "Ort", "USt-IdNr."))
    assert german.ignored() == ()
    french = auto_mapping(("Nom", "Adresse", "Code postal", "Ville", "Numéro TVA"))
    assert french.columns_for(ImportField.POSTCODE) == (2,)
    assert french.columns_for(ImportField.VAT_ID) == (4,)


def test_a_row_keeps_a_bad_vat_id_as_written_and_completes_a_bare_one() -> None:
    read = RowReader(
        auto_mapping(("Name", "Country", "Street", "Postcode", "VAT ID")),
        keep_invalid_email=False,
        default_region="DE",
    )
    good = read(["Hans Meier", "Deutschland", "Marktplatz 1", "80331", "136 695 976"])
    assert isinstance(good, ImportedCustomer)
    assert (good.street, good.postcode, good.vat_id, good.warnings) == (
        "Marktplatz 1",
        "80331",
        "DE136695976",
        (),
    )
    bad = read(["Zoé Lefèvre", "France", "12 rue de la Paix", "75;002", "FR41303265045"])
    assert isinstance(bad, ImportedCustomer)
    assert (bad.vat_id, bad.postcode) == (None, None)
    assert bad.as_written == {"postcode": "75;002", "vat_id": "FR41303265045"}
    assert [(w.field, w.kind) for w in bad.warnings] == [
        ("postcode", "postcode not valid"),
        ("vat_id", "VAT ID not valid"),
    ]
    assert "invalid check digit" in bad.warnings[1].detail
