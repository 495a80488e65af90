"""Customer codes: every typo a cashier can make is caught before any database lookup."""

from __future__ import annotations

import itertools
import random
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pos_desktop.domain.codes import (
    ALPHABET,
    CODE_LENGTH,
    CustomerCode,
    check_character,
    is_valid,
    looks_like_code,
    normalize,
    random_codes,
)
from pos_desktop.domain.errors import InvalidCustomerCode

bodies = st.text(alphabet=ALPHABET, min_size=CODE_LENGTH - 1, max_size=CODE_LENGTH - 1)
codes = bodies.map(lambda body: body + check_character(body))


def _sample_codes() -> list[str]:
    seeded = [str(CustomerCode.generate(random.Random(seed).choice)) for seed in range(25)]
    edges = ["0000000", "ZZZZZZZ", "0123456", "YZ01XWV", "1010101"]
    return seeded + [body + check_character(body) for body in edges]


SAMPLE_CODES = _sample_codes()


def _substitutions(code: str) -> list[str]:
    return [
        code[:i] + symbol + code[i + 1 :]
        for i in range(CODE_LENGTH)
        for symbol in ALPHABET
        if symbol != code[i]
    ]


def _neighbour_swaps(code: str) -> list[str]:
    return [
        code[:i] + code[i + 1] + code[i] + code[i + 2 :]
        for i in range(CODE_LENGTH - 1)
        if code[i] != code[i + 1]
    ]


@settings(max_examples=300)
@given(rnd=st.randoms(use_true_random=False))
def test_generated_codes_parse_back_to_themselves(rnd: random.Random) -> None:
    code = CustomerCode.generate(rnd.choice)
    assert CustomerCode.parse(str(code)) == code
    assert len(code.value) == CODE_LENGTH
    assert set(code.value) <= set(ALPHABET)


def test_codes_from_the_default_random_source_parse() -> None:
    generated = {CustomerCode.generate() for _ in range(200)}
    assert all(CustomerCode.parse(code.value) == code for code in generated)
    assert len(generated) > 190  # really random, not a constant


@pytest.mark.parametrize("code", SAMPLE_CODES)
def test_every_single_wrong_character_is_rejected(code: str) -> None:
    """Exhaustive: all 8 positions x all 30 other symbols (240 mistyped codes per code)."""
    accepted = [typo for typo in _substitutions(code) if is_valid(typo)]
    assert accepted == []
    assert len(_substitutions(code)) == CODE_LENGTH * (len(ALPHABET) - 1)


@pytest.mark.parametrize("code", SAMPLE_CODES)
def test_every_swap_of_two_neighbours_is_rejected(code: str) -> None:
    for swapped in _neighbour_swaps(code):
        with pytest.raises(InvalidCustomerCode, match="mistyped or two are swapped"):
            CustomerCode.parse(swapped)


@settings(max_examples=300)
@given(
    code=codes,
    position=st.integers(0, CODE_LENGTH - 1),
    symbol=st.sampled_from(ALPHABET),
)
def test_a_wrong_character_anywhere_is_rejected(code: str, position: int, symbol: str) -> None:
    typo = code[:position] + symbol + code[position + 1 :]
    if symbol == code[position]:
        assert is_valid(typo)
    else:
        with pytest.raises(InvalidCustomerCode):
            CustomerCode.parse(typo)


@settings(max_examples=300)
@given(code=codes, position=st.integers(0, CODE_LENGTH - 2))
def test_swapping_neighbours_anywhere_is_rejected(code: str, position: int) -> None:
    swapped = code[:position] + code[position + 1] + code[position] + code[position + 2 :]
    assert is_valid(swapped) == (swapped == code)


@settings(max_examples=300)
@given(body=bodies, check=st.sampled_from(ALPHABET))
def test_no_wrong_check_character_ever_parses(body: str, check: str) -> None:
    assert is_valid(body + check) == (check == check_character(body))


@st.composite
def sloppy_spellings(draw: st.DrawFn, code: str) -> str:
    """How a code may be typed: any case, O for 0, I or L for 1, spaces and dashes anywhere."""
    variants = {"0": ["0", "O", "o"], "1": ["1", "I", "i", "L", "l"]}
    separators = st.sampled_from(["", "", " ", "-", "  ", "\t"])
    typed = draw(separators)
    for ch in code:
        typed += draw(st.sampled_from(variants.get(ch, [ch, ch.lower()]))) + draw(separators)
    return typed


