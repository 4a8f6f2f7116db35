"""The advice sheet on the grower portal (docs/portal.md, Advice sheets), with real laptop
databases, the real renderer and a real server on loopback: the laptop that answers a
case sends the sheet at its next sync, the grower opens it from the cases page, a later
change sends a new one, a sheet of an older visit never replaces a newer, and nobody
else reaches it."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from fieldapp.domain.growers import GrowerData
from fieldapp.domain.portal import SHEET_DAYS, SHEETS_PER_ROUND, sheet_cutoff, wants_sheet
from fieldapp.domain.visits import VisitData
from fieldapp.services.bundle import Services
from fieldapp.services.setup import open_database
from fieldapp.services.sync import SheetSettings
from fieldapp.storage import sheet_uploads
from fieldapp.sync.client import Failure, SyncClient, SyncError
from fieldapp.sync.engine import push_all
from fieldapp.sync.sheets import send_sheets
from tests.loopback import serving
from tests.sync_support import Laptop, enrolled
from tests.test_advice_service import pdf_text
from tests.test_photo_sync import client_of
from tests.test_portal import Phone, answered, card_link, grower_with_plot, phone_jpeg

SETTINGS = SheetSettings("绿源合作社", "138 0013 8000", 15)
A5_POINTS = (419.5, 595.3)


def technician(folder: Path, store, url: str, name: str = "tech-laptop") -> Services:
    """A technician's laptop as the program builds it: its sync sends advice sheets."""
    laptop = enrolled(folder, store, url, name)
    services = Services(laptop.db)
    services.sync.sheet_settings = SETTINGS
    return services


def asked_case(folder: Path, store, url: str) -> tuple[Laptop, Phone, str]:
    """(clerk laptop, the grower's phone, visit id): a grower whose card has a link
    asked with one photo."""
    clerk = enrolled(folder, store, url, "clerk-laptop")
    grower, plot = grower_with_plot(clerk)
    link = card_link(clerk, grower)
    clerk.sync.sync_now()
    phone = Phone(link)
    visit_id = phone.send([phone_jpeg(3, (1600, 1200))], plot_id=plot, words="叶子上有长条斑")
    return clerk, phone, visit_id


@dataclass
class Scene:
    """A grower's question reached a technician's laptop (and, `answered`, its answer is
    saved there, not yet synced)."""

    url: str
    clerk: Laptop
    phone: Phone
    visit_id: str
    tech: Services


@contextmanager
def scene(store, folder: Path, answer: bool = True) -> Iterator[Scene]:
    with serving(store) as url:
        clerk, phone, visit_id = asked_case(folder, store, url)
        tech = technician(folder, store, url)
        try:
            tech.sync.sync_now()  # the case and its photo arrive
            if answer:
                tech.visits.save(answered(tech.visits.get(visit_id).data), visit_id)
            yield Scene(url, clerk, phone, visit_id, tech)
        finally:
            phone.close()
            clerk.close()
            tech.close()


def edit(services: Services, visit_id: str, **fields: str) -> None:
    case = services.visits.get(visit_id)
    services.visits.save(replace(case.data, **fields), visit_id)


def sheet_href(page: str) -> str:
    found = re.search(r'href="([^"]+/sheets/[^"]+\.pdf)"', page)
    assert found, "the cases page has no link to the sheet"
    return found.group(1)


def shown_sheet(phone: Phone) -> str:
    """The text of the sheet the grower's cases page links to."""
    return pdf_text(phone.client.get(sheet_href(phone.get("/cases").text)).content)


