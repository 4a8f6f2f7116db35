"""Marks on photos (a box or an arrow with a label): the table, its outbox rows, the
service's checks, and drawing them in the viewer, on a real database and photo store.
The original photo file is never written."""

from __future__ import annotations

import hashlib
import json
import sqlite3

import pytest
from PIL import Image, ImageDraw

from fieldapp.domain.errors import Problem, ValidationError
from fieldapp.domain.growers import GrowerData
from fieldapp.domain.photo_marks import MarkKind, PhotoMark, checked_mark
from fieldapp.domain.visits import VisitData
from fieldapp.services.bundle import Services
from fieldapp.storage import photo_marks as mark_store
from tests.conftest import ime_commit
from tests.test_photos_import import exif, save_jpeg, scene

SYNC_COLUMNS = {"id", "coop_id", "created_at", "updated_at", "hlc", "device_id", "deleted"}
RED = (255, 0, 0)


@pytest.fixture
def services(db) -> Services:
    return Services(db)


@pytest.fixture
def visit(services) -> str:
    grower = services.registry.save(GrowerData(name="王建国"))
    return services.visits.save(
        VisitData(grower_id=grower, visited_on="2024-05-04", technician="张技术员")
    )


def _import(services: Services, visit: str, path) -> str:
    report = services.photos.import_into_visit(visit, [path])
    assert report.added == 1
    return next(p.id for p in services.photos.of_visit(visit) if p.source == str(path))


@pytest.fixture
def photo(services, visit, tmp_path) -> str:
    return _import(services, visit, save_jpeg(tmp_path / "leaf.jpg", scene(3, (640, 480))))


@pytest.fixture
def rotated(services, visit, tmp_path) -> str:
    """Stored 640×480 with EXIF orientation 6: upright it is 480×640, and the red block in
    the stored picture's top-left corner shows in the upright picture's top-right."""
    image = Image.new("RGB", (640, 480), (90, 140, 60))
    ImageDraw.Draw(image).rectangle((0, 0, 159, 119), fill=RED)
    path = save_jpeg(tmp_path / "turned.jpg", image, exif(orientation=6), quality=95)
    return _import(services, visit, path)


def outbox(db, table: str = "photo_marks") -> list[dict]:
    rows = db.query("SELECT * FROM outbox WHERE table_name = ? ORDER BY seq", (table,))
    return [{**r, "changes": json.loads(r["changes"])} for r in rows]


def stored(db) -> int:
    return int(db.scalar("SELECT count(*) FROM photo_marks"))


# -- the table ---------------------------------------------------------------------------


def test_the_migration_makes_a_synced_table_with_checks(db, photo):
    columns = {r[1] for r in db.execute("PRAGMA table_info(photo_marks)")}
    assert columns >= SYNC_COLUMNS | {"photo_id", "kind", "x0", "y0", "x1", "y1", "label"}
    assert db.scalar("SELECT sql FROM sqlite_master WHERE name = 'photo_marks'").endswith("STRICT")
    index = db.scalar("SELECT sql FROM sqlite_master WHERE name = 'photo_marks_photo'")
    assert "deleted = 0" in index
    plan = " ".join(
        str(r[3])
        for r in db.execute(
            "EXPLAIN QUERY PLAN SELECT * FROM photo_marks WHERE photo_id = ? AND deleted = 0",
            ("x",),
        )
    )
    assert "photo_marks_photo" in plan
    values = "'m', 'c', ?, ?, ?, ?, ?, ?, '', 't', 't', 'h', 'd', 0"
    sql = f"INSERT INTO photo_marks VALUES ({values})"
    for bad in (("circle", 0, 0, 1, 1), ("box", 0, 0, 10_001, 5), ("box", -1, 0, 5, 5)):
        with pytest.raises(sqlite3.IntegrityError):
            db.execute(sql, (photo, *bad))
    # A mark on no photo: refused when the transaction commits.
    with pytest.raises(sqlite3.IntegrityError), db.transaction():
        db.execute(sql, ("no such photo", "box", 0, 0, 5, 5))
    assert stored(db) == 0


# -- storage -----------------------------------------------------------------------------


