"""The grower list's search box takes a scanned or pasted portal link like the old card
QR: the grower whose id and card number the link carries, or no one."""

from __future__ import annotations

import pytest

from fieldapp.domain.cards import encode_card
from fieldapp.domain.growers import GrowerData
from fieldapp.domain.ids import new_id
from fieldapp.domain.portal import new_portal_key, portal_link
from fieldapp.domain.search import Kind, classify
from fieldapp.storage import grower_list
from fieldapp.storage import growers as store
from fieldapp.storage.database import Database
from fieldapp.storage.grower_list import ListFilter

SERVER = "http://192.168.1.20:8000"


def _names(db: Database, text: str) -> list[str]:
    nums = grower_list.find(db, ListFilter(query=classify(text)))
    return [r.name for r in grower_list.rows(db, nums)]


@pytest.fixture
def zhang(db: Database) -> tuple[str, str]:
    """(grower id, card number) of 张三, among two other growers."""
    grower_id = store.insert_grower(db, GrowerData(name="张三"), "T-00001")
    store.insert_grower(db, GrowerData(name="李四"), "T-00002")
    store.insert_grower(db, GrowerData(name="张小明"), "T-00003")
    return grower_id, "T-00001"


def _link(grower_id: str, card_no: str) -> str:
    return portal_link(SERVER, grower_id, new_portal_key(), card_no)


def test_link_finds_the_grower(db: Database, zhang: tuple[str, str]):
    link = _link(*zhang)
    assert classify(link).kind == Kind.CARD
    assert _names(db, link) == ["张三"]
    assert _names(db, f"  {link}\n") == ["张三"]  # a scanner's trailing Enter, a paste's spaces
    assert _names(db, encode_card(zhang[1], zhang[0])) == ["张三"]  # the old form, the same


def test_upper_case_link_finds_the_grower(db: Database, zhang: tuple[str, str]):
    link = _link(*zhang).upper()  # a scanner typing with caps lock on
    assert "/P/" in link and "?C=" in link
    assert _names(db, link) == ["张三"]
    assert _names(db, _link(zhang[0], zhang[1].lower())) == ["张三"]


@pytest.mark.parametrize(
    "grower, card",
    [
        ("own", "T-00002"),  # another grower's card number: a wrong or forged code
        ("own", "ZZ-99999"),  # a card number nobody has
        ("unknown", "T-00001"),  # a grower this laptop does not hold
        ("unknown", "ZZ-99999"),
    ],
)
def test_link_with_a_wrong_card_finds_no_one(
    db: Database, zhang: tuple[str, str], grower: str, card: str
):
    grower_id = zhang[0] if grower == "own" else new_id()
    link = _link(grower_id, card)
    assert classify(link).kind == Kind.CARD
    assert _names(db, link) == []
    assert _names(db, link.upper()) == []
    assert _names(db, encode_card(card, grower_id)) == []  # the old form agrees


def test_name_search_is_unchanged(db: Database, zhang: tuple[str, str]):
    assert _names(db, "张") == ["张三", "张小明"]
    assert _names(db, "zs") == ["张三"]
    assert _names(db, "T-00002") == ["李四"]  # a typed card number
    assert _names(db, "t-00003") == ["张小明"]
    assert classify("zhangsan").kind == Kind.PINYIN
    # Only a whole link is a card: a cut one (no card number) stays ordinary text.
    assert classify(f"{SERVER}/p/{zhang[0]}.{new_portal_key()}").kind != Kind.CARD
