"""Cached demo databases for benchmarks: generating 100,000 growers takes a while, copying is fast.

A cached file is keyed by the grower count, the seed, the generator's version,
the migration count and a hash of the migrations and of the code that writes
the rows and their search index (the first migration can still change before
release, and the index code is being tuned), so stale data is never benchmarked.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from fieldapp.services import demo_data  # noqa: E402
from fieldapp.storage import migrations  # noqa: E402

CACHE = ROOT / "build" / "bench-cache"


# Code that decides what a generated database holds, besides the migrations.
_CONTENT_SOURCES = (
    "fieldapp/services/demo_data.py",
    "fieldapp/storage/growers.py",
    "fieldapp/storage/grower_index.py",
    "fieldapp/storage/synced.py",
    "fieldapp/domain/names.py",
)


def _content_key() -> str:
    """Migration count plus a hash of the migrations and of the code writing the rows."""
    steps = migrations.available()
    digest = hashlib.sha256()
    for path in [s.path for s in steps] + [ROOT / p for p in _CONTENT_SOURCES]:
        digest.update(path.read_bytes())
    return f"m{len(steps)}-{digest.hexdigest()[:8]}"


def cache_path(count: int, seed: int = 1) -> Path:
    return CACHE / f"growers-{count}-s{seed}-g{demo_data.GENERATOR_VERSION}-{_content_key()}.db"


def cached_database(count: int, seed: int = 1) -> Path:
    """The cached file for (count, seed), generating it first if missing. Do not write to it."""
    path = cache_path(count, seed)
    if not path.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(f".partial-{os.getpid()}")
        started = time.perf_counter()
        print(f"generating {count} demo growers into {path.name}...", file=sys.stderr)
        try:
            demo_data.fill(partial, count, seed)
            partial.rename(path)  # only a finished file ever has the cache name
        finally:
            for leftover in (partial, *partial.parent.glob(partial.name + "-*")):
                leftover.unlink(missing_ok=True)
        print(f"generated in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return path


def fresh_copy(count: int, dest: Path, seed: int = 1) -> Path:
    """A private copy of the cached database at `dest` (a file path), safe to open and write."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(cached_database(count, seed), dest)
    return dest


if __name__ == "__main__":
    # Warm the cache ahead of a benchmark run: python benchmarks/_demo.py 100000
    print(cached_database(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000))
