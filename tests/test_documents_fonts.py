"""Finding and registering the CJK font for PDF documents."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
import reportlab
from reportlab.pdfbase.pdfmetrics import stringWidth

from fieldapp.documents import fonts

SYSTEM_WQY = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
# A Latin-only TrueType font that ships inside ReportLab: loads fine, has no Chinese.
VERA = Path(reportlab.__file__).parent / "fonts" / "Vera.ttf"

needs_wqy = pytest.mark.skipif(
    not SYSTEM_WQY.is_file(), reason="fonts-wqy-microhei is not installed (./dev test installs it)"
)


@pytest.fixture
def search(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty resources/fonts folder and no system fonts; nothing registered yet."""
    folder = tmp_path / "resources" / "fonts"
    folder.mkdir(parents=True)
    monkeypatch.setattr(fonts, "fonts_folder", lambda: folder)
    monkeypatch.setattr(fonts, "SYSTEM_LINUX", (tmp_path / "system" / "wqy-microhei.ttc",))
    monkeypatch.setattr(fonts.sys, "platform", "linux")
    monkeypatch.setattr(fonts, "_registered", None)
    return folder


@needs_wqy
def test_registers_once_and_measures_chinese():
    first = fonts.cjk_font()
    assert fonts.cjk_font() is first
    assert first.subfont_index == 0
    # A registered CJK font gives every ideograph a full em; a fallback font would not.
    assert stringWidth("阿依古丽", first.name, 10) == pytest.approx(40, abs=0.5)


@needs_wqy
def test_threads_racing_to_register_get_one_font(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(fonts, "_registered", None)
    results: list[fonts.CjkFont] = []
    start = threading.Barrier(4)

    def work() -> None:
        start.wait()
        results.append(fonts.cjk_font())

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(results) == 4
    assert all(r is results[0] for r in results)


def test_missing_font_says_where_it_looked(search: Path, tmp_path: Path):
    with pytest.raises(fonts.FontMissingError) as caught:
        fonts.cjk_font()
    message = str(caught.value)
    assert "fonts-wqy-microhei" in message
    assert str(search / "wqy-microhei.ttc") in message
    assert str(tmp_path / "system" / "wqy-microhei.ttc") in message
    assert "not found" in message
    assert fonts._registered is None  # the next call tries again (after an install)


def test_missing_font_stops_a_document_before_drawing(search: Path):
    import datetime as dt

    from fieldapp.documents.grower_cards import GrowerCard, render_cards

    card = GrowerCard("合作社", "张伟", "K7QD-00001", "龙泉镇", "石桥村", dt.date(2026, 5, 1), "x")
    with pytest.raises(fonts.FontMissingError):
        render_cards([card])


def test_fonts_without_chinese_or_broken_files_are_refused(search: Path):
    (search / "wqy-microhei.ttc").write_bytes(b"not a font at all")
    (search / "Vera.ttf").symlink_to(VERA)
    with pytest.raises(fonts.FontMissingError) as caught:
        fonts.cjk_font()
    reasons = dict(caught.value.tried)
    assert reasons[search / "wqy-microhei.ttc"].startswith("not usable")
    assert "no Chinese glyphs" in reasons[search / "Vera.ttf"]


@needs_wqy
def test_the_programs_own_font_comes_before_the_systems(search: Path, monkeypatch):
    bundled = search / "wqy-microhei.ttc"
    bundled.symlink_to(SYSTEM_WQY)
    monkeypatch.setattr(fonts, "SYSTEM_LINUX", (SYSTEM_WQY,))
    path, _font = fonts.find_font(fonts.candidate_paths())
    assert path == bundled


@needs_wqy
def test_the_system_font_is_used_when_none_is_bundled(search: Path, monkeypatch):
    (search / "Vera.ttf").symlink_to(VERA)
    monkeypatch.setattr(fonts, "SYSTEM_LINUX", (SYSTEM_WQY,))
    path, _font = fonts.find_font(fonts.candidate_paths())
    assert path == SYSTEM_WQY


def test_windows_fonts_are_looked_at_on_windows_only(search: Path, monkeypatch):
    monkeypatch.setenv("WINDIR", "C:/Windows")
    assert not any("Windows" in str(p) for p in fonts.candidate_paths())
    monkeypatch.setattr(fonts.sys, "platform", "win32")
    last = fonts.candidate_paths()[-2:]
    assert last == [Path("C:/Windows/Fonts/msyh.ttc"), Path("C:/Windows/Fonts/simsun.ttc")]