def test_storage_round_trip_writes_outbox_rows(db, services, visit, photo, tmp_path):
    other = _import(services, visit, save_jpeg(tmp_path / "other.jpg", scene(5, (640, 480))))
    box = PhotoMark("box", 100, 200, 3000, 4000, "病斑")
    arrow = PhotoMark("arrow", 9000, 9000, 5000, 5000, "虫")
    box_id = mark_store.insert_mark(db, photo, box)
    arrow_id = mark_store.insert_mark(db, photo, arrow)
    assert mark_store.marks_of(db, photo) == [
        PhotoMark("box", 100, 200, 3000, 4000, "病斑", box_id),
        PhotoMark("arrow", 9000, 9000, 5000, 5000, "虫", arrow_id),
    ]
    inserts = outbox(db)
    assert [(r["row_id"], r["op"]) for r in inserts] == [(box_id, "insert"), (arrow_id, "insert")]
    assert inserts[0]["changes"]["photo_id"] == photo
    assert inserts[0]["changes"]["label"] == "病斑"

    changed = mark_store.update_mark(db, box_id, PhotoMark("box", 100, 200, 3000, 4000, "稻瘟病"))
    assert changed == {"label": "稻瘟病"}
    update = outbox(db)[-1]
    assert (update["row_id"], update["op"]) == (box_id, "update")
    assert json.loads(update["base"]) == {"label": "病斑"}

    mark_store.remove_mark(db, arrow_id)
    delete = outbox(db)[-1]
    assert (delete["row_id"], delete["op"]) == (arrow_id, "delete")
    assert db.scalar("SELECT deleted FROM photo_marks WHERE id = ?", (arrow_id,)) == 1
    assert [m.id for m in mark_store.marks_of(db, photo)] == [box_id]
    many = mark_store.marks_of_many(db, [photo, other, photo])
    assert list(many) == [photo, other]
    assert [m.label for m in many[photo]] == ["稻瘟病"] and many[other] == []


# -- the service ---------------------------------------------------------------------------


def test_the_service_saves_normalised_marks(db, services, photo):
    photos = services.photos
    mark_id = photos.add_mark(photo, PhotoMark(MarkKind.BOX, 6000, 7000, 1000, 2000, " 病斑 "))
    arrow_id = photos.add_mark(photo, PhotoMark("arrow", 8000, 1000, 2000, 9000))
    assert photos.marks(photo) == [
        PhotoMark("box", 1000, 2000, 6000, 7000, "病斑", mark_id),  # corners ordered
        PhotoMark("arrow", 8000, 1000, 2000, 9000, "", arrow_id),  # an arrow keeps its way
    ]
    assert type(photos.marks(photo)[0].kind) is str
    photos.update_mark(mark_id, PhotoMark("box", 1000, 2000, 6000, 7000, "纹枯病"))
    assert photos.marks(photo)[0].label == "纹枯病"
    assert photos.marks_of_photos([photo, "nothing"]) == {
        photo: photos.marks(photo),
        "nothing": [],
    }


@pytest.mark.parametrize(
    ("mark", "field", "problem"),
    [
        (PhotoMark("box", 0, 0, 10_001, 5000), "x1", Problem.TOO_LARGE),
        (PhotoMark("arrow", -5, 0, 5000, 5000), "x0", Problem.NEGATIVE),
        (PhotoMark("box", 100, 100, 0.5, 5000), "x1", Problem.NOT_A_NUMBER),  # type: ignore[arg-type]
        (PhotoMark("arrow", 3000, 3000, 3000, 3000), "x1", Problem.REQUIRED),
        (PhotoMark("box", 3000, 1000, 3000, 6000), "x1", Problem.REQUIRED),  # no width
        (PhotoMark("box", 0, 0, 5000, 5000, "病" * 41), "label", Problem.TOO_LONG),
        (PhotoMark("circle", 0, 0, 5000, 5000), "kind", Problem.UNKNOWN_CHOICE),
    ],
)
def test_a_bad_mark_is_refused_and_nothing_is_saved(db, services, photo, mark, field, problem):
    before = len(outbox(db))
    with pytest.raises(ValidationError) as refused:
        services.photos.add_mark(photo, mark)
    assert (field, problem) in [(e.field, e.problem) for e in refused.value.errors]
    assert stored(db) == 0 and len(outbox(db)) == before
    good = services.photos.add_mark(photo, PhotoMark("box", 0, 0, 5000, 5000, "病斑"))
    with pytest.raises(ValidationError):
        services.photos.update_mark(good, mark)
    assert services.photos.marks(photo)[0].label == "病斑"


