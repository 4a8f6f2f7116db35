"""Mainland mobile numbers: 11 digits starting 1[3-9], written every way people write them."""

from __future__ import annotations

import pytest

from fieldapp.domain.errors import Problem
from fieldapp.domain.phone import check_phone, normalize_phone


@pytest.mark.parametrize("number", ["13812345678", "14712345678", "15912345678", "16612345678",
                                    "17712345678", "18612345678", "19912345678"])  # fmt: skip
def test_valid_mobile_numbers(number):
    assert normalize_phone(number) == number
    assert check_phone(number) is None


@pytest.mark.parametrize(
    "text",
    ["+8613812345678", "008613812345678", "8613812345678", "+86 138 1234 5678",
     "+86-138-1234-5678", "(+86) 13812345678", "0086 138-1234-5678"],
)  # fmt: skip
def test_country_prefixes_are_dropped(text):
    assert normalize_phone(text) == "13812345678"
    assert check_phone(text) is None


@pytest.mark.parametrize("text", ["138 1234 5678", "138-1234-5678", " 13812345678 ",
                                  "（138）12345678", "138 - 1234 - 5678"])  # fmt: skip
def test_spaces_and_dashes(text):
    assert normalize_phone(text) == "13812345678"
    assert check_phone(text) is None


def test_full_width_digits_and_signs():
    text = "＋８６ １３８－１２３４－５６７８"
    assert normalize_phone(text) == "13812345678"
    assert check_phone(text) is None


@pytest.mark.parametrize("text", ["138123456789", "1381234567", "1", "8613812345678"[:12]])
def test_wrong_length(text):
    error = check_phone(text)
    assert error is not None
    assert error.problem == Problem.PHONE_LENGTH
    assert error.detail == str(len(normalize_phone(text)))


@pytest.mark.parametrize("text", ["12012345678", "12912345678", "11012345678", "10012345678"])
def test_12x_and_other_prefixes_rejected(text):
    error = check_phone(text)
    assert error is not None
    assert error.problem == Problem.PHONE_PREFIX
    assert error.detail == text[:2]


@pytest.mark.parametrize(
    ("text", "problem"),
    [("010-12345678", Problem.PHONE_PREFIX),  # Beijing landline: 11 digits, starts with 0
     ("0871-65123456", Problem.PHONE_LENGTH),  # Kunming landline: 12 digits
     ("65123456", Problem.PHONE_LENGTH)],  # local landline without area code
)  # fmt: skip
def test_landlines_rejected(text, problem):
    error = check_phone(text)
    assert error is not None
    assert error.problem == problem


@pytest.mark.parametrize(
    "text", ["138abcd5678", "138.1234.5678", "13812345678#", "电话13812345678"]
)
def test_characters(text):
    error = check_phone(text)
    assert error is not None
    assert error.problem == Problem.PHONE_CHARACTERS


def test_non_ascii_digits_refused():
    error = check_phone("138١٢٣٤٥٦٧٨")
    assert error is not None
    assert error.problem == Problem.PHONE_CHARACTERS


def test_field_name():
    error = check_phone("1", field="contact_phone")
    assert error is not None and error.field == "contact_phone"
