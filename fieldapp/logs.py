"""Log files in the data folder, kept small by rotation, and what support needs from them.

A technician's laptop is far from anyone who could debug it: when something goes
wrong, the log and "Copy diagnostics" (About) are all support gets. Rotation
keeps the folder under LIMIT_BYTES * (BACKUPS + 1) however long the laptop runs.
No Qt here: app.py routes Qt's own messages in.
"""

from __future__ import annotations

import logging
import platform
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

from fieldapp import __version__

FOLDER = "logs"
FILE_NAME = "fieldapp.log"
LIMIT_BYTES = 1_000_000
BACKUPS = 4
FORMAT = "%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s"

_handler: RotatingFileHandler | None = None


def log_file(data_dir: Path) -> Path:
    return data_dir / FOLDER / FILE_NAME


def current() -> Path | None:
    """The file this process writes to, or None before setup()."""
    return Path(_handler.baseFilename) if _handler is not None else None


def setup(data_dir: Path, level: int = logging.INFO) -> Path:
    """Send the root logger to data_dir/logs/fieldapp.log; calling it again moves it."""
    global _handler
    path = log_file(data_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    if _handler is not None:
        root.removeHandler(_handler)
        _handler.close()
    _handler = RotatingFileHandler(
        path, maxBytes=LIMIT_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=False
    )
    _handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(_handler)
    root.setLevel(level)
    logging.captureWarnings(True)  # DeprecationWarnings and the like end up here too
    logging.getLogger("fieldapp").info(
        "FieldApp %s started (%s, Python %s%s)",
        __version__,
        platform.platform(),
        platform.python_version(),
        ", packaged" if getattr(sys, "frozen", False) else "",
    )
    return path


def shutdown() -> None:
    """Close the file (tests, and before the data folder is moved)."""
    global _handler
    if _handler is not None:
        logging.getLogger().removeHandler(_handler)
        _handler.close()
        _handler = None


def tail(path: Path | None, lines: int = 200) -> str:
    """The last `lines` lines of the log, reaching into older files if needed."""
    if path is None:
        return ""
    collected: list[str] = []
    older = [path.with_name(f"{path.name}.{n}") for n in range(1, BACKUPS + 1)]
    for candidate in (path, *older):
        if len(collected) >= lines:
            break
        try:
            text = candidate.read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
        collected = text.splitlines()[-(lines - len(collected)) :] + collected
    return "\n".join(collected[-lines:])


def diagnostics(facts: dict[str, str], log: Path | None, lines: int = 200) -> str:
    """Plain text for a support call: who and where this installation is, then the log."""
    head = {
        "FieldApp": __version__,
        "Packaged": "yes" if getattr(sys, "frozen", False) else "no (source checkout)",
        "Platform": platform.platform(),
        "Python": platform.python_version(),
        **facts,
        "Log file": str(log) if log else "(none)",
    }
    width = max(len(k) for k in head)
    text = "\n".join(f"{k.ljust(width)}  {v}" for k, v in head.items())
    return f"{text}\n\n--- last {lines} log lines ---\n{tail(log, lines)}\n"
