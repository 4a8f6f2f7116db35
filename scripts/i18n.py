"""Keep the UI translations complete.

    python scripts/i18n.py update    # collect tr() strings into the .ts files, English filled in
    python scripts/i18n.py release   # compile .ts to the .qm files the program loads
    python scripts/i18n.py check     # exit 1 if a string is missing or a .qm is stale (tests)

Source strings are English; zh_CN.ts holds the Chinese (the default UI) and
en.ts repeats the English so that both languages are complete.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = sorted([*(ROOT / "fieldapp" / "ui").glob("*.py"), ROOT / "fieldapp" / "app.py"])
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("zh_CN", "en")


def _tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent))
    if not found:
        raise SystemExit(f"pyside6-{name} not found next to {sys.executable}")
    return found


def ts_path(language: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"fieldapp_{language}.ts"


def lupdate(target: Path, language: str) -> None:
    subprocess.run(
        [_tool("lupdate"), "-silent", "-no-obsolete", "-locations", "none",
         "-target-language", language, *map(str, SOURCES), "-ts", str(target)],
        check=True,
    )  # fmt: skip


def fill_english(path: Path) -> None:
    """English is the source language: its translation is the source text itself."""
    tree = ET.parse(path)
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            for form in list(translation):
                translation.remove(form)
            for text in (source.replace("(s)", ""), source.replace("(s)", "s")):
                ET.SubElement(translation, "numerusform").text = text
        else:
            translation.text = source
    tree.write(path, encoding="utf-8", xml_declaration=True)


def unfinished(path: Path) -> list[str]:
    """Source texts without a finished translation."""
    missing = []
    for context in ET.parse(path).iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = (
                [] if translation is None else [f.text for f in translation] or [translation.text]
            )
            if (
                translation is None
                or translation.get("type") in ("unfinished", "vanished", "obsolete")
                or not all(forms)
            ):
                missing.append(f"{name}: {message.findtext('source')}")
    return missing


def release(ts: Path, qm: Path) -> None:
    subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def update() -> None:
    for language in LANGUAGES:
        lupdate(ts_path(language), language)
    fill_english(ts_path("en"))
    for language in LANGUAGES:
        print(language, "unfinished:", len(unfinished(ts_path(language))))


def release_all() -> None:
    for language in LANGUAGES:
        release(ts_path(language), ts_path(language).with_suffix(".qm"))


def check() -> list[str]:
    """Problems: strings in the code missing from a .ts, unfinished entries, stale .qm files."""
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        for language in LANGUAGES:
            copy = ts_path(language, Path(tmp))
            shutil.copy(ts_path(language), copy)
            lupdate(copy, language)  # adds any tr() string the .ts does not have yet
            problems += [f"{language}: {m}" for m in unfinished(copy)]
            qm = Path(tmp) / f"{language}.qm"
            release(ts_path(language), qm)
            shipped = ts_path(language).with_suffix(".qm")
            if not shipped.exists() or shipped.read_bytes() != qm.read_bytes():
                problems.append(f"{shipped.name} is stale: run scripts/i18n.py release")
    return problems


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "check"
    if command == "update":
        update()
    elif command == "release":
        release_all()
    else:
        found = check()
        print("\n".join(found) or "translations complete")
        sys.exit(1 if found else 0)
