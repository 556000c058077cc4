"""How long importing a day's worth of mail takes: 1,000 .eml files into a fresh SQLite case
store through ImportService (parse, one transaction per file with the audit trail, duplicate
check, files filed as evidence).

Prints the whole import beside the bare stdlib parse of the same files, in the same run, so
the figures compare on one machine. Target: the whole import in at most 20 s.

    /work/venv/bin/python benchmarks/bench_import.py [count]
"""

from __future__ import annotations

import email
import email.policy
import random
import sys
import tempfile
import time
from pathlib import Path

# The same realistic mix of mails as the parser benchmark (plain, HTML, PDFs, forwards,
# Baltic code pages), so the two benchmarks' figures can be read together.
from bench_intake import _mail

from smarttek_dsar.services import Services
from smarttek_dsar.storage.database import sqlite_url


def main(count: int = 1000) -> None:
    rng = random.Random(1182)  # fixed seed: the same files every run
    with tempfile.TemporaryDirectory(prefix="bench-import-") as folder:
        root = Path(folder)
        inbox = root / "inbox"
        inbox.mkdir()
        paths = []
        for index in range(count):
            path = inbox / f"request-{index:04d}.eml"
            path.write_bytes(_mail(index, rng))
            paths.append(path)
        total_mb = sum(p.stat().st_size for p in paths) / 1e6
        print(f"{count} e-mail files, {total_mb:.1f} MB on disk")

        services = Services.open(sqlite_url(root / "cases.sqlite3"))
        services.users.create_first_admin("dpo", "benchmark password 1182", "DPO")
        actor = services.users.actor_for("dpo", reason="benchmark")
        services.imports.import_files(actor, [])  # load the readers outside the timing

        started, cpu = time.perf_counter(), time.process_time()
        results = services.imports.import_files(actor, paths)
        whole, whole_cpu = time.perf_counter() - started, time.process_time() - cpu
        statuses = {s: sum(r.status == s for r in results) for s in ("created", "duplicate",
                                                                      "error")}
        print(f"ImportService.import_files:     {whole:6.2f} s  "
              f"({whole / count * 1000:.2f} ms/file; {statuses})")
        # CPU time shows the cost on a machine busy with other work, where wall time cannot.
        print(f"  of which CPU time of this process: {whole_cpu:6.2f} s")
        # The subject look-up depends on this computer's data sources configuration.
        off = next((n for r in results for n in r.notes if "data sources" in n
                    or "matching" in n), None)
        print(f"  subject matching: {'off: ' + off if off else 'searched the configured sources'}")

        started = time.perf_counter()
        again = services.imports.import_files(actor, paths)
        repeat = time.perf_counter() - started
        assert all(r.status == "duplicate" for r in again)
        print(f"the same files again (all dup): {repeat:6.2f} s  "
              f"({repeat / count * 1000:.2f} ms/file)")

        started, cpu = time.perf_counter(), time.process_time()
        for path in paths:
            email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        bare, bare_cpu = time.perf_counter() - started, time.process_time() - cpu
        print(f"stdlib message_from_bytes only: {bare:6.2f} s  ({bare / count * 1000:.2f} ms/file; "
              f"CPU {bare_cpu:.2f} s)")
        print(f"import / bare parse: {whole / bare:.1f}x; budget 20 s: "
              f"{'met' if whole <= 20 else 'MISSED'}")
        services.db.dispose()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)
