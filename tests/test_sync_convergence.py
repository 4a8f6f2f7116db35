"""Three laptops and one real server on loopback, driven by Hypothesis: growers
registered, edited, marked left and given plots on any laptop, syncs in any order,
conflicts settled either way, clocks hours apart. Whatever the sequence, a few final
rounds leave every laptop with the same rows, nothing duplicated, no written value
silently lost, and the same open conflicts. It runs on the SQLite server and on the
PostgreSQL one."""

from __future__ import annotations

import json
import shutil
import tempfile
from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, rule, run_state_machine_as_test

from fieldapp.domain.growers import PlotInput, Status
from fieldapp.server.store import ServerStore
from tests.loopback import serving
from tests.sync_support import (
    GIVEN,
    HOUR_MS,
    SURNAMES,
    Laptop,
    assert_converged,
    clock,
    converge,
    enrolled,
    name_of,
    register,
)

LAPTOPS = 3
ROUNDS_TO_QUIET = 3
PLOT_NAMES = ("东坡地", "河边田", "后山地", "门前田", "北洼地")
laptop_index = st.integers(0, LAPTOPS - 1)
pick = st.integers(0, 7)  # which of the growers (or conflicts) a laptop has


@dataclass(frozen=True)
class Write:
    """One value typed on a laptop: the value the field had there, and the new one."""

    row_id: str
    field: str
    base: object
    value: object
    fresh: bool  # a value never typed before (resolving a conflict re-types an old one)