def test_forty_characters_are_enough(services, photo):
    label = "稻" * 40
    mark_id = services.photos.add_mark(photo, PhotoMark("box", 0, 0, 10_000, 10_000, label))
    assert services.photos.marks(photo) == [PhotoMark("box", 0, 0, 10_000, 10_000, label, mark_id)]
    assert checked_mark(PhotoMark("box", 0, 0, 1, 1, "  a  b ")).label == "a b"


def test_unknown_photos_and_marks_are_key_errors(db, services, photo):
    photos = services.photos
    with pytest.raises(KeyError):
        photos.add_mark("no such photo", PhotoMark("box", 0, 0, 5000, 5000))
    with pytest.raises(KeyError):
        photos.update_mark("no such mark", PhotoMark("box", 0, 0, 5000, 5000))
    with pytest.raises(KeyError):
        photos.remove_mark("no such mark")
    assert stored(db) == 0


def test_removing_is_a_tombstone(db, services, photo):
    photos = services.photos
    keep = photos.add_mark(photo, PhotoMark("box", 0, 0, 5000, 5000, "留"))
    gone = photos.add_mark(photo, PhotoMark("arrow", 0, 0, 5000, 5000, "删"))
    photos.remove_mark(gone)
    assert [m.id for m in photos.marks(photo)] == [keep]
    assert db.scalar("SELECT deleted FROM photo_marks WHERE id = ?", (gone,)) == 1
    assert [r["op"] for r in outbox(db) if r["row_id"] == gone] == ["insert", "delete"]
    photos.remove_mark(gone)  # twice: nothing more happens
    assert [r["op"] for r in outbox(db) if r["row_id"] == gone] == ["insert", "delete"]
    with pytest.raises(KeyError):  # a deleted mark cannot be edited back to life
        photos.update_mark(gone, PhotoMark("arrow", 0, 0, 5000, 5000, "又"))


# -- mapping --------------------------------------------------------------------------------


def test_scene_points_map_to_ten_thousandths_of_the_upright_picture(qapp):
    from PySide6.QtCore import QPointF, QSizeF

    from fieldapp.ui.photo_viewer import to_mark_units, to_scene

    size = QSizeF(480, 640)
    assert to_mark_units(QPointF(0, 0), size) == (0, 0)
    assert to_mark_units(QPointF(480, 640), size) == (10_000, 10_000)
    assert to_mark_units(QPointF(120, 160), size) == (2500, 2500)
    assert to_mark_units(QPointF(-30, 900), size) == (0, 10_000)  # held on the picture
    for x, y in ((0, 0), (1234, 9876), (10_000, 5000), (3333, 6667)):
        assert to_mark_units(to_scene(x, y, size), size) == (x, y)
    # The same mark on a preview of another size lands on the same spot of the picture.
    point = to_scene(2500, 7500, QSizeF(1200, 1600))
    assert (point.x(), point.y()) == (300, 1200)


# -- the viewer -------------------------------------------------------------------------