def test_the_answer_s_sheet_reaches_the_phone_and_a_later_change_replaces_it(
    server_store, tmp_path
):
    with scene(server_store, tmp_path, answer=False) as at:
        tech, phone, visit_id = at.tech, at.phone, at.visit_id
        assert tech.sync.sync_now().sheets_sent == 0  # not answered yet: nothing due
        assert "还没有回复" in phone.get("/cases").text

        tech.visits.save(answered(tech.visits.get(visit_id).data), visit_id)
        report = tech.sync.sync_now()
        assert (report.sheets_sent, report.sheets_failed) == (1, 0)

        page = phone.get("/cases").text
        assert "打开建议书（PDF）" in page
        sheet = phone.client.get(sheet_href(page))
        assert sheet.status_code == 200
        assert sheet.headers["content-type"] == "application/pdf"
        assert "filename*=UTF-8''" in sheet.headers["content-disposition"]
        assert sheet.headers["cache-control"] == "no-store"
        text = pdf_text(sheet.content)
        for shown in ("王建国", "玉米大斑病", "吡唑醚菌酯", "138 0013 8000", "绿源合作社"):
            assert shown in text
        document = pdfium.PdfDocument(sheet.content)
        assert document[0].get_size() == pytest.approx(A5_POINTS, abs=1)
        document.close()
        # The photo on it is shrunk for a phone: the whole sheet stays small.
        assert len(sheet.content) < 400_000
        assert tech.sync.sheet_counts() == {"sent": 1, "failed": 0}

        # Nothing changed: nothing sent again.
        assert tech.sync.sync_now().sheets_sent == 0
        # A change the sheet does not print: the same bytes, published for the new version,
        # so the page still shows the sheet.
        edit(tech, visit_id, weather="晴，28 °C")
        assert tech.sync.sync_now().sheets_sent == 1
        assert "打开建议书（PDF）" in phone.get("/cases").text

        # The plan changes: the next round sends the new sheet; the old file goes.
        edit(tech, visit_id, follow_up_on="2099-02-20")
        assert tech.sync.sync_now().sheets_sent == 1
        again = phone.client.get(sheet_href(phone.get("/cases").text))
        assert again.content != sheet.content and "2099-02-20" in pdf_text(again.content)
        old_sha = hashlib.sha256(sheet.content).hexdigest()
        assert not list((server_store.folder / "sheets").rglob(old_sha))


def test_only_the_laptop_that_wrote_last_sends_and_an_old_version_never_wins(
    server_store, tmp_path
):
    with scene(server_store, tmp_path) as at:
        first, visit_id = at.tech, at.visit_id
        second = technician(tmp_path, server_store, at.url, "tech-2")
        old_version = sheet_uploads.due(first.db, dt.date.today())[0].version
        old_pdf = first.advice.portal_pdf(visit_id, SETTINGS)
        assert first.sync.sync_now().sheets_sent == 1

        # The second technician corrects the diagnosis: that laptop sends the sheet; the
        # first, which now holds the second's version, has nothing due.
        second.sync.sync_now()
        edit(second, visit_id, diagnosis="玉米小斑病")
        assert second.sync.sync_now().sheets_sent == 1
        assert first.sync.sync_now().sheets_sent == 0
        assert "玉米小斑病" in shown_sheet(at.phone)

        # A sheet of the visit as it was before (a laptop that did not pull yet): sent
        # whole, but refused as the visit's sheet.
        with client_of(first) as client:
            sha = hashlib.sha256(old_pdf).hexdigest()
            client.send_sheet_chunk(visit_id, sha, len(old_pdf), 0, old_pdf)
            assert client.publish_sheet(visit_id, sha, len(old_pdf), old_version) is False
        assert "玉米小斑病" in shown_sheet(at.phone)
        second.close()


