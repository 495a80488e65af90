"""The VAT rates a till offers: its country's, the standard one first."""

from __future__ import annotations

from decimal import Decimal

from pos_desktop.domain.vat_rates import vat_choices

D = Decimal


def test_a_german_booth_offers_19_and_7_with_19_first_not_the_neutral_20() -> None:
    assert vat_choices(D(20), "DE") == (D(19), (D(19), D(7)))


def test_a_configured_reduced_rate_of_the_country_stays_the_default() -> None:
    assert vat_choices(D(7), "de") == (D(7), (D(7), D(19)))


def test_rates_of_products_in_use_are_offered_after_the_countrys() -> None:
    assert vat_choices(D(20), "FR", [D(0), D(20), D("5.5")]) == (
        D(20),
        (D(20), D(10), D("5.5"), D("2.1"), D(0)),
    )


def test_without_a_country_the_configured_default_then_the_products_rates() -> None:
    assert vat_choices(D(20), None, [D(7), D(19)]) == (D(20), (D(20), D(19), D(7)))
    assert vat_choices(D(20), "ZZ") == (D(20), (D(20),))
