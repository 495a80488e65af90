"""The statement check's fast path (``storage/engine.py``): it may send clean parameters to the
exact search, never pass parameters that hold a NUL or a lone surrogate."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from pos_desktop.storage.engine import _all_storable, _unstorable_text

SCALARS = st.one_of(
    st.text(),
    st.integers(),
    st.none(),
    st.booleans(),
    st.decimals(allow_nan=False),
    st.datetimes(),
    st.sampled_from(["\x00", "\ud800", "a\udc80b", "ü", "plain"]),
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.tuples(inner, inner),
        st.dictionaries(st.text(max_size=3), inner, max_size=3),
    ),
    max_leaves=12,
)
#: What a driver gets: one row of values (a tuple, a dict), or many (a list of them).
PARAMETERS = st.one_of(
    st.tuples(VALUES, VALUES, VALUES),
    st.dictionaries(st.text(max_size=3), VALUES, max_size=5),
    st.lists(st.tuples(VALUES, VALUES), max_size=3),
    st.lists(st.dictionaries(st.text(max_size=2), VALUES), max_size=3),
)


class Named(str):
    """A ``str`` subclass (an enum's value may reach the driver as one)."""


@given(PARAMETERS)
def test_what_the_fast_path_passes_holds_nothing_unstorable(parameters: Any) -> None:
    if _all_storable(parameters):
        assert _unstorable_text(parameters) is None


def test_the_fast_path_passes_a_sale_and_stops_at_what_it_cannot_vouch_for() -> None:
    now = datetime.now(UTC)
    assert _all_storable(("Ada", 3, Decimal("1.50"), None, True, now, "Zürich"))
    assert _all_storable([{"sku": "P1", "take": Decimal(2)}, {"sku": "P2", "take": Decimal(1)}])
    assert not _all_storable(("ok", ["x", ("a\x00",)]))
    assert not _all_storable(("Z\ud800",))
    assert not _all_storable((Named("a\x00"),))
