"""The grower portal's safety rules (docs/portal.md) against a real server on loopback,
on SQLite and PostgreSQL: every wrong link gets the same answer and nothing else; a
grower reaches only their own rows and pieces; uploads that are not photos, too large,
too many or too often are refused in Chinese with nothing half-stored."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import httpx
import pytest

from fieldapp.domain.ids import new_id
from fieldapp.domain.portal import new_portal_key, parse_token
from fieldapp.server import portal, portal_uploads
from fieldapp.server.store import ServerStore
from tests.loopback import serving
from tests.test_portal import Phone, phone_jpeg


@dataclass(frozen=True)
class Coop:
    id: str
    grower: str
    key: str
    plot: str


def coop_with_grower(store: ServerStore, name: str, grower_name: str = "王建国") -> Coop:
    _, coop_id = store.new_code(name, "technician")
    grower, plot, key = new_id(), new_id(), new_portal_key()
    store.add_server_rows(
        coop_id,
        [
            ("growers", {"id": grower, "card_no": "AB12-00001", "name": grower_name,
                         "portal_key": key}),
            ("plots", {"id": plot, "grower_id": grower, "name": f"{grower_name}的地",
                       "area_m2": 3335, "crop_id": None}),
        ],
    )  # fmt: skip
    return Coop(coop_id, grower, key, plot)


@contextmanager
def phone_of(url: str, coop: Coop) -> Iterator[Phone]:
    phone = Phone(f"{url}/p/{coop.grower}.{coop.key}")
    try:
        yield phone
    finally:
        phone.close()


def photo_files(store: ServerStore) -> list[str]:
    """Every file in the cooperatives' photo store (what laptops can fetch)."""
    root = store.folder / "photos"
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())


def test_every_wrong_link_gets_the_same_plain_answer(server_store: ServerStore):
    a = coop_with_grower(server_store, "绿源合作社")
    b = coop_with_grower(server_store, "金穗合作社", "李秀英")
    keyless, gone = new_id(), new_id()
    server_store.add_server_rows(
        a.id,
        [
            ("growers", {"id": keyless, "card_no": "AB12-00002", "name": "张三", "portal_key": ""}),
            ("growers", {"id": gone, "card_no": "AB12-00003", "name": "赵四",
                         "portal_key": new_portal_key(), "deleted": 1}),
        ],
    )  # fmt: skip
    gone_key = server_store.row(a.id, "growers", gone)["portal_key"]
    wrong = [
        f"/p/{new_id()}.{a.key}",  # no such grower
        f"/p/{a.grower}.{new_portal_key()}",  # a guessed secret
        f"/p/{a.grower}.{a.key[:-1]}A" if a.key[-1] != "A" else f"/p/{a.grower}.{a.key[:-1]}B",
        f"/p/{b.grower}.{a.key}",  # another cooperative's grower with this one's secret
        f"/p/{a.grower}",  # the bare link
        f"/p/{a.grower}.",
        f"/p/{keyless}.{'A' * 24}",  # a grower whose card never had a link
        f"/p/{gone}.{gone_key}",  # a removed grower
        "/p/..%2F..%2Fserver.db",
    ]
    with serving(server_store) as url:
        bodies = set()
        for path in wrong:
            for page in ("", "/ask", "/cases", "/sales", "/verify"):
                answer = httpx.get(url + path + page)
                assert answer.status_code == 404, path + page
                assert "此链接无效" in answer.text
                assert "王建国" not in answer.text and "李秀英" not in answer.text
                bodies.add(answer.text)
            sha = "0" * 64
            api = [
                httpx.get(f"{url}{path}/photos/{sha}", params={"size": 10}),
                httpx.post(f"{url}{path}/ask", json={"request_id": "abcdefgh", "words": "x"}),
                httpx.post(f"{url}{path}/photos/{sha}/finish", headers={"Upload-Length": "10"}),
            ]
            for answer in api:
                assert answer.status_code == 404 and "此链接无效" in answer.text
        assert len(bodies) == 1  # the same page whatever is wrong
        assert httpx.get(f"{url}/p/{a.grower}.{a.key}").status_code == 200
        # The key is compared as a caps-lock scanner types it.
        assert httpx.get(f"{url}/p/{a.grower.upper()}.{a.key.lower()}").status_code == 200


def test_links_are_not_guessable():
    keys = {new_portal_key() for _ in range(1000)}
    assert len(keys) == 1000 and all(len(k) == 24 for k in keys)  # 120 bits each
    grower = new_id()
    assert parse_token(f"{grower}.{'A' * 23}") is None
    assert parse_token(f"{grower}.{'A' * 25}") is None
    assert parse_token(f"{grower}.{'1' * 24}") is None  # not base32
    assert parse_token(f"not-a-uuid.{'A' * 24}") is None


