"""Log files in the data folder: written, rotated, and read back for support."""

from __future__ import annotations

import logging

import pytest

from fieldapp import logs


@pytest.fixture
def log_dir(tmp_path):
    yield tmp_path
    logs.shutdown()


def test_setup_writes_into_the_data_folder(log_dir):
    path = logs.setup(log_dir)
    logging.getLogger("fieldapp.test").warning("水稻 %s", 1)
    assert path == log_dir / "logs" / "fieldapp.log"
    assert logs.current() == path
    text = path.read_text(encoding="utf-8")
    assert "started" in text and "WARNING" in text and "水稻 1" in text


def test_setup_again_moves_the_file_and_keeps_one_handler(log_dir):
    logs.setup(log_dir / "a")
    second = logs.setup(log_dir / "b")
    logging.getLogger("fieldapp.test").info("only here")
    assert "only here" not in (log_dir / "a" / "logs" / "fieldapp.log").read_text(encoding="utf-8")
    assert "only here" in second.read_text(encoding="utf-8")


def test_the_files_rotate_and_stay_small(log_dir, monkeypatch):
    monkeypatch.setattr(logs, "LIMIT_BYTES", 2_000)
    path = logs.setup(log_dir)
    for n in range(500):
        logging.getLogger("fieldapp.test").info("line %04d %s", n, "x" * 40)
    files = sorted(path.parent.glob("fieldapp.log*"))
    assert len(files) == logs.BACKUPS + 1
    assert all(f.stat().st_size <= 2_200 for f in files)


def test_tail_reaches_into_the_previous_file(log_dir, monkeypatch):
    monkeypatch.setattr(logs, "LIMIT_BYTES", 2_000)
    path = logs.setup(log_dir)
    for n in range(100):
        logging.getLogger("fieldapp.test").info("line %04d", n)
    tail = logs.tail(path, lines=60).splitlines()
    assert len(tail) == 60
    assert tail[-1].endswith("line 0099")
    assert tail[0].endswith("line 0040")


def test_tail_without_a_file_is_empty(tmp_path):
    assert logs.tail(None) == ""
    assert logs.tail(tmp_path / "missing.log") == ""


def test_diagnostics_name_the_installation_and_carry_the_log(log_dir):
    path = logs.setup(log_dir)
    logging.getLogger("fieldapp.test").error("the scale went quiet")
    text = logs.diagnostics({"Database schema": "7"}, path)
    assert "FieldApp" in text and "Database schema  7" in text.replace(" " * 3, " " * 2)
    assert str(path) in text
    assert "the scale went quiet" in text