def test_nobody_but_the_grower_reaches_the_sheet_and_bad_uploads_are_refused(
    server_store, tmp_path
):
    with scene(server_store, tmp_path) as at:
        tech, phone, visit_id, clerk = at.tech, at.phone, at.visit_id, at.clerk
        tech.sync.sync_now()
        href = sheet_href(phone.get("/cases").text)
        assert phone.client.get(href).status_code == 200

        # Another grower's link, the link without its secret, a wrong secret.
        other, _ = grower_with_plot(clerk, "李秀英")
        other_phone = Phone(card_link(clerk, other))
        clerk.sync.sync_now()
        try:
            mine = other_phone.get(f"/sheets/{visit_id}.pdf")
            assert mine.status_code == 404 and "此链接无效" in mine.text
        finally:
            other_phone.close()
        grower_part = phone.base.split("/")[2]
        bare = f"/p/{grower_part.split('.')[0]}/sheets/{visit_id}.pdf"
        assert phone.client.get(bare).status_code == 404
        wrong = href.replace(grower_part, grower_part[:-4] + "AAAA")
        assert phone.client.get(wrong).status_code == 404
        assert phone.client.get(href.removesuffix(".pdf")).status_code == 404

        # Another cooperative's laptop, and a clerk's, cannot send the visit's sheet.
        pdf = tech.advice.portal_pdf(visit_id, SETTINGS)
        sha = hashlib.sha256(pdf).hexdigest()
        for coop, role, why in (("别的合作社", "coordinator", "no visit"),
                                ("绿源合作社", "clerk", "role may not")):  # fmt: skip
            code, _ = server_store.new_code(coop, role)
            laptop = Laptop(tmp_path / role)
            laptop.sync.enrol(at.url, code, role)
            with client_of(laptop) as client, pytest.raises(SyncError, match=why) as refused:
                client.send_sheet_chunk(visit_id, sha, len(pdf), 0, pdf)
            assert refused.value.failure is Failure.REFUSED
            laptop.close()

        with client_of(tech) as client:
            # Not a PDF: refused at the first chunk, nothing kept.
            fake = b"<html>" + bytes(5000)
            fake_sha = hashlib.sha256(fake).hexdigest()
            with pytest.raises(SyncError, match="must be a PDF"):
                client.send_sheet_chunk(visit_id, fake_sha, len(fake), 0, fake)
            assert client.sheet_state(visit_id, fake_sha, len(fake))["state"] == "missing"
            # A version that is not the server's: not the visit's sheet (stale).
            assert client.publish_sheet(visit_id, sha, len(pdf), "9999") is False
            # Bytes the server never got whole: refused, not stale.
            other_pdf = pdf + b"\n% another\n"
            other_sha = hashlib.sha256(other_pdf).hexdigest()
            (row,) = tech.db.query("SELECT hlc FROM visits WHERE id = ?", (visit_id,))
            with pytest.raises(SyncError, match="send the rest first"):
                client.publish_sheet(visit_id, other_sha, len(other_pdf), row["hlc"])
        assert phone.client.get(href).status_code == 200  # the sheet published stays


def broken(_: str) -> bytes:
    raise OSError("disk full")


def unplaceable(_: str) -> bytes:
    raise RuntimeError("Flowable too large")  # what a layout engine says of a huge plan


def test_a_sheet_that_cannot_be_made_or_is_refused_fails_alone_until_its_visit_changes(
    server_store, tmp_path
):
    with scene(server_store, tmp_path) as at:
        tech, visit_id = at.tech, at.visit_id
        with client_of(tech) as client:
            push_all(tech.db, client)
            report = send_sheets(tech.db, client, broken)
            assert (report.sent, report.failed) == (0, 1)
            (failed,) = tech.sync.failed_sheets()
            assert failed.reason == sheet_uploads.NOT_MADE and "disk full" in failed.detail
            assert failed.grower == "王建国"
            # Not tried again every round: only once the visit changes.
            assert send_sheets(tech.db, client, broken).failed == 0
            edit(tech, visit_id, follow_up_on="2099-02-28")
            push_all(tech.db, client)
            report = send_sheets(tech.db, client, unplaceable)  # any error: this sheet only
            assert (report.failed, report.error) == (1, "")
            assert "Flowable too large" in tech.sync.failed_sheets()[0].detail

            too_big = b"%PDF-" + bytes(9 * 1024 * 1024)
            edit(tech, visit_id, follow_up_on="2099-03-01")
            push_all(tech.db, client)
            assert send_sheets(tech.db, client, lambda _: too_big).failed == 1
            assert tech.sync.failed_sheets()[0].reason == sheet_uploads.REFUSED

        # The visit changes again: the real sheet goes, and the failure is gone.
        edit(tech, visit_id, follow_up_on="2099-03-02")
        report = tech.sync.sync_now()
        assert (report.sheets_sent, report.sheets_failed) == (1, 0)
        assert tech.sync.failed_sheets() == []
        assert "2099-03-02" in shown_sheet(at.phone)


