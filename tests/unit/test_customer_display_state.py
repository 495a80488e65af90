"""The customer display's state: which page the visitor sees after what happened."""

from __future__ import annotations

from decimal import Decimal

from pos_desktop.domain.customer_display import DisplayLine, DisplayState, Phase

MUG = (DisplayLine("Mug", "2", Decimal("17.00")),)


def paid_for_mug() -> DisplayState:
    state = DisplayState().idle("Expo 2026").showing_cart(MUG, Decimal("17.00"), "EUR", "Ada")
    state = state.paying(Decimal("17.00"), Decimal("20.00"), Decimal("3.00"))
    return state.thanks(
        total=Decimal("17.00"),
        given=Decimal("20.00"),
        change=Decimal("3.00"),
        currency="EUR",
        customer_name="Ada",
        customer_code="ABCD2345",
        invoice_number="EXPO-T1-000001",
    )


def test_a_cart_shows_its_lines_and_total_and_an_empty_one_is_the_welcome_again() -> None:
    state = DisplayState().idle("Expo 2026").showing_cart(MUG, Decimal("17.00"), "EUR", None)
    assert (state.phase, state.lines, state.total, state.venue) == (
        Phase.CART,
        MUG,
        Decimal("17.00"),
        "Expo 2026",
    )
    emptied = state.showing_cart((), Decimal(0), "EUR", None)
    assert (emptied.phase, emptied.venue) == (Phase.IDLE, "Expo 2026")
    # A customer scanned before the first line is greeted on the cart page.
    greeted = emptied.showing_cart((), Decimal(0), "EUR", "Ada")
    assert (greeted.phase, greeted.customer_name) == (Phase.CART, "Ada")


def test_the_thank_you_keeps_the_sale_and_outlives_the_next_sales_empty_start() -> None:
    thanks = paid_for_mug()
    assert (thanks.phase, thanks.change, thanks.customer_code, thanks.lines) == (
        Phase.THANKS,
        Decimal("3.00"),
        "ABCD2345",
        MUG,
    )
    # The cashier starts the next sale at once: the visitor can still photograph the code.
    assert thanks.idle("Expo 2026").phase is Phase.THANKS
    assert thanks.showing_cart((), Decimal(0), "EUR", None).phase is Phase.THANKS
    # The next visitor's first line, or the time running out, ends it.
    assert thanks.showing_cart(MUG, Decimal("17.00"), "EUR", None).phase is Phase.CART
    over = thanks.thanks_over()
    assert (over.phase, over.venue, over.customer_code) == (Phase.IDLE, "Expo 2026", None)
