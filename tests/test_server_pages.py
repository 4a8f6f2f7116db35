"""The coordinator's page: signing in with a coordinator code only, the laptops with
their last sync, conflicts and ledger flags, and a receipt found by its number."""

from __future__ import annotations

import re

import pytest

from fieldapp.domain import enrolment
from fieldapp.server.app import create_app
from fieldapp.server.pages import COOKIE
from tests.test_server import COOP, Laptop, client_for, receipt


@pytest.fixture
def client(store):
    with client_for(create_app(store)) as test_client:
        yield test_client


def signed_in(client, store) -> None:
    code, _ = store.new_code(COOP, "coordinator")
    answer = client.post(
        "/admin/login",
        content=f"code={code}",
        headers={"Content-Type": "application/x-www-form-urlencoded"},
        follow_redirects=False,
    )
    assert answer.status_code == 303 and COOKIE in answer.cookies


def test_the_page_asks_for_a_code_first(client):
    page = client.get("/admin")
    assert page.status_code == 200 and "管理员注册码" in page.text
    assert "设备" not in page.text


@pytest.mark.parametrize("code", ["WRONG234", ""])
def test_a_wrong_code_is_refused_plainly(client, code):
    answer = client.post(
        "/admin/login",
        content=f"code={code}",
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert answer.status_code == 403 and "注册码不正确" in answer.text


def test_a_technicians_code_does_not_open_the_page(client, store):
    code, _ = store.new_code(COOP, "technician")
    answer = client.post(
        "/admin/login",
        content=f"code={code}",
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert answer.status_code == 403 and "不是管理员" in answer.text
    assert "管理员注册码" in client.get("/admin").text


def test_laptops_their_last_sync_and_a_receipt_by_number(client, store):
    clerk = Laptop(client, store, role="clerk")
    clerk.pushed(clerk.change("receipts", "r1", changes=receipt("GY-AB-000001")))
    signed_in(client, store)
    page = client.get("/admin").text
    assert clerk.device_code in page and "收购员" in page
    assert "从未" not in page.split(clerk.device_code, 1)[1].split("</tr>", 1)[0]
    assert "没有冲突" in page and "没有异常" in page
    found = client.get("/admin/receipt", params={"number": "GY-AB-000001"}).text
    assert "有效" in found and "¥123.45" in found
    clerk.pushed(
        clerk.change("receipt_voids", "v1", changes={"receipt_id": "r1", "reason": "称错"})
    )
    assert "已作废" in client.get("/admin/receipt", params={"number": "GY-AB-000001"}).text
    missing = client.get("/admin/receipt", params={"number": "GY-AB-999999"}).text
    assert "没有这个单号" in missing


def test_another_coops_receipt_is_not_shown(client, store):
    clerk = Laptop(client, store, coop="别的合作社", role="clerk")
    clerk.pushed(clerk.change("receipts", "r1", changes=receipt("XX-AB-000001")))
    signed_in(client, store)
    assert "没有这个单号" in client.get("/admin/receipt", params={"number": "XX-AB-000001"}).text
    assert clerk.device_code not in client.get("/admin").text


FORM = {"Content-Type": "application/x-www-form-urlencoded"}


def test_a_new_code_for_a_laptop_is_shown_as_text_and_qr(client, store):
    signed_in(client, store)
    page = client.post("/admin/code", content="role=clerk", headers=FORM)
    assert page.status_code == 200 and "<svg" in page.text and "收购员" in page.text
    shown = re.search(r"<p class='code'>([A-Z2-9]{8})</p>", page.text).group(1)
    # The QR holds the link; a laptop reads address and code back from it and enrols.
    server, code = enrolment.parse(enrolment.link(str(client.base_url), shown))
    assert code == shown and server == str(client.base_url).rstrip("/")
    laptop = client.post("/v1/enrol", json={"code": code, "device_id": "lap-9", "name": "x"})
    assert laptop.status_code == 200 and laptop.json()["role"] == "clerk"
    coordinator_coop = store.devices_of(laptop.json()["coop_id"])
    assert {d["name"] for d in coordinator_coop} == {"管理页面", "x"}  # the same coop


def test_codes_are_made_only_for_a_signed_in_coordinator_and_a_known_role(client, store):
    answer = client.post("/admin/code", content="role=clerk", headers=FORM, follow_redirects=False)
    assert answer.status_code == 303
    assert store.counts()["enrolment_codes"] == 0
    signed_in(client, store)
    made = store.counts()["enrolment_codes"]
    bad = client.post("/admin/code", content="role=boss", headers=FORM)
    assert bad.status_code == 400 and "用途" in bad.text
    assert store.counts()["enrolment_codes"] == made


def test_a_phone_that_opens_the_qr_is_told_what_it_is(client):
    page = client.get("/enrol", params={"code": "K7Q2AB7C"})
    assert page.status_code == 200 and "K7Q2AB7C" in page.text and "扫码枪" in page.text
    assert "<script" not in client.get("/enrol", params={"code": "<script>"}).text