def test_a_sheet_cut_halfway_resumes_and_a_lost_link_leaves_it_due(server_store, tmp_path):
    def render(visit: str) -> bytes:
        return tech.advice.portal_pdf(visit, SETTINGS)

    with scene(server_store, tmp_path) as at:
        tech, visit_id = at.tech, at.visit_id
        with client_of(tech) as client:
            push_all(tech.db, client)
            pdf = render(visit_id)
            assert render(visit_id) == pdf  # made again: the same bytes
            sha, cut = hashlib.sha256(pdf).hexdigest(), 64 * 1024
            assert client.send_sheet_chunk(visit_id, sha, len(pdf), 0, pdf[:cut]) == cut
            before = client.photo_bytes_up
            assert send_sheets(tech.db, client, render).sent == 1
            assert client.photo_bytes_up - before == len(pdf) - cut  # only the rest went
        assert at.phone.client.get(sheet_href(at.phone.get("/cases").text)).content == pdf

        # The link is lost: the sheet of the next change waits, nothing marked failed.
        edit(tech, visit_id, follow_up_on="2099-04-01")
        with SyncClient("http://127.0.0.1:9") as nowhere:
            report = send_sheets(tech.db, nowhere, render)
        assert report.error == "no_network" and report.failed == 0
        assert len(sheet_uploads.due(tech.db, dt.date.today())) == 1


def test_the_sync_page_counts_the_sheets_and_says_why_one_failed(
    qtbot, server_store, tmp_path, tasks, settings
):
    from fieldapp.ui.sync_page import SyncPage

    with scene(server_store, tmp_path) as at:
        page = SyncPage(at.tech, tasks, settings)
        qtbot.addWidget(page)
        page.reload()
        assert page.sheets_label.text() == "None yet"
        page.sync_now()
        assert page.sheets_label.text() == "1 sent"

        at.tech.visits.save(answered(at.tech.visits.get(at.visit_id).data))  # a second case
        with client_of(at.tech) as client:
            push_all(at.tech.db, client)
            send_sheets(at.tech.db, client, broken)
        page.reload()
        lines = page.sheets_label.text().splitlines()
        assert lines[0] == "1 sent, 1 failed"
        assert lines[1].startswith("王建国 ") and "could not be made here" in lines[1]
        assert "disk full" in lines[1]


def test_the_visit_editor_says_what_the_grower_s_phone_shows(qtbot, server_store, tmp_path, tasks):
    from fieldapp.ui.visit_editor import VisitEditor

    def note(services: Services, visit_id: str) -> str:
        editor = VisitEditor(services, tasks, visit_id)
        qtbot.addWidget(editor)
        return editor.phone_note.text()

    with scene(server_store, tmp_path, answer=False) as at:
        tech, visit_id = at.tech, at.visit_id
        assert "waits for an answer" in note(tech, visit_id)
        tech.visits.save(answered(tech.visits.get(visit_id).data), visit_id)
        assert "go at the next sync" in note(tech, visit_id)
        tech.sync.sync_now()
        assert "are there (sent 20" in note(tech, visit_id)

        # Another laptop holds the case too; this one changed it last.
        other = technician(tmp_path, server_store, at.url, "tech-2")
        other.sync.sync_now()
        assert "sent by the laptop that changed the case last" in note(other, visit_id)
        other.close()

        # A grower whose card never had a link: nothing reaches a phone.
        plain = tech.registry.save(GrowerData(name="赵立平"), confirmed=True)
        visit = tech.visits.save(replace(tech.visits.get(visit_id).data, grower_id=plain,
                                         plot_id=""))  # fmt: skip
        assert "no link on the grower's card" in note(tech, visit)
    # A laptop that syncs with no server has no portal: the editor says nothing of phones.
    loner = Services(open_database(tmp_path / "loner" / "fieldapp.db"))
    grower = loner.registry.save(GrowerData(name="赵立平"), confirmed=True)
    visit = loner.visits.save(VisitData(grower_id=grower, visited_on="2026-07-01",
                                        technician="张技术员"))  # fmt: skip
    assert note(loner, visit) == ""
    loner.close()


