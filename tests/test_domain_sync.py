"""The sync protocol's pure part: a push body checked field by field, and the per-field
merge that keeps both laptops' edits unless they changed the same field."""

from __future__ import annotations

import pytest

from fieldapp.domain.sync import WireError, batch_from_json, merge

A = "1764750000000-00000-aaaa"
B = "1764750000500-00000-bbbb"  # half a second later


def change(seq: int = 1, **overrides) -> dict:
    data = {
        "seq": seq,
        "change_id": f"c{seq}",
        "table": "growers",
        "row_id": "r1",
        "op": "update",
        "changes": {"phone": "13800000000"},
        "base": {"phone": ""},
        "hlc": A,
    }
    data.update(overrides)
    return data


def test_a_good_batch_is_read():
    device, changes = batch_from_json({"device_id": "d1", "changes": [change(4), change(5)]})
    assert device == "d1" and [c.seq for c in changes] == [4, 5]
    assert changes[0].changes == {"phone": "13800000000"}


@pytest.mark.parametrize(
    ("body", "words"),
    [
        ([], "object"),
        ({"device_id": "d1", "changes": []}, "non-empty list"),
        ({"device_id": "d1", "changes": [change(1), change(3)]}, "go up by one"),
        ({"device_id": "d1", "changes": [change(0)]}, "seq"),
        ({"device_id": "d1", "changes": [change(seq=True)]}, "seq"),
        ({"device_id": "d1", "changes": [change(table="sqlite_master")]}, "not a synced table"),
        ({"device_id": "d1", "changes": [change(op="replace")]}, "op"),
        ({"device_id": "d1", "changes": [change(hlc="yesterday")]}, "hybrid logical clock"),
        ({"device_id": "d1", "changes": [change(changes={"id": "x"})]}, "'id'"),
        ({"device_id": "d1", "changes": [change(changes={"x; drop table": 1})]}, "not a field"),
        ({"device_id": "d1", "changes": [change(changes={"deleted": True})]}, "text, a number"),
        ({"device_id": "d1", "changes": [change(changes={"notes": [1]})]}, "text, a number"),
        ({"device_id": "", "changes": [change()]}, "device_id"),
    ],
)
def test_a_wrong_body_is_refused_with_a_sentence(body, words):
    with pytest.raises(WireError, match=words):
        batch_from_json(body)


def test_an_edit_of_what_the_server_has_is_applied():
    merged = merge({"phone": "", "name": "王"}, {"phone": A}, {"phone": "138"}, {"phone": ""}, B)
    assert merged.values == {"phone": "138"} and merged.hlcs == {"phone": B}
    assert merged.conflicts == []


def test_edits_of_different_fields_on_two_laptops_both_survive():
    row = {"phone": "", "address": ""}
    first = merge(row, {}, {"phone": "138"}, {"phone": ""}, A)
    row |= first.values
    second = merge(row, first.hlcs, {"address": "东街"}, {"address": ""}, B)
    assert second.values == {"address": "东街"} and not second.conflicts


def test_the_same_field_changed_on_both_is_a_conflict_the_later_clock_keeps_for_now():
    row, hlcs = {"phone": "138"}, {"phone": A}
    later = merge(row, hlcs, {"phone": "139"}, {"phone": ""}, B)
    assert later.values == {"phone": "139"}
    [conflict] = later.conflicts
    assert (conflict.kept, conflict.other) == ("139", "138")
    earlier = merge({"phone": "139"}, {"phone": B}, {"phone": "138"}, {"phone": ""}, A)
    assert earlier.values == {}
    assert (earlier.conflicts[0].kept, earlier.conflicts[0].other) == ("139", "138")


def test_the_same_value_reached_twice_is_no_conflict():
    merged = merge({"phone": "138"}, {"phone": A}, {"phone": "138"}, {"phone": ""}, B)
    assert merged.values == {} and merged.conflicts == []


def test_an_insert_of_a_known_row_agrees_on_equal_values_and_conflicts_on_others():
    merged = merge(
        {"name": "稻瘟病", "latin": "M. oryzae"},
        {},
        {"name": "稻瘟病", "latin": "P. oryzae"},
        None,
        B,
    )
    assert merged.values == {"latin": "P. oryzae"}
    assert [c.field for c in merged.conflicts] == ["latin"]


def test_a_field_the_server_never_had_is_simply_set():
    merged = merge({"name": "王"}, {}, {"notes": "新"}, {"notes": ""}, A)
    assert merged.values == {"notes": "新"} and not merged.conflicts