class SyncMachine(RuleBasedStateMachine):
    """One server (its own database and port for each example) and three laptops."""

    def __init__(self, new_database: Callable[[], str]) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="sync-machine-"))
        self.stack = ExitStack()
        self.store = ServerStore(new_database(), self.folder)
        self.stack.callback(self.store.close)
        self.url = self.stack.enter_context(serving(self.store))
        self.laptops: list[Laptop] = []
        self.writes: list[Write] = []
        self.registered = 0
        self.plots = 0
        self.counter = 0

    @initialize(
        skews=st.lists(st.sampled_from([-6, 0, 6]), min_size=LAPTOPS, max_size=LAPTOPS),
        shared=st.integers(1, 3),
    )
    def enrol(self, skews: list[int], shared: int) -> None:
        """Three laptops, clocks up to 6 hours fast or slow, that all know a few growers
        already (so edits on different laptops meet on the same rows)."""
        for i, hours in enumerate(skews):
            laptop = enrolled(self.folder, self.store, self.url, f"l{i}", hours * HOUR_MS)
            self.stack.callback(laptop.close)
            self.laptops.append(laptop)
        first = self.laptops[0]
        with clock(first):
            for n in range(shared):
                register(first, name_of(n))
        self.registered += shared
        converge(*self.laptops[:1], rounds=1)
        converge(*self.laptops[1:], rounds=1)

    def _next(self) -> int:
        self.counter += 1
        return self.counter

    def _grower(self, laptop: Laptop, k: int) -> str | None:
        ids = [r["id"] for r in laptop.db.query("SELECT id FROM growers ORDER BY id")]
        return ids[k % len(ids)] if ids else None

    @rule(i=laptop_index, surname=st.integers(0, 19), given=st.integers(0, 19))
    def register_grower(self, i: int, surname: int, given: int) -> None:
        laptop = self.laptops[i]
        with clock(laptop):
            register(laptop, SURNAMES[surname] + GIVEN[given])
        self.registered += 1

    @rule(i=laptop_index, k=pick, field=st.sampled_from(["phone", "address", "notes"]))
    def change_field(self, i: int, k: int, field: str) -> None:
        laptop = self.laptops[i]
        grower = self._grower(laptop, k)
        if grower is None:
            return
        n = self._next()
        value = {
            "phone": f"{13800000000 + n}",
            "address": f"东街 {n} 号",
            "notes": f"第 {n} 次走访：长势好",
        }[field]
        base = laptop.value(grower, field)
        with clock(laptop):
            laptop.edit(grower, **{field: value})
        self.writes.append(Write(grower, field, base, value, fresh=True))

    @rule(i=laptop_index, k=pick)
    def mark_left(self, i: int, k: int) -> None:
        """A grower who left; one already marked left comes back (the toggle the page has)."""
        laptop = self.laptops[i]
        grower = self._grower(laptop, k)
        if grower is None:
            return
        base = laptop.value(grower, "status")
        status = Status.ACTIVE if base == Status.LEFT else Status.LEFT
        with clock(laptop):
            laptop.registry.set_status(grower, status)
        self.writes.append(Write(grower, "status", base, str(status), fresh=False))

    @rule(i=laptop_index, k=pick, name=st.sampled_from(PLOT_NAMES))
    def add_plot(self, i: int, k: int, name: str) -> None:
        laptop = self.laptops[i]
        grower = self._grower(laptop, k)
        if grower is None:
            return
        with clock(laptop):
            laptop.registry.save_plot(grower, PlotInput(name=name, area_mu="1.5"))
        self.plots += 1

    @rule(i=laptop_index, k=pick)
    def remove_plot(self, i: int, k: int) -> None:
        """A plot taken off (a tombstone): every laptop's plot count for the grower drops."""
        laptop = self.laptops[i]
        live = [r["id"] for r in laptop.db.query("SELECT id FROM plots WHERE deleted = 0")]
        if live:
            with clock(laptop):
                laptop.registry.remove_plot(sorted(live)[k % len(live)])

    @rule(i=laptop_index)
    def sync(self, i: int) -> None:
        laptop = self.laptops[i]
        with clock(laptop):
            laptop.sync.sync_now()

    @rule(i=laptop_index, k=pick, use_other=st.booleans())
    def resolve(self, i: int, k: int, use_other: bool) -> None:
        laptop = self.laptops[i]
        found = laptop.sync.conflicts()
        if not found:
            return
        conflict = found[k % len(found)]
        base = laptop.value(conflict.row_id, conflict.field)
        with clock(laptop):
            laptop.sync.resolve(conflict.id, use_other)
        if use_other and base != conflict.other:
            self.writes.append(
                Write(conflict.row_id, conflict.field, base, conflict.other, fresh=False)
            )

    def teardown(self) -> None:
        try:
            if len(self.laptops) == LAPTOPS:
                self._settle_and_check()
        finally:
            self.stack.close()
            shutil.rmtree(self.folder, ignore_errors=True)

    def _settle_and_check(self) -> None:
        """Rounds of every laptop until one moves nothing: the first pushes what waits,
        the second brings the last laptops' pushes to the first ones, the third is quiet
        (pulls write no outbox rows, so nothing new can come of them)."""
        for _ in range(ROUNDS_TO_QUIET):
            moved = 0
            for laptop in self.laptops:
                with clock(laptop):
                    report = laptop.sync.sync_now()
                moved += report.pushed + report.pulled
            if not moved:
                break
        assert not moved, f"still syncing after {ROUNDS_TO_QUIET} rounds"
        assert_converged(self.laptops, self.store)
        first = self.laptops[0]
        # Nothing duplicated, nothing missing: every registration and plot once.
        assert first.db.scalar("SELECT count(*) FROM growers") == self.registered
        assert first.db.scalar("SELECT count(*) FROM plots") == self.plots
        self._no_value_silently_lost(first)

    def _no_value_silently_lost(self, laptop: Laptop) -> None:
        """Each value typed is where it was typed, or someone replaced it having seen it
        (their edit's base is that value), or it is in a conflict a person sees."""
        in_conflicts = set()
        for r in laptop.db.query("SELECT row_id, field, kept, other FROM conflicts"):
            in_conflicts.add((r["row_id"], r["field"], json.loads(r["kept"])))
            in_conflicts.add((r["row_id"], r["field"], json.loads(r["other"])))
        seen = {(w.row_id, w.field, w.base) for w in self.writes}
        for w in self.writes:
            if not w.fresh:
                continue
            now = laptop.value(w.row_id, w.field)
            key = (w.row_id, w.field, w.value)
            assert now == w.value or key in seen or key in in_conflicts, (
                f"{w.field} {w.value!r} of {w.row_id} was lost without a conflict"
            )


def test_every_order_of_edits_and_syncs_converges(new_server_database):
    run_state_machine_as_test(
        lambda: SyncMachine(new_server_database),
        settings=settings(
            max_examples=25,
            stateful_step_count=25,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow],
        ),
    )
