"""Free text at the counter: one line, bounded, no markup; folded for search."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pos_desktop.domain.errors import ValidationError
from pos_desktop.domain.text import (
    UNSTORABLE,
    _clean_any_line,
    clean_line,
    clean_multiline,
    fold,
    name_text,
    refuse_control_characters,
)


@pytest.mark.parametrize(
    "name",
    [
        "O'Brien",
        "Jürgen Müller",
        "渡辺 直樹",
        "Anne-Marie Dupont-Aignan",
        "José María",
        "Ødegård & Co.",
    ],
)
def test_real_names_are_accepted_as_typed(name: str) -> None:
    assert name_text(name, "name", max_length=120) == name


def test_names_are_trimmed_and_put_on_one_line() -> None:
    assert name_text("  Jürgen \t Müller\n", "name", max_length=120) == "Jürgen Müller"


def test_combining_accents_are_composed() -> None:
    """A Mac keyboard may send ``u`` + combining diaeresis; stored it must equal ``ü``."""
    assert name_text("Mu\u0308ller", "name", max_length=120) == "Müller"


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("<script>alert(1)</script>", "< >"),
        ("Smith; DROP TABLE", ";"),
        ("a{b}", "{ }"),
        ("=1+1", "="),
    ],
)
def test_markup_characters_in_names_are_refused(typed: str, shown: str) -> None:
    with pytest.raises(ValidationError) as caught:
        name_text(typed, "company", max_length=120)
    assert caught.value.fields == ["company"]
    assert caught.value.problems[0].message == f"must not contain these characters: {shown}"


def test_names_are_bounded() -> None:
    assert name_text("x" * 120, "name", max_length=120) == "x" * 120
    with pytest.raises(ValidationError, match="longer than 120 characters"):
        name_text("x" * 121, "name", max_length=120)


def test_required_names_must_not_be_blank() -> None:
    with pytest.raises(ValidationError, match="is required"):
        name_text(" \t ", "name", max_length=120, required=True)
    assert name_text(" \t ", "city", max_length=80) is None


def test_control_characters_do_not_reach_a_receipt() -> None:
    assert clean_line("Poster\x00A2\x07") == "Poster A2"
    assert clean_line("line\r\nbreak") == "line break"


def test_a_soft_hyphen_pasted_into_a_name_is_dropped() -> None:
    """``Mül\\u00adler`` copied from a web page must be stored as ``Müller``, not ``Mül ler``."""
    assert clean_line("Mül\u00adler") == "Müller"


def test_notes_keep_line_breaks() -> None:
    assert clean_multiline("  first line \r\n\tsecond\x00 line  \n") == "first line\nsecond line"


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Jürgen MÜLLER", "jurgen muller"),
        ("Straße", "strasse"),
        ("Ødegård", "ødegard"),
        ("Crème Brûlée", "creme brulee"),
        ("渡辺 直樹", "渡辺 直樹"),
    ],
)
def test_fold_makes_search_case_and_accent_insensitive(text: str, folded: str) -> None:
    assert fold(text) == folded


def test_fold_finds_muller_however_it_is_typed() -> None:
    assert fold("Müller") == fold("MULLER") == fold("Mu\u0308ller")


@settings(max_examples=2000, deadline=None)
@given(
    st.text(
        alphabet=st.one_of(
            st.sampled_from(" \t\n\r\xa0\u00ad\u200b\u2028\u3000\ufeffe\u0301\u0308AaÅ"),
            st.characters(),
        )
    )
)
def test_the_printable_shortcut_cleans_as_the_rule_does(text: str) -> None:
    """Combining accents, no-break and ideographic spaces, soft hyphens: any text, printable
    or not, comes out of ``clean_line`` as the general rule makes it."""
    assert clean_line(text) == _clean_any_line(text)


def test_accents_are_composed_and_space_runs_collapse() -> None:
    assert clean_line("  Zoe\u0308   Mu\u0308ller ") == "Zoë Müller"
    assert clean_line("Zoë\u00a0Müller") == "Zoë Müller"


@pytest.mark.parametrize(
    ("typed", "cleaned"),
    [
        ("Mül\x00ler", "Mül ler"),
        ("\x1b[31mRed\x1b[0m", "[31mRed [0m"),
        ("zero\u200bwidth\ufeff", "zerowidth"),
        ("broken \udc80 byte", "broken byte"),
        ("a\u2028b\x85c", "a b c"),
    ],
)
def test_control_characters_typed_or_pasted_are_cleaned(typed: str, cleaned: str) -> None:
    assert clean_line(typed) == cleaned
    assert not UNSTORABLE.search(clean_line(typed))


def test_a_built_value_with_control_characters_is_refused_with_the_field() -> None:
    assert refuse_control_characters("Jürgen Müller 渡辺", "name") == "Jürgen Müller 渡辺"
    assert refuse_control_characters("zero\u200bwidth", "name") == "zero\u200bwidth"  # harmless
    with pytest.raises(ValidationError) as caught:
        refuse_control_characters("a\x00b", "name")
    assert str(caught.value) == "name: holds a control character (NUL); remove it"
