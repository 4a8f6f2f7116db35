"""Both UI languages are complete and the shipped .qm files match the .ts sources."""

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from fieldapp.ui import i18n

ROOT = Path(__file__).resolve().parent.parent


def test_every_string_is_translated_and_qm_files_are_fresh():
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "i18n.py"), "check"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_chinese_is_loaded_by_default(qapp):
    translators = i18n.install(qapp, "zh_CN")
    try:
        assert QCoreApplication.translate("MainWindow", "Growers") == "农户"
        assert QCoreApplication.translate("messages", "{field} must be filled in.") == (
            "{field}必须填写。"
        )
    finally:
        for t in translators:
            qapp.removeTranslator(t)


def test_english_can_be_chosen(qapp):
    translators = i18n.install(qapp, "en")
    try:
        assert QCoreApplication.translate("MainWindow", "Growers") == "Growers"
    finally:
        for t in translators:
            qapp.removeTranslator(t)


def test_every_translated_string_is_a_literal_lupdate_can_find():
    """lupdate reads tr("...") and translate("context", "...") literally: a string passed
    through a variable or a helper is never collected, and shows in English however
    complete the .ts file looks."""
    import re

    found = []
    for path in sorted([*(ROOT / "fieldapp" / "ui").glob("*.py"), ROOT / "fieldapp" / "app.py"]):
        text = path.read_text(encoding="utf-8")
        for match in re.finditer(r"\bself\.tr\(\s*(?=[^\s\"'])", text):
            found.append(f"{path.name}:{text.count(chr(10), 0, match.start()) + 1}")
        for match in re.finditer(
            r"\bQCoreApplication\.translate\(\s*[\"'][^\"']*[\"']\s*,\s*(?=[^\s\"'])", text
        ):
            found.append(f"{path.name}:{text.count(chr(10), 0, match.start()) + 1}")
        # lupdate also drops translate(context, text, disambiguation, n) whose n is an
        # attribute (item.phi_days): pass a plain name.
        for match in re.finditer(
            r"\bQCoreApplication\.translate\((?:\s*\"[^\"]*\"\s*,){3}\s*[\w]+\.", text
        ):
            found.append(f"{path.name}:{text.count(chr(10), 0, match.start()) + 1}")
    assert found == []