@settings(max_examples=300)
@given(data=st.data(), code=codes)
def test_sloppy_typing_finds_the_same_code(data: st.DataObject, code: str) -> None:
    typed = data.draw(sloppy_spellings(code))
    assert CustomerCode.parse(typed).value == code


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("10a0b1cg", "10A0B1CG"),
        ("IOAOB1CG", "10A0B1CG"),
        ("loaobLcg", "10A0B1CG"),
        ("10A0-B1CG", "10A0B1CG"),
        (" 10a0 b1cg ", "10A0B1CG"),
        ("10_A0.B1\u00a0CG", "10A0B1CG"),
    ],
)
def test_normalisation_of_look_alikes_and_separators(typed: str, expected: str) -> None:
    assert check_character(expected[:7]) == expected[7]  # the example is a valid code
    assert normalize(typed) == expected
    assert CustomerCode.parse(typed).value == expected


def test_display_groups_four_and_four() -> None:
    code = CustomerCode.parse("7kx2m9p9")
    assert code.display == "7KX2-M9P9"
    assert str(code) == code.value


@given(code=codes)
def test_the_displayed_form_parses_back(code: str) -> None:
    shown = CustomerCode(code).display
    assert shown.count("-") == 1
    assert shown.replace("-", "") == code
    assert shown.index("-") == 4
    assert CustomerCode.parse(shown).value == code


@pytest.mark.parametrize(
    ("typed", "length"), [("ABC", 3), ("7KX2M9P", 7), ("7KX2M9PA0", 9), ("7KX2-M9PA-00", 10)]
)
def test_wrong_length_says_how_many_characters(typed: str, length: int) -> None:
    with pytest.raises(InvalidCustomerCode) as caught:
        CustomerCode.parse(typed)
    assert f"has {length} characters" in str(caught.value)
    assert "8" in str(caught.value)
    assert caught.value.fields == ["customer code"]


@pytest.mark.parametrize("forbidden", ["U", "Q", "*"])
def test_forbidden_characters_are_named(forbidden: str) -> None:
    with pytest.raises(InvalidCustomerCode) as caught:
        CustomerCode.parse("7KX2M9P" + forbidden)
    assert repr(forbidden) in str(caught.value)
    assert "never appear" in str(caught.value)


def test_several_forbidden_characters_are_all_named() -> None:
    with pytest.raises(InvalidCustomerCode) as caught:
        CustomerCode.parse("uq*")
    assert all(repr(ch) in str(caught.value) for ch in "UQ*")


@pytest.mark.parametrize("typed", ["", "   ", " - "])
def test_empty_input_asks_for_the_code(typed: str) -> None:
    with pytest.raises(InvalidCustomerCode, match="is empty"):
        CustomerCode.parse(typed)


def test_generate_with_an_injected_choice_is_deterministic() -> None:
    first = CustomerCode.generate(random.Random(42).choice)
    second = CustomerCode.generate(random.Random(42).choice)
    assert first == second
    assert CustomerCode.generate(lambda alphabet: alphabet[0]).value == "00000000"


def test_generate_draws_seven_characters_from_the_alphabet() -> None:
    cycle = itertools.cycle("7KX2M9P")
    offered: list[str] = []

    def choice(alphabet: str) -> str:
        offered.append(alphabet)
        return next(cycle)

    code = CustomerCode.generate(choice)
    assert offered == [ALPHABET] * 7
    assert code.value == "7KX2M9P" + check_character("7KX2M9P")


@pytest.mark.parametrize(
    ("text", "expected"),
    [("ABCD-EFG2", True), ("abcd efg2", True), ("4006381333931", False), ("MUG", False)],
)
def test_looks_like_code_tells_a_mistyped_code_from_a_barcode(text: str, expected: bool) -> None:
    assert looks_like_code(text) is expected


def test_bulk_codes_are_valid_and_use_every_character_evenly() -> None:
    drawn = random_codes(20_000)
    assert len(drawn) == 20_000
    assert all(CustomerCode.parse(code).value == code for code in drawn)
    assert len(set(drawn)) > 19_990  # 2.7e10 codes: a repeat among these is rare
    seen = Counter(ch for code in drawn for ch in code[: CODE_LENGTH - 1])
    expected = 20_000 * (CODE_LENGTH - 1) / len(ALPHABET)
    assert set(seen) == set(ALPHABET)
    assert all(abs(n - expected) < 0.1 * expected for n in seen.values())


def test_bulk_codes_drop_the_bytes_that_would_favour_some_characters() -> None:
    """Bytes 248-255 would map to the first eight characters a second time; they are skipped,
    and more bytes are drawn until every code is complete."""
    supply = iter([bytes([248, 255, 0, 1, 2]), bytes(range(40))])
    codes = random_codes(2, lambda _n: next(supply))
    body = "".join(ALPHABET[b % len(ALPHABET)] for b in [0, 1, 2, *range(40)])
    assert codes == [
        body[:7] + check_character(body[:7]),
        body[7:14] + check_character(body[7:14]),
    ]
