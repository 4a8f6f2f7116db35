"""Run the benchmarks: `python benchmarks/run.py [NAME ...]`.

Every benchmarks/*.py except this file and helpers starting with `_` is a
benchmark module defining `run() -> list[dict]`, each dict one figure:
{"name", "value", "unit", "baseline"}. This prints one JSON line per figure,
with `ratio` = value / baseline added. With NAMEs, only figures whose names
start with one of them are printed (`search` runs every search figure); a
module that declares `FIGURES = [...]` is skipped without being run when none
of its figures is wanted.

Each module runs in its own fresh Python process, so one benchmark's imports,
caches and memory never speed up or slow down another (start-up above all).
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

# The child process: import one module by path, call run(), print its figures as JSON.
CHILD = """
import importlib.util, json, sys
sys.path.insert(0, sys.argv[2])
sys.path.insert(0, sys.argv[3])
spec = importlib.util.spec_from_file_location(sys.argv[4], sys.argv[1])
module = importlib.util.module_from_spec(spec)
sys.modules[sys.argv[4]] = module  # dataclasses look their module up there
spec.loader.exec_module(module)
print("\\n" + json.dumps(module.run()))
"""


def modules() -> list[Path]:
    return sorted(p for p in HERE.glob("*.py") if p.name != "run.py" and not p.name.startswith("_"))


def declared_figures(path: Path) -> list[str] | None:
    """The module's FIGURES list, read without importing it (None if it has none)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "FIGURES" for t in node.targets
        ):
            try:
                return [str(v) for v in ast.literal_eval(node.value)]
            except ValueError:
                return None
    return None


def defines_run(path: Path) -> bool:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return any(isinstance(n, ast.FunctionDef) and n.name == "run" for n in tree.body)


def wanted(name: str, prefixes: list[str]) -> bool:
    return not prefixes or any(name.startswith(p) for p in prefixes)


def might_be_wanted(path: Path, prefixes: list[str]) -> bool:
    figures = declared_figures(path)
    if not prefixes or figures is None:
        return True
    return any(wanted(f, prefixes) for f in figures)


def run_module(path: Path) -> list[dict] | None:
    """Run one module's run() in a fresh interpreter; None if it failed.

    The module's own messages belong on stderr, which passes straight through.
    """
    completed = subprocess.run(
        [sys.executable, "-c", CHILD, str(path), str(HERE), str(ROOT), path.stem],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        check=False,
    )
    if completed.returncode != 0:
        print(f"{path.name}: failed (exit {completed.returncode})", file=sys.stderr)
        return None
    # run() may print to stdout too; the figures are the last line.
    last = completed.stdout.strip().splitlines()[-1] if completed.stdout.strip() else "[]"
    return json.loads(last)


def with_ratio(figure: dict) -> dict:
    value, baseline = figure.get("value"), figure.get("baseline")
    ratio = value / baseline if value is not None and baseline else None
    return {
        "name": figure["name"],
        "value": value,
        "unit": figure.get("unit", ""),
        "baseline": baseline,
        "ratio": None if ratio is None else round(ratio, 3),
    }


def main(argv: list[str]) -> int:
    prefixes = argv
    failed = False
    for path in modules():
        if not defines_run(path) or not might_be_wanted(path, prefixes):
            continue
        figures = run_module(path)
        if figures is None:
            failed = True
            continue
        # A benchmark whose subject is not built yet returns no figures: nothing printed.
        for figure in figures:
            if wanted(figure["name"], prefixes):
                print(json.dumps(with_ratio(figure), ensure_ascii=False), flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
