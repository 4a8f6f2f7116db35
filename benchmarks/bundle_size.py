"""Size of the packaged program, against a plain PyInstaller build without trimming.

Both are built in this run from packaging/fieldapp.spec into a temporary folder:
the real one, and one with FIELDAPP_NO_TRIM=1 (every Qt plugin, module and
translation PyInstaller's hooks collect, nothing stripped) as the baseline. Sizes
in bytes: `bundle.size` is the unpacked folder, `bundle.size.compressed` the
folder as .tar.gz (gzip -6, as packaging/build.sh writes it). Two builds take
about two minutes on two cores.
"""

from __future__ import annotations

import gzip
import os
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _demo import ROOT

FIGURES = ["bundle.size", "bundle.size.compressed"]
SPEC = ROOT / "packaging" / "fieldapp.spec"


def build(out: Path, trim: bool) -> Path:
    env = dict(os.environ)
    if not trim:
        env["FIELDAPP_NO_TRIM"] = "1"
    pyinstaller = Path(sys.executable).with_name("pyinstaller")
    subprocess.run(
        [
            str(pyinstaller),
            "--noconfirm",
            "--log-level",
            "ERROR",
            "--distpath",
            str(out / "dist"),
            "--workpath",
            str(out / "work"),
            str(SPEC),
        ],
        check=True,
        cwd=ROOT,
        env=env,
    )
    return out / "dist" / "fieldapp"


def unpacked_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def compressed_bytes(folder: Path, archive: Path) -> int:
    with (
        gzip.open(archive, "wb", compresslevel=6) as raw,
        tarfile.open(fileobj=raw, mode="w") as tar,
    ):
        tar.add(folder, arcname=folder.name)
    return archive.stat().st_size


def run() -> list[dict]:
    with tempfile.TemporaryDirectory(prefix="fieldapp-bundle-") as tmp:
        work = Path(tmp)
        trimmed = build(work / "trimmed", trim=True)
        plain = build(work / "plain", trim=False)
        sizes = {
            name: (unpacked_bytes(folder), compressed_bytes(folder, work / f"{name}.tar.gz"))
            for name, folder in (("trimmed", trimmed), ("plain", plain))
        }
    return [
        {
            "name": "bundle.size",
            "value": sizes["trimmed"][0],
            "unit": "bytes",
            "baseline": sizes["plain"][0],
        },
        {
            "name": "bundle.size.compressed",
            "value": sizes["trimmed"][1],
            "unit": "bytes",
            "baseline": sizes["plain"][1],
        },
    ]


if __name__ == "__main__":
    print(run())
