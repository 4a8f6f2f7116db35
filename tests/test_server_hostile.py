"""The server against bad and hostile requests: each gets a sentence and writes nothing."""

from __future__ import annotations

import gzip
import json

import pytest

from fieldapp.server.app import MAX_BODY, create_app
from fieldapp.server.store import ServerStore
from tests.test_server import Laptop, client_for


@pytest.fixture
def client(store: ServerStore):
    return client_for(create_app(store))


@pytest.fixture
def laptop(client, store) -> Laptop:
    return Laptop(client, store)


def _change(laptop: Laptop, **overrides: object) -> dict:
    return {**laptop.change("growers", "g1", changes={"name": "张三"}), **overrides}


def _bodies(laptop: Laptop) -> dict[str, bytes]:
    def body(*changes: dict) -> bytes:
        return json.dumps({"device_id": laptop.device_id, "changes": list(changes)}).encode()

    one = _change(laptop)
    laptop.seq = 0
    return {
        "not JSON": b"this is not json",
        "a JSON array": b"[1, 2, 3]",
        "cut short": body(one)[:-5],
        "device_id a number": json.dumps({"device_id": 5, "changes": [one]}).encode(),
        "no changes": body(),
        "changes not a list": json.dumps({"device_id": laptop.device_id, "changes": {}}).encode(),
        "seq a string": body({**one, "seq": "1"}),
        "seq true": body({**one, "seq": True}),
        "seq not contiguous": body(one, {**one, "seq": 3}),
        "unknown table": body({**one, "table": "sqlite_master"}),
        "unknown op": body({**one, "op": "upsert"}),
        "field id": body({**one, "changes": {"id": "other"}}),
        "field with SQL": body({**one, "changes": {"x; drop table records": 1}}),
        "bool value": body({**one, "changes": {"deleted": True}}),
        "object value": body({**one, "changes": {"name": {"a": 1}}}),
        "bad hlc": body({**one, "hlc": "yesterday"}),
        "hlc not canonical": body({**one, "hlc": "9-0-x"}),
        "hlc counter past 5 digits": body({**one, "hlc": "1764750000000-100000-x"}),
        "row_id too long": body({**one, "row_id": "x" * 65}),
        "NaN": body(one).replace(b'"\\u5f20\\u4e09"', b"NaN"),
        "infinite number": body(one).replace(b'"\\u5f20\\u4e09"', b"1e999"),
        "huge integer": body({**one, "changes": {"n": 2**64}}),
        "lone surrogate": body(one).replace(b"\\u5f20", b"\\ud800"),
        "deep nesting": b"[" * 100_000 + b"]" * 100_000,
        "not UTF-8": b'{"device_id": "\xff\xfe"}',
    }


CASES = [
    "not JSON",
    "a JSON array",
    "cut short",
    "device_id a number",
    "no changes",
    "changes not a list",
    "seq a string",
    "seq true",
    "seq not contiguous",
    "unknown table",
    "unknown op",
    "field id",
    "field with SQL",
    "bool value",
    "object value",
    "bad hlc",
    "hlc not canonical",
    "hlc counter past 5 digits",
    "row_id too long",
    "NaN",
    "infinite number",
    "huge integer",
    "lone surrogate",
    "deep nesting",
    "not UTF-8",
]


@pytest.mark.parametrize("case", CASES)
def test_bad_push_is_a_400_and_writes_nothing(client, store, laptop, case):
    body = _bodies(laptop)[case]
    before = store.counts()
    answer = client.post(
        "/v1/push", content=body, headers={**laptop.headers, "Content-Type": "application/json"}
    )
    assert answer.status_code == 400, answer.text
    detail = answer.json()["detail"]
    assert isinstance(detail, str) and detail
    assert store.counts() == before
    assert client.get("/v1/status", headers=laptop.headers).json()["high_seq"] == 0


def test_the_good_body_of_the_cases_is_accepted(client, laptop):
    """The hostile bodies above are one edit away from this one, which works."""
    answer = laptop.push(_change(laptop))
    assert answer.status_code == 200


def test_body_over_8_mb_is_413(client, store, laptop):
    big = _change(laptop, changes={"note": "x" * MAX_BODY})
    before = store.counts()
    answer = laptop.push(big)
    assert answer.status_code == 413 and "MB" in answer.json()["detail"]
    assert store.counts() == before


