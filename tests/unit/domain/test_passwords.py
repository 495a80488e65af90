"""Rules for new passwords and user names."""

from __future__ import annotations

import pytest

from pos_desktop.domain.errors import ValidationError
from pos_desktop.domain.passwords import PASSWORD_MAX, check_new_password, normalize_username


def _refusal(password: str, username: str = "maria", min_length: int = 10) -> str:
    with pytest.raises(ValidationError) as caught:
        check_new_password(password, username=username, min_length=min_length)
    assert caught.value.fields == ["password"]
    return caught.value.problems[0].message


def test_a_good_password_is_returned_unchanged() -> None:
    password = " correct horse battery "
    assert check_new_password(password, username="maria", min_length=10) == password


def test_too_short_says_the_minimum() -> None:
    assert _refusal("abc12345", min_length=10) == "needs at least 10 characters"
    assert check_new_password("abcd12345!", username="maria", min_length=10)


def test_too_long_is_refused() -> None:
    assert "longer than 256" in _refusal("ab12" * 64 + "x")
    assert check_new_password("ab12" * 64, username="maria", min_length=10)
    assert len("ab12" * 64) == PASSWORD_MAX


@pytest.mark.parametrize("password", ["maria.admin", " MARIA.ADMIN ", "Maria.Admin"])
def test_the_user_name_is_not_a_password(password: str) -> None:
    assert _refusal(password, username="maria.admin") == "must not be the user name"


@pytest.mark.parametrize("password", ["aaaaaaaaaaaa", "abababababab", "abcabcabcabc"])
def test_too_few_different_characters_is_refused(password: str) -> None:
    assert "too easy to guess" in _refusal(password)


@pytest.mark.parametrize(
    ("typed", "stored"), [("Maria", "maria"), (" carl.k ", "carl.k"), ("a_b-c.9", "a_b-c.9")]
)
def test_user_names_are_lower_case(typed: str, stored: str) -> None:
    assert normalize_username(typed) == stored


@pytest.mark.parametrize(
    "typed", ["m", "", "maria k", "-maria", ".maria", "m" * 41, "maría", "a@b"]
)
def test_bad_user_names_are_refused(typed: str) -> None:
    with pytest.raises(ValidationError, match="use 2 to 40 letters") as caught:
        normalize_username(typed)
    assert caught.value.fields == ["user name"]