def test_which_cases_get_a_sheet_open_or_closed_lately():
    today = dt.date(2026, 12, 3)
    assert not wants_sheet("", "open", "2026-12-01", today)  # not answered
    assert wants_sheet("稻瘟病", "open", "2020-01-01", today)  # open, however old
    assert wants_sheet("稻瘟病", "treated", "2020-01-01", today)
    assert wants_sheet("稻瘟病", "resolved", sheet_cutoff(today), today)
    assert not wants_sheet("稻瘟病", "resolved", "2026-10-03", today)  # closed, 61 days ago


def test_a_backlog_goes_newest_first_a_few_a_round_and_old_closed_cases_not_at_all(
    server_store, tmp_path
):
    """A card printed with a link for a grower the technician has long served: the open
    and recent answers get their sheets, newest first and SHEETS_PER_ROUND at a time, so
    a round's photos never wait behind the whole backlog; closed cases of long ago none."""
    with scene(server_store, tmp_path) as at:
        tech, case = at.tech, at.tech.visits.get(at.visit_id).data
        today = dt.date.today()
        old_day = (today - dt.timedelta(days=SHEET_DAYS + 30)).isoformat()
        old_closed = tech.visits.save(
            replace(case, visited_on=old_day, status="resolved", follow_up_on=""), today=today
        )
        for n in range(SHEETS_PER_ROUND + 2):  # with the scene's answer: 23 due
            day = (today - dt.timedelta(days=n + 1)).isoformat()
            tech.visits.save(replace(case, visited_on=day, follow_up_on=""), today=today)
        due = sheet_uploads.due(tech.db, today)
        assert len(due) == SHEETS_PER_ROUND and due[0].visit_id == at.visit_id  # today's first
        assert old_closed not in {d.visit_id for d in sheet_uploads.due(tech.db, today, 100)}

        first = tech.sync.sync_now()
        assert first.sheets_sent == SHEETS_PER_ROUND
        assert tech.sync.sync_now().sheets_sent == 3
        assert tech.sync.sync_now().sheets_sent == 0

        state = tech.visits.on_the_phone(old_closed)
        assert state is not None and state.answered and not state.wanted
        page = at.phone.get("/cases").text
        assert page.count("打开建议书（PDF）") == SHEETS_PER_ROUND + 3
        assert "还没有传上来" not in page  # the old closed case says nothing of a sheet


def test_photos_added_after_the_answer_make_a_new_sheet(server_store, tmp_path):
    """The usual order on a field visit: the answer is saved, then the photos come off
    the camera (a photo needs a saved visit), and a background round may run between.
    New photos and new marks make the sheet again, sent by the laptop that added them."""
    from fieldapp.domain.photo_marks import MarkKind, PhotoMark
    from tests.test_advice_service import photos_in

    with scene(server_store, tmp_path) as at:
        tech, visit_id = at.tech, at.visit_id
        assert tech.sync.sync_now().sheets_sent == 1
        first = shown_sheet(at.phone)

        assert tech.photos.import_into_visit(visit_id, photos_in(tmp_path / "DCIM", 2)).added == 2
        state = tech.visits.on_the_phone(visit_id)
        assert state is not None and state.state == ""  # the sent sheet is not of this case
        assert tech.sync.sync_now().sheets_sent == 1
        assert tech.sync.sync_now().sheets_sent == 0
        assert shown_sheet(at.phone) != first  # the photos' captions are on it now

        photo = tech.photos.of_visit(visit_id)[0]
        tech.photos.add_mark(photo.id, PhotoMark(MarkKind.BOX, 100, 100, 900, 900, "病斑"))
        assert tech.sync.sync_now().sheets_sent == 1
        assert "病斑" in shown_sheet(at.phone)

        # A photo added on another laptop: that laptop sends the sheet, not this one.
        other = technician(tmp_path, server_store, at.url, "tech-2")
        other.sync.sync_now()
        another = tmp_path / "IMG_other.jpg"
        another.write_bytes(phone_jpeg(9))  # a picture not on the case yet
        assert other.photos.import_into_visit(visit_id, [another]).added == 1
        assert other.sync.sync_now().sheets_sent == 1
        assert tech.sync.sync_now().sheets_sent == 0
        other.close()