def test_a_grower_reaches_only_their_own_rows_and_pieces(server_store: ServerStore):
    a = coop_with_grower(server_store, "绿源合作社")
    b = coop_with_grower(server_store, "绿源合作社", "李秀英")  # the same cooperative
    server_store.add_server_rows(
        a.id,
        [("visits", {"grower_id": b.grower, "plot_id": b.plot, "visited_on": "2025-05-04",
                     "technician": "张技术员", "kind": "field", "symptoms": "李家的叶子黄了",
                     "diagnosis": "缺氮", "status": "open"})],
    )  # fmt: skip
    data = phone_jpeg(3)
    with serving(server_store) as url, phone_of(url, a) as pa, phone_of(url, b) as pb:
        assert "李家的叶子黄了" not in pa.get("/cases").text
        assert "李家的叶子黄了" in pb.get("/cases").text
        assert "李秀英的地" not in pa.get("/ask").text
        # A's question cannot name B's plot.
        refused = pa.ask([], plot_id=b.plot, words="看看")
        assert refused.status_code == 400 and "地块" in refused.json()["detail"]
        # B's pieces are B's: A sees none of them and cannot send them as its own.
        pb.upload(data)
        assert pb.state(data)["state"] == "present"
        assert pa.state(data)["state"] == "missing"
        taken = pa.ask([data], words="看看")
        assert taken.status_code == 409
        assert [v for v in server_store.every_row()["visits"].values()
                if v["grower_id"] == a.grower] == []  # fmt: skip


def test_uploads_that_are_not_photos_are_refused_with_nothing_kept(server_store: ServerStore):
    a = coop_with_grower(server_store, "绿源合作社")
    before = server_store.counts()
    with serving(server_store) as url, phone_of(url, a) as phone:
        text = "这不是照片".encode() * 200
        answer = phone.piece(text, 0)
        assert answer.status_code == 400 and "不是照片" in answer.json()["detail"]
        assert phone.state(text)["state"] == "missing"

        # A JPEG's first bytes with nothing decodable after: every byte arrives and
        # matches its hash, and the picture is still refused when it is opened.
        cut = phone_jpeg(4)[:20_000]
        for offset in range(0, len(cut), 8192):
            assert phone.piece(cut, offset, 8192).status_code == 200
        refused = phone.finish(cut)
        assert refused.status_code == 400 and "不是照片" in refused.json()["detail"]
        assert phone.state(cut)["state"] == "missing"

        # A piece whose checksum does not match its bytes: refused, the offset stays.
        good = phone_jpeg(5)
        bad = phone.client.post(
            f"{phone.base}/photos/{hashlib.sha256(good).hexdigest()}/chunks",
            content=good[:1000],
            headers={"Upload-Offset": "0", "Upload-Length": str(len(good)),
                     "Chunk-SHA256": hashlib.sha256(b"other").hexdigest()},
        )  # fmt: skip
        assert bad.status_code == 400 and "出了错" in bad.json()["detail"]
        assert phone.state(good)["offset"] == 0

        too_big = phone.get(f"/photos/{'a' * 64}", size=str(9 * 1024 * 1024))
        assert too_big.status_code == 413 and "太大" in too_big.json()["detail"]
        too_many = phone.ask([phone_jpeg(i) for i in range(7)])
        assert too_many.status_code == 400
        nothing = phone.ask([])
        assert nothing.status_code == 400 and "照片" in nothing.json()["detail"]
        # A question whose photo never arrived whole: no rows, no file for the laptops.
        half = phone_jpeg(6)
        phone.upload(half, pieces=1)
        unsent = phone.ask([half], words="看看")
        assert unsent.status_code == 409 and "还没有传完" in unsent.json()["detail"]
    assert server_store.counts() == before
    assert photo_files(server_store) == []


def test_a_question_sent_twice_is_one_case(server_store: ServerStore):
    a = coop_with_grower(server_store, "绿源合作社")
    data = phone_jpeg(8)
    with serving(server_store) as url, phone_of(url, a) as phone:
        phone.upload(data)
        first = phone.ask([data, data], request_id="same-request-1", words="叶子黄")
        again = phone.ask([data], request_id="same-request-1", words="叶子黄")
        assert first.json() == again.json()
    rows = server_store.every_row()
    assert len(rows["visits"]) == 1 and len(rows["photos"]) == 1  # the same picture once
    assert len(photo_files(server_store)) == 1


def test_rate_limits_per_grower(server_store: ServerStore, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(portal, "ASKS_PER_DAY", 2)
    monkeypatch.setattr(portal_uploads, "UPLOAD_BYTES_PER_HOUR", 200_000)
    a = coop_with_grower(server_store, "绿源合作社")
    b = coop_with_grower(server_store, "绿源合作社", "李秀英")
    with serving(server_store) as url, phone_of(url, a) as pa, phone_of(url, b) as pb:
        assert pa.ask([], words="一").status_code == 200
        assert pa.ask([], words="二").status_code == 200
        third = pa.ask([], words="三")
        assert third.status_code == 429 and "明天" in third.json()["detail"]
        assert pb.ask([], words="一").status_code == 200  # another grower's own limit

        big = phone_jpeg(9, (1400, 1000))
        assert len(big) > 200_000
        offset, answer = 0, None
        while offset < len(big):
            answer = pa.piece(big, offset)
            if answer.status_code != 200:
                break
            offset = answer.json()["offset"]
        assert answer is not None and answer.status_code == 429
        assert "一小时" in answer.json()["detail"]
        assert pb.piece(big, 0).status_code == 200
