"""Graph audit hook benchmark: what one audited Graph request costs the event loop, against writing its row there.

    .venv/bin/python bench/audit_writer.py            # 5,000 reports, three rounds

``GraphAuditWriter.__call__`` runs on the event loop (the qasync loop in the app) after every Graph request.
Measured in one run, three rounds each: the time per report on the calling thread (stamp + queue), how fast
the worker thread drains the queue into ``audit_events``, and the baseline it replaces: one synchronous
transaction per report on the calling thread. Prints the ratio baseline / hook and the load average.
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

from klaros_desktop import db
from klaros_desktop.graph import GraphCall
from klaros_desktop.models import utcnow
from klaros_desktop.paths import Profile
from klaros_desktop.services.core.audit import GraphAuditWriter, graph_row

REPORTS, BASELINE = 5000, 500


def main() -> None:
    print("load at start", os.getloadavg())
    with tempfile.TemporaryDirectory() as folder:
        engine, sessions = db.open_database(Profile(Path(folder) / "p").ensure())
        call = GraphCall("GET", "/v23.0/1/message_templates", "ui-bench", 200, 1, None, 12)
        for round_ in range(3):
            writer = GraphAuditWriter(sessions)
            start = time.perf_counter()
            for _ in range(REPORTS):
                writer(call)
            queued = time.perf_counter()
            writer.close()
            drained = time.perf_counter()
            for _ in range(BASELINE):
                with sessions.begin() as session:
                    session.add(graph_row(call, utcnow()))
            baseline = (time.perf_counter() - drained) / BASELINE
            hook = (queued - start) / REPORTS
            print(f"round {round_ + 1}: hook {hook * 1e6:.1f} us per report on the loop; worker wrote "
                  f"{REPORTS / (drained - start):,.0f} rows/s; synchronous write {baseline * 1e3:.2f} ms per "
                  f"report; baseline / hook = {baseline / hook:.0f}x")
        engine.dispose()
    print("load at end", os.getloadavg())


if __name__ == "__main__":
    main()
