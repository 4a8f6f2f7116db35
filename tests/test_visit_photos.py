"""Photos imported into a visit on a real database and photo store: bad files reported
and skipped, the plot's point filled from GPS, a second run adds nothing, a cancelled
run resumes."""

from __future__ import annotations

import pytest

from fieldapp.domain.growers import GrowerData, PlotInput
from fieldapp.domain.visits import VisitData
from fieldapp.photos import PhotoProblem
from fieldapp.services.bundle import Services
from tests.test_photos_import import dms, exif, save_jpeg, scene


@pytest.fixture
def services(db) -> Services:
    return Services(db)


@pytest.fixture
def visit(services) -> str:
    grower = services.registry.save(GrowerData(name="王建国"))
    plot = services.registry.save_plot(grower, PlotInput(name="东坡田", area_mu="2"))
    return services.visits.save(
        VisitData(grower_id=grower, plot_id=plot, visited_on="2024-05-04", technician="张技术员")
    )


@pytest.fixture
def folder(tmp_path):
    photos = tmp_path / "DCIM"
    photos.mkdir()
    gps = ("N", dms(24, 30, 0), "E", dms(102, 45, 0))
    for i in range(4):
        save_jpeg(photos / f"IMG_{i:04d}.jpg", scene(i, (640, 480)), exif(gps=gps))
    (photos / "notes.jpg").write_text("not a photo")
    (photos / "IMG_9999.HEIC").write_bytes(
        b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + bytes(200)
    )
    return photos


def test_import_into_a_visit(services, visit, folder):
    photos = services.photos
    files = photos.files_in(folder)
    report = photos.import_into_visit(visit, files)
    assert report.added == 4
    assert sorted((p.name, problem) for p, problem in report.skipped) == [
        ("IMG_9999.HEIC", PhotoProblem.HEIC_UNSUPPORTED),
        ("notes.jpg", PhotoProblem.NOT_AN_IMAGE),
    ]
    assert report.plot_point_filled
    plot = services.registry.plots(services.visits.get(visit).data.grower_id)[0]
    assert (plot.data.lat_e6, plot.data.lon_e6) == (24_500_000, 102_750_000)
    shown = photos.of_visit(visit)
    assert len(shown) == 4 and all(photos.thumbnail(p).is_file() for p in shown)
    again = photos.import_into_visit(visit, files)
    assert (again.added, again.already) == (0, 4)
    assert len(photos.of_visit(visit)) == 4


def test_a_cancelled_import_resumes(services, visit, folder):
    photos = services.photos
    files = [f for f in photos.files_in(folder) if f.name.startswith("IMG_0")]
    seen = []
    first = photos.import_into_visit(
        visit,
        files,
        on_progress=lambda done, total: seen.append(done),
        cancelled=lambda: len(seen) >= 2,
    )
    assert first.cancelled and first.added == 2
    second = photos.import_into_visit(visit, files)
    assert (second.added, second.already) == (2, 2)
    assert len(photos.of_visit(visit)) == 4


def test_the_visit_editor_adds_photos_and_says_what_it_skipped(
    qtbot, services, tasks, visit, folder, monkeypatch
):
    from fieldapp.ui import visit_editor
    from fieldapp.ui.visit_editor import VisitEditor

    shown = []
    monkeypatch.setattr(
        visit_editor.QMessageBox, "information", lambda *args: shown.append(args[2])
    )
    editor = VisitEditor(services, tasks, visit)
    qtbot.addWidget(editor)
    assert editor.photo_grid.count() == 0
    editor.import_folder(folder)
    assert editor.photo_grid.count() == 4
    assert editor.last_import.added == 4
    assert "IMG_9999.HEIC" in shown[0] and "notes.jpg" in shown[0]
    # Opened again, the gallery shows what the visit has.
    again = VisitEditor(services, tasks, visit)
    qtbot.addWidget(again)
    assert again.photo_grid.count() == 4
    assert again.similar.item(0).text() == "None found yet."  # no other visit has photos


def test_the_viewer_shows_a_photo_upright_with_its_time_and_place(
    qtbot, services, tasks, visit, folder
):
    from PySide6.QtCore import Qt

    from fieldapp.ui.photo_viewer import PhotoViewer

    services.photos.import_into_visit(visit, services.photos.files_in(folder))
    rows = services.photos.of_visit(visit)
    viewer = PhotoViewer(services, tasks, rows, 0)
    qtbot.addWidget(viewer)
    viewer.show()
    assert not viewer.view.item.pixmap().isNull()
    assert viewer.view.item.pixmap().width() == 640  # the preview is never larger than the photo
    assert "24.500000, 102.750000" in viewer.caption.text()
    assert "2024-05-04 10:30:00" in viewer.caption.text()
    qtbot.keyClick(viewer, Qt.Key.Key_Right)
    assert viewer.index == 1 and "2 " in viewer.windowTitle()
    before = viewer.view.transform().m11()
    qtbot.keyClick(viewer, Qt.Key.Key_Plus)
    assert viewer.view.transform().m11() > before
    qtbot.keyClick(viewer, Qt.Key.Key_0)
    assert viewer.view.transform().m11() == pytest.approx(before)


def test_similar_past_cases_by_photo_and_by_diagnosis(services, visit, tmp_path):
    grower = services.visits.get(visit).data.grower_id

    def another(diagnosis: str, status: str = "resolved") -> str:
        return services.visits.save(
            VisitData(
                grower_id=grower,
                visited_on="2024-04-01",
                technician="张技术员",
                diagnosis=diagnosis,
                status=status,
            )
        )

    alike_visit, other_visit, same_name = another("稻瘟病"), another("纹枯病"), another("稻瘟病")
    folder = tmp_path / "cases"
    folder.mkdir()
    save_jpeg(folder / "now.jpg", scene(1, (640, 480)))
    # The same field re-shot smaller and sent through a chat app: a different file.
    save_jpeg(folder / "then.jpg", scene(1, (320, 240)), quality=60)
    save_jpeg(folder / "elsewhere.jpg", scene(7, (640, 480)))
    photos = services.photos
    photos.import_into_visit(visit, [folder / "now.jpg"])
    photos.import_into_visit(alike_visit, [folder / "then.jpg"])
    photos.import_into_visit(other_visit, [folder / "elsewhere.jpg"])
    changed = services.visits.get(visit).data
    services.visits.save(VisitData(**{**vars(changed), "diagnosis": "稻瘟病"}), visit)
    cases = photos.similar_cases(visit)
    assert cases[0].row.visit.id == alike_visit and cases[0].distance <= 12
    assert other_visit not in [c.row.visit.id for c in cases]
    assert [c.row.visit.id for c in cases if c.distance is None] == [same_name]


def test_photos_move_to_another_visit_of_the_grower(
    qtbot, services, tasks, visit, folder, monkeypatch
):
    from fieldapp.ui import visit_editor
    from fieldapp.ui.visit_editor import VisitEditor

    grower = services.visits.get(visit).data.grower_id
    other = services.visits.save(
        VisitData(
            grower_id=grower, visited_on="2024-05-01", technician="张技术员", diagnosis="纹枯病"
        )
    )
    services.photos.import_into_visit(visit, services.photos.files_in(folder))
    editor = VisitEditor(services, tasks, visit)
    qtbot.addWidget(editor)
    editor.photo_grid.item(0).setSelected(True)
    editor.photo_grid.item(1).setSelected(True)
    monkeypatch.setattr(visit_editor.QInputDialog, "getItem", lambda *args: (args[3][0], True))
    editor.move_photos()
    assert len(services.photos.of_visit(other)) == 2
    assert editor.photo_grid.count() == 2
