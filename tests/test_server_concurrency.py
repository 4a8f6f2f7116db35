"""Pushes from many laptops at once, on SQLite and on PostgreSQL, while a laptop pulls
page after page: the cursor is handed out in commit order, so the puller never skips
a push that committed late, never sees another cooperative's change, and ends with
every change exactly once."""

from __future__ import annotations

import threading

from fieldapp.domain.sync import Change
from fieldapp.server.store import Device, ServerStore
from tests.test_server import stamp

LAPTOPS_PER_COOP = 4
BATCHES, BATCH = 15, 10
T0 = 1_764_750_000_000


def _laptops(store: ServerStore, coop: str) -> list[Device]:
    devices = []
    for n in range(LAPTOPS_PER_COOP):
        code, _ = store.new_code(coop, "technician")
        token = store.enrol(code, f"{coop}-{n}", f"laptop {n}").token
        device = store.device(token)
        assert device is not None
        devices.append(device)
    return devices


def _push_all(store: ServerStore, device: Device, errors: list[BaseException]) -> None:
    try:
        for b in range(BATCHES):
            changes = [
                Change(
                    seq=b * BATCH + i + 1,
                    change_id=f"{device.device_id}-{b}-{i}",
                    table="growers",
                    row_id=f"{device.device_id}-g{b}-{i}",
                    op="insert",
                    changes={"name": "王建国", "coop_id": device.coop_id},
                    base=None,
                    hlc=stamp(T0 + b * BATCH + i, device.device_id),
                )
                for i in range(BATCH)
            ]
            store.push(device, device.device_id, changes)
    except BaseException as error:  # the test fails on it below
        errors.append(error)


def test_a_puller_during_concurrent_pushes_misses_and_repeats_nothing(server_store):
    ours = _laptops(server_store, "甲社")
    theirs = _laptops(server_store, "乙社")
    coop = ours[0].coop_id
    errors: list[BaseException] = []
    pushers = [
        threading.Thread(target=_push_all, args=(server_store, d, errors)) for d in ours + theirs
    ]
    seen: list[tuple[int, str]] = []
    cursor, pages_meanwhile = 0, 0
    for pusher in pushers:
        pusher.start()
    while any(p.is_alive() for p in pushers):
        page = server_store.pull(coop, cursor, 25)
        seen += [(c.cursor, c.row_id) for c in page.changes]
        pages_meanwhile += bool(page.changes)
        cursor = page.next
    for pusher in pushers:
        pusher.join()
    assert not errors, errors
    assert pages_meanwhile >= 3, "the pulls did not overlap the pushes: nothing was tested"
    while True:  # what committed after the last pull above
        page = server_store.pull(coop, cursor, 25)
        seen += [(c.cursor, c.row_id) for c in page.changes]
        cursor = page.next
        if not page.more:
            break
    cursors = [c for c, _ in seen]
    assert cursors == sorted(cursors) and len(set(cursors)) == len(cursors)
    rows = [r for _, r in seen]
    assert len(rows) == len(set(rows)) == LAPTOPS_PER_COOP * BATCHES * BATCH
    assert all(r.startswith("甲社-") for r in rows)  # none of the other cooperative's
