"""The 18-digit resident ID number: MOD 11-2 check digit, region, birth date, clean-up."""

from __future__ import annotations

import datetime as dt

import pytest

from fieldapp.domain.errors import Problem
from fieldapp.domain.idcard import (
    birth_date,
    check_digit,
    check_id_number,
    gender_from_id,
    normalize_id_number,
)

TODAY = dt.date(2025, 6, 1)
WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def reference_check(first17: str) -> str:
    """GB 11643-1999 written out independently of the code under test."""
    total = sum(int(d) * w for d, w in zip(first17, WEIGHTS, strict=True))
    return {0: "1", 1: "0", 2: "X", 3: "9", 4: "8", 5: "7", 6: "6", 7: "5", 8: "4", 9: "3",
            10: "2"}[total % 11]  # fmt: skip


def make_id(region: str = "110101", born: str = "19900307", seq: str = "123") -> str:
    first17 = region + born + seq
    return first17 + reference_check(first17)


def find_id_with_check(char: str, region: str = "530102", born: str = "19800101") -> str:
    for seq in range(1000):
        number = make_id(region, born, f"{seq:03d}")
        if number.endswith(char):
            return number
    raise AssertionError(f"no sequence gives check character {char}")


def test_published_example_number_is_valid():
    # The example number of GB 11643-1999 itself.
    assert check_digit("11010519491231002") == "X"
    assert check_id_number("11010519491231002X", today=TODAY) is None


@pytest.mark.parametrize(
    ("region", "born", "seq"),
    [("110101", "19900307", "123"), ("530102", "19651231", "458"), ("440305", "20000229", "016"),
     ("650102", "19491001", "901"), ("510105", "20241231", "007")],
)  # fmt: skip
def test_computed_valid_numbers_pass(region, born, seq):
    number = make_id(region, born, seq)
    assert check_digit(number[:17]) == number[17]
    assert check_id_number(number, today=TODAY) is None


def test_every_check_character_is_produced():
    seen = {check_digit(make_id(seq=f"{n:03d}")[:17]) for n in range(200)}
    assert seen == set("0123456789X")


def test_x_check_character_upper_and_lower():
    number = find_id_with_check("X")
    assert check_id_number(number, today=TODAY) is None
    lower = number[:17] + "x"
    assert check_id_number(lower, today=TODAY) is None
    assert normalize_id_number(lower) == number


@pytest.mark.parametrize("position", [0, 5, 16])
def test_one_wrong_digit_is_caught(position):
    number = make_id()
    digit = str((int(number[position]) + 1) % 10)
    wrong = number[:position] + digit + number[position + 1 :]
    error = check_id_number(wrong, today=TODAY)
    assert error is not None
    assert error.problem in (Problem.ID_CHECK_DIGIT, Problem.ID_REGION, Problem.ID_BIRTH_DATE)


def test_wrong_check_digit_names_the_expected_one():
    number = make_id()
    wrong_last = "0" if number[17] != "0" else "1"
    error = check_id_number(number[:17] + wrong_last, today=TODAY)
    assert error is not None
    assert error.problem == Problem.ID_CHECK_DIGIT
    assert error.detail == number[17]
    assert error.field == "id_number"


def test_x_where_a_digit_is_due_is_refused():
    number = find_id_with_check("5")
    error = check_id_number(number[:17] + "X", today=TODAY)
    assert error is not None and error.problem == Problem.ID_CHECK_DIGIT


@pytest.mark.parametrize("text", ["", "1101011990030712", "11010119900307123X1", "110101900307123"])
def test_wrong_length(text):
    error = check_id_number(text, today=TODAY)
    assert error is not None
    assert error.problem == Problem.ID_LENGTH
    assert error.detail == str(len(text))


@pytest.mark.parametrize("text", ["11010119900307A23X", "X10101199003071234", "1101011990030712Y4",
                                  "11010119900307123Y", "110101199003071X34"])  # fmt: skip
def test_letters(text):
    error = check_id_number(text, today=TODAY)
    assert error is not None
    assert error.problem == Problem.ID_CHARACTERS


def test_non_ascii_digits_are_refused():
    # Arabic-Indic digits are str.isdigit() but are not what an ID card holds.
    number = make_id()
    odd = number[:3] + "\u0661" + number[4:]
    error = check_id_number(odd, today=TODAY)
    assert error is not None
    assert error.problem == Problem.ID_CHARACTERS


@pytest.mark.parametrize("region", ["000000", "101010", "990101", "200101", "720101"])
def test_bad_region(region):
    error = check_id_number(make_id(region=region), today=TODAY)
    assert error is not None
    assert error.problem == Problem.ID_REGION
    assert error.detail == region[:2]


@pytest.mark.parametrize("region", ["810000", "820000", "830000", "710000", "910000"])
def test_permit_regions_accepted(region):
    assert check_id_number(make_id(region=region), today=TODAY) is None


@pytest.mark.parametrize("born", ["19900230", "19901301", "19900001", "19900100", "19000229",
                                  "19910229", "18991231"])  # fmt: skip
def test_impossible_birth_dates(born):
    error = check_id_number(make_id(born=born), today=TODAY)
    assert error is not None
    assert error.problem == Problem.ID_BIRTH_DATE
    assert error.detail == born


def test_leap_day_birth_is_fine():
    assert check_id_number(make_id(born="20000229"), today=TODAY) is None


def test_future_birth_date():
    error = check_id_number(make_id(born="20250602"), today=TODAY)
    assert error is not None
    assert error.problem == Problem.ID_BIRTH_DATE
    assert check_id_number(make_id(born="20250601"), today=TODAY) is None


def test_full_width_digits_are_normalised():
    number = make_id()
    full = "".join(chr(ord(c) + 0xFEE0) for c in number)
    assert full != number
    assert normalize_id_number(full) == number
    assert check_id_number(full, today=TODAY) is None


def test_full_width_x():
    number = find_id_with_check("X")
    assert check_id_number(number[:17] + "ｘ", today=TODAY) is None
    assert normalize_id_number(number[:17] + "Ｘ") == number


@pytest.mark.parametrize("spaced", ["{0} {1} {2}", " {0}{1}{2} ", "{0}\u3000{1}\u200b{2}"])
def test_spaces_are_removed(spaced):
    number = make_id()
    text = spaced.format(number[:6], number[6:14], number[14:])
    assert normalize_id_number(text) == number
    assert check_id_number(text, today=TODAY) is None


def test_field_name_is_passed_through():
    error = check_id_number("123", field="spouse_id", today=TODAY)
    assert error is not None and error.field == "spouse_id"


def test_birth_date_and_gender():
    male = make_id(born="19651231", seq="451")
    female = make_id(born="19651231", seq="462")
    assert birth_date(male) == dt.date(1965, 12, 31)
    assert gender_from_id(male) == "M"
    assert gender_from_id(female) == "F"