def test_chunked_body_over_8_mb_is_413(client, store, laptop):
    def chunks():  # no Content-Length: the limit must count the bytes
        yield b'{"device_id": "x", "changes": [{"note": "'
        for _ in range(9):
            yield b"x" * (1024 * 1024)
        yield b'"}]}'

    answer = client.post("/v1/push", content=chunks(), headers=laptop.headers)
    assert answer.status_code == 413


def test_gzip_body_works(client, store, laptop):
    changes = [laptop.change("growers", f"g{i}", changes={"name": "张三"}) for i in range(100)]
    raw = json.dumps({"device_id": laptop.device_id, "changes": changes}).encode()
    answer = client.post(
        "/v1/push",
        content=gzip.compress(raw),
        headers={
            **laptop.headers,
            "Content-Encoding": "gzip",
            "Content-Type": "application/json",
        },
    )
    assert answer.status_code == 200 and answer.json()["high_seq"] == 100
    assert store.counts()["records"] == 100


@pytest.mark.parametrize(
    ("name", "status"),
    [("gzip bomb", 413), ("broken gzip", 400), ("gzip cut short", 400), ("brotli", 415)],
)
def test_bad_encodings(client, store, laptop, name, status):
    raw = json.dumps({"device_id": laptop.device_id, "changes": [_change(laptop)]}).encode()
    content, encoding = {
        "gzip bomb": (gzip.compress(b" " * (MAX_BODY + 10)), "gzip"),
        "broken gzip": (b"not gzip at all", "gzip"),
        "gzip cut short": (gzip.compress(raw)[:-12], "gzip"),
        "brotli": (raw, "br"),
    }[name]
    before = store.counts()
    answer = client.post(
        "/v1/push", content=content, headers={**laptop.headers, "Content-Encoding": encoding}
    )
    assert answer.status_code == status and isinstance(answer.json()["detail"], str)
    assert store.counts() == before


@pytest.mark.parametrize(
    "authorization",
    [
        None,
        "",
        "Bearer",
        "Bearer ",
        "Basic dXNlcjpwYXNz",
        "Bearer " + "A" * 43,  # the right form, never issued
        "Bearer not a token at all",
        "Bearer " + "A" * 10_000,
    ],
)
def test_no_or_forged_token_is_401(client, store, laptop, authorization):
    headers = {} if authorization is None else {"Authorization": authorization}
    before = store.counts()
    answer = client.post(
        "/v1/push",
        json={"device_id": laptop.device_id, "changes": [_change(laptop)]},
        headers=headers,
    )
    assert answer.status_code == 401 and isinstance(answer.json()["detail"], str)
    assert store.counts() == before
    for path in ("/v1/pull", "/v1/status", "/v1/conflicts", "/v1/ledger-flags"):
        assert client.get(path, headers=headers).status_code == 401


def test_revoked_token_is_401(client, store, laptop):
    assert store.revoke(laptop.device_code.lower())
    answer = laptop.push(_change(laptop))
    assert answer.status_code == 401
    assert store.counts()["records"] == 0
    assert not store.revoke("ZZZZZZ")


@pytest.mark.parametrize(
    "body",
    [
        {"code": 12345678, "device_id": "d", "name": "x"},
        {"code": "ABCDEFGH", "name": "x"},
        {"code": "ABCDEFGH", "device_id": "d" * 65, "name": "x"},
        [1, 2],
        "just text",
    ],
)
def test_bad_enrolment_is_400(client, store, body):
    code, _ = store.new_code("社", "clerk")
    if isinstance(body, dict) and body.get("code") == "ABCDEFGH":
        body = {**body, "code": code}  # a good code: the other fields are at fault
    before = store.counts()
    answer = client.post("/v1/enrol", json=body)
    assert answer.status_code == 400 and isinstance(answer.json()["detail"], str)
    assert store.counts() == before
    assert client.post("/v1/enrol", json={"code": code, "device_id": "d", "name": "x"}).is_success


def test_unknown_address_and_method_are_sentences(client):
    missing = client.get("/v1/nothing-here")
    assert missing.status_code == 404 and missing.json() == {
        "detail": "there is nothing at this address"
    }
    wrong = client.get("/v1/push")
    assert wrong.status_code == 405 and " " in wrong.json()["detail"]


def test_no_laptop_may_enrol_as_the_server(client, store):
    code, _ = store.new_code("社", "clerk")
    answer = client.post("/v1/enrol", json={"code": code, "device_id": "server", "name": "x"})
    assert answer.status_code == 403 and store.counts()["devices"] == 0