def sha256(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def original_of(services: Services, photo_id: str, visit: str):
    row = next(p for p in services.photos.of_visit(visit) if p.id == photo_id)
    path = services.photos.store.find_original(row.sha256)
    assert path is not None
    return path


class Answers(list):
    """Replies for the label dialog, in order (None = Esc), and what each dialog showed:
    (the text it started with, the problem it named)."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: list[tuple[str, str]] = []


@pytest.fixture
def answer(monkeypatch):
    """Answers the label dialog: typed (as an input method would) and OK'd, or Esc'd.
    Records what each dialog asked."""
    from PySide6.QtWidgets import QDialog

    from fieldapp.ui.photo_viewer import MarkLabelDialog

    answers = Answers()
    asked = answers.asked

    def exec_(dialog: MarkLabelDialog) -> int:
        asked.append((dialog.edit.text(), dialog.problem.text()))
        reply = answers.pop(0) if answers else ""
        if reply is None:
            return QDialog.DialogCode.Rejected
        dialog.edit.clear()
        ime_commit(dialog.edit, reply)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(MarkLabelDialog, "exec", exec_)
    return answers


def open_viewer(qtbot, services, tasks, visit, photo_id):
    from fieldapp.ui.photo_viewer import PhotoViewer

    rows = services.photos.of_visit(visit)
    index = next(i for i, p in enumerate(rows) if p.id == photo_id)
    viewer = PhotoViewer(services, tasks, rows, index)
    qtbot.addWidget(viewer)
    viewer.show()
    qtbot.waitExposed(viewer)
    viewer.view.fit()
    assert viewer.view.has_picture()
    return viewer


def at(viewer, fx: float, fy: float):
    """The viewport position of a point given as fractions of the displayed picture."""
    size = viewer.view.picture_size()
    from PySide6.QtCore import QPointF

    return viewer.view.mapFromScene(QPointF(fx * size.width(), fy * size.height()))


def drag(viewer, start, end, steps: int = 4) -> None:
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    viewport = viewer.view.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for i in range(1, steps + 1):
        step = QPoint(
            start.x() + (end.x() - start.x()) * i // steps,
            start.y() + (end.y() - start.y()) * i // steps,
        )
        QTest.mouseMove(viewport, step)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)


def near(mark: PhotoMark, expected: tuple[int, int, int, int], size) -> bool:
    """Equal to within the rounding of a viewport pixel (and a little more)."""
    slack = 2 * 10_000 / min(size.width(), size.height())
    return all(
        abs(a - b) <= slack
        for a, b in zip((mark.x0, mark.y0, mark.x1, mark.y1), expected, strict=True)
    )


def test_drawing_a_box_saves_it_at_once(qtbot, services, tasks, visit, photo, answer):
    from PySide6.QtCore import Qt

    original = original_of(services, photo, visit)
    before = sha256(original)
    viewer = open_viewer(qtbot, services, tasks, visit, photo)
    assert viewer.view.mode == "view"
    qtbot.mouseClick(viewer.box_button, Qt.MouseButton.LeftButton)
    assert viewer.view.mode == "box" and viewer.box_button.isChecked()
    answer.append("稻瘟病斑")
    # Dragged from bottom-right to top-left: the box is stored corners ordered.
    drag(viewer, at(viewer, 0.75, 0.5), at(viewer, 0.25, 0.2))
    marks = services.photos.marks(photo)
    assert len(marks) == 1
    mark = marks[0]
    assert (mark.kind, mark.label) == ("box", "稻瘟病斑")
    scale = viewer.view.transform().m11()
    assert near(mark, (2500, 2000, 7500, 5000), viewer.view.picture_size() * scale)
    items = viewer.view.marks()
    assert [i.mark_id for i in items] == [mark.id]
    assert items[0].tag.text == "稻瘟病斑" and items[0].tag.isVisible()
    assert sha256(original) == before  # the photo file is never written
    assert len(list(services.photos.store.originals.rglob("*.*"))) == 1


def test_an_arrow_keeps_its_way_and_keys_switch_modes(qtbot, services, tasks, visit, photo, answer):
    from PySide6.QtCore import Qt

    viewer = open_viewer(qtbot, services, tasks, visit, photo)
    qtbot.keyClick(viewer, Qt.Key.Key_A)
    assert viewer.view.mode == "arrow" and viewer.arrow_button.isChecked()
    answer.append("")  # no label is fine
    drag(viewer, at(viewer, 0.9, 0.9), at(viewer, 0.4, 0.3))
    (mark,) = services.photos.marks(viewer.photo().id)
    scale = viewer.view.transform().m11()
    assert mark.kind == "arrow" and mark.label == ""
    assert near(mark, (9000, 9000, 4000, 3000), viewer.view.picture_size() * scale)
    assert not viewer.view.marks()[0].tag.isVisible()  # no empty white tag
    qtbot.keyClick(viewer.view, Qt.Key.Key_B)  # the picture has the keyboard
    assert viewer.view.mode == "box"
    qtbot.keyClick(viewer.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert viewer.view.mode == "box"
    qtbot.keyClick(viewer, Qt.Key.Key_V)
    assert viewer.view.mode == "view" and viewer.view_button.isChecked()
    assert viewer.view.dragMode() == viewer.view.DragMode.ScrollHandDrag


def test_a_tiny_drag_and_an_escaped_one_make_no_mark(qtbot, services, tasks, visit, photo, answer):
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    viewer = open_viewer(qtbot, services, tasks, visit, photo)
    viewer.set_mode("box")
    start = at(viewer, 0.5, 0.5)
    drag(viewer, start, start + QPoint(5, 5))  # < 8 screen pixels
    viewer.set_mode("arrow")
    drag(viewer, start, start + QPoint(4, -5))
    assert answer.asked == []  # no label was asked for
    # Esc in the middle of a drag drops it (and leaves the viewer open).
    viewport = viewer.view.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(viewport, start + QPoint(120, 90))
    assert viewer.view.draft is not None
    qtbot.keyClick(viewer.view, Qt.Key.Key_Escape)
    assert viewer.view.draft is None and viewer.isVisible()
    viewer.view.begin_drawing(start.toPointF())
    qtbot.keyClick(viewer, Qt.Key.Key_Escape)  # Esc reaching the dialog: the same
    assert viewer.view.draft is None and viewer.isVisible()
    QTest.mouseRelease(
        viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start + QPoint(150, 90)
    )
    # Esc in the label dialog cancels the whole mark.
    answer.append(None)
    drag(viewer, start, start + QPoint(150, 100))
    assert len(answer.asked) == 1
    assert services.photos.marks(photo) == [] and viewer.view.marks() == []


def test_marks_come_back_and_can_be_relabelled_hidden_and_deleted(
    qtbot, services, tasks, visit, photo, answer
):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    box = services.photos.add_mark(photo, PhotoMark("box", 2000, 2000, 6000, 6000, "病斑"))
    services.photos.add_mark(photo, PhotoMark("arrow", 9000, 9000, 7000, 7000, "虫"))
    viewer = open_viewer(qtbot, services, tasks, visit, photo)
    items = viewer.view.marks()
    assert [i.label for i in items] == ["病斑", "虫"]
    size = viewer.view.picture_size()
    assert items[0].box().left() == pytest.approx(0.2 * size.width())
    assert items[0].box().bottom() == pytest.approx(0.6 * size.height())

    # In Move/View mode a click on the box's edge picks it; a double-click edits the label.
    edge = at(viewer, 0.2, 0.4)
    QTest.mouseClick(viewer.view.viewport(), Qt.MouseButton.LeftButton, pos=edge)
    assert viewer.view.selected_mark() is items[0] and viewer.delete_button.isEnabled()
    answer.append("稻瘟病")
    QTest.mouseDClick(viewer.view.viewport(), Qt.MouseButton.LeftButton, pos=edge)
    assert answer.asked == [("病斑", "")]
    assert services.photos.marks(photo)[0].label == "稻瘟病"
    assert items[0].tag.text == "稻瘟病"

    # A click inside a box (away from its lines) does not pick it: it pans.
    viewer.view.scene().clearSelection()
    QTest.mouseClick(viewer.view.viewport(), Qt.MouseButton.LeftButton, pos=at(viewer, 0.4, 0.4))
    assert viewer.view.selected_mark() is None and not viewer.delete_button.isEnabled()

    viewer.show_button.click()
    assert not any(i.isVisible() for i in viewer.view.marks())
    viewer.show_button.click()
    assert all(i.isVisible() for i in viewer.view.marks())

    items[0].setSelected(True)
    qtbot.keyClick(viewer.view, Qt.Key.Key_Delete)
    assert [m.label for m in services.photos.marks(photo)] == ["虫"]
    assert box not in [i.mark_id for i in viewer.view.marks()]
    viewer.view.marks()[0].setSelected(True)
    viewer.delete_button.click()
    assert services.photos.marks(photo) == []


def test_a_rotated_photo_is_marked_on_the_upright_picture(
    qtbot, services, tasks, visit, rotated, answer
):
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QColor

    original = original_of(services, rotated, visit)
    before = sha256(original)
    viewer = open_viewer(qtbot, services, tasks, visit, rotated)
    pixmap = viewer.view.item.pixmap()
    assert (pixmap.width(), pixmap.height()) == (480, 640)  # shown upright
    image = pixmap.toImage()
    assert QColor(image.pixel(440, 60)).red() > 200  # the red block, now top-right
    assert QColor(image.pixel(40, 60)).red() < 150
    viewer.set_mode("box")
    answer.append("红块")
    # Box round the red block as the user sees it: x 360..480 of 480, y 0..160 of 640.
    drag(
        viewer,
        viewer.view.mapFromScene(QPointF(362, 2)),
        viewer.view.mapFromScene(QPointF(478, 158)),
    )
    (mark,) = services.photos.marks(rotated)
    scale = viewer.view.transform().m11()
    assert near(mark, (7542, 31, 9958, 2469), viewer.view.picture_size() * scale)
    # Drawn again from the stored numbers, the box sits on the red block.
    viewer.show_photo()
    (item,) = viewer.view.marks()
    centre = item.box().center()
    assert QColor(image.pixel(int(centre.x()), int(centre.y()))).red() > 200
    assert sha256(original) == before


def test_the_label_dialog_takes_chinese_and_at_most_forty_characters(qtbot):
    from fieldapp.ui.photo_viewer import MarkLabelDialog

    dialog = MarkLabelDialog()
    qtbot.addWidget(dialog)
    ime_commit(dialog.edit, "稻飞虱若虫")
    assert dialog.label() == "稻飞虱若虫"
    ime_commit(dialog.edit, "虫" * 50)
    assert len(dialog.edit.text()) == 40
    assert not dialog.problem.isVisible()


def test_a_failed_save_is_told_and_can_be_retried(
    qtbot, services, tasks, visit, photo, answer, monkeypatch
):
    from PySide6.QtWidgets import QMessageBox

    from fieldapp.ui import photo_viewer

    real = services.photos.add_mark
    calls = []

    def flaky(photo_id, mark):
        calls.append(mark)
        if len(calls) == 1:
            raise PermissionError("database is locked")
        return real(photo_id, mark)

    monkeypatch.setattr(services.photos, "add_mark", flaky)
    shown = []

    def exec_(box):
        shown.append((box.text(), box.informativeText()))
        return QMessageBox.StandardButton.Retry

    monkeypatch.setattr(photo_viewer.QMessageBox, "exec", exec_)
    viewer = open_viewer(qtbot, services, tasks, visit, photo)
    viewer.set_mode("box")
    answer.append("病斑")
    drag(viewer, at(viewer, 0.1, 0.1), at(viewer, 0.5, 0.5))
    assert shown and "could not be saved" in shown[0][0]
    assert "another program" in shown[0][1]
    assert len(calls) == 2 and calls[0] == calls[1]
    assert [m.label for m in services.photos.marks(photo)] == ["病斑"]
    assert viewer.view.marks()[0].mark_id


def test_a_refused_label_is_asked_again_with_the_reason(
    qtbot, services, tasks, visit, photo, answer, monkeypatch
):
    """The dialog stops at 40 characters; should a label still be refused, the user sees
    why and keeps what they typed."""
    from fieldapp.domain.errors import FieldError

    real = services.photos.add_mark

    def refuse_once(photo_id, mark):
        if not answer.asked[1:]:
            raise ValidationError([FieldError("label", Problem.TOO_LONG, "40")])
        return real(photo_id, mark)

    monkeypatch.setattr(services.photos, "add_mark", refuse_once)
    viewer = open_viewer(qtbot, services, tasks, visit, photo)
    viewer.set_mode("box")
    answer.extend(["长标签", "短"])
    drag(viewer, at(viewer, 0.1, 0.1), at(viewer, 0.5, 0.5))
    assert answer.asked[1][0] == "长标签" and "40" in answer.asked[1][1]
    assert [m.label for m in services.photos.marks(photo)] == ["短"]


def test_a_photo_that_cannot_be_shown_cannot_be_marked(
    qtbot, services, tasks, visit, photo, answer, monkeypatch, tmp_path
):
    from PySide6.QtCore import QPoint

    from fieldapp.ui.photo_viewer import PhotoViewer

    broken = tmp_path / "broken.jpg"
    broken.write_bytes(b"not a picture")
    monkeypatch.setattr(services.photos, "preview", lambda row: broken)
    monkeypatch.setattr(services.photos, "thumbnail", lambda row: broken)
    viewer = PhotoViewer(services, tasks, services.photos.of_visit(visit), 0)
    qtbot.addWidget(viewer)
    viewer.show()
    assert "cannot be shown" in viewer.caption.text()
    assert not viewer.view.can_draw()
    viewer.set_mode("box")
    drag(viewer, QPoint(100, 100), QPoint(300, 300))
    assert answer.asked == [] and services.photos.marks(photo) == []
