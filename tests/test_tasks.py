"""fieldapp.tasks: results come back on the UI thread, errors are delivered, not lost."""

import threading

from fieldapp.tasks import Tasks


def test_inline_tasks_deliver_result_and_error(qapp):
    tasks = Tasks(inline=True)
    got = []
    tasks.run(lambda: 41 + 1, lambda r, e: got.append((r, e)))
    tasks.run(lambda: 1 / 0, lambda r, e: got.append((r, type(e))))
    assert got == [(42, None), (None, ZeroDivisionError)]
    assert not tasks.busy


def test_threaded_task_runs_off_the_ui_thread_and_answers_on_it(qtbot):
    tasks = Tasks()
    ui_thread = threading.get_ident()
    seen = {}

    def work():
        seen["worker"] = threading.get_ident()
        return "done"

    def done(result, error):
        seen["callback"] = threading.get_ident()
        seen["result"] = result

    tasks.run(work, done)
    qtbot.waitUntil(lambda: "result" in seen, timeout=5000)
    assert seen["worker"] != ui_thread
    assert seen["callback"] == ui_thread
    assert seen["result"] == "done"
    assert tasks.wait(5000)


def test_progress_and_cancel_reach_the_work(qtbot):
    tasks = Tasks()
    reports = []
    outcome = {}

    def work(handle):
        for i in range(1000):
            if handle.cancelled:
                return i
            handle.report(i, 1000)
            if i == 3:
                handle.cancel()
        return 1000

    tasks.run(
        work, lambda r, e: outcome.setdefault("r", r), progress=lambda d, t: reports.append(d)
    )
    qtbot.waitUntil(lambda: "r" in outcome, timeout=5000)
    assert outcome["r"] == 4
    assert reports[:4] == [0, 1, 2, 3]
    assert tasks.wait(5000)


def test_writes_run_one_at_a_time_in_order(qtbot):
    tasks = Tasks()
    order = []
    active = []
    overlap = []

    def write(n):
        def run():
            active.append(n)
            overlap.append(len(active))
            order.append(n)
            active.remove(n)

        return run

    for n in range(20):
        tasks.run(write(n), write=True)
    assert tasks.wait(5000)
    assert order == list(range(20))
    assert max(overlap) == 1


def test_a_result_for_a_closed_window_is_dropped_not_delivered(qtbot):
    from PySide6.QtWidgets import QLabel

    class Window(QLabel):
        def show_result(self, result, error):
            self.setText(str(result))  # would raise on a deleted widget

    tasks = Tasks()
    window, kept = Window(), Window()
    release = threading.Event()
    tasks.run(lambda: release.wait(5) and "late", window.show_result)
    tasks.run(lambda: release.wait(5) and "late", kept.show_result)
    window.deleteLater()
    qtbot.waitUntil(lambda: not __import__("shiboken6").isValid(window))
    release.set()
    qtbot.waitUntil(lambda: not tasks.busy)
    assert kept.text() == "late"
    kept.deleteLater()
