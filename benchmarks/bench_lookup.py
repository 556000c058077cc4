"""Subject look-up in a source with 1,000,000 customers: find_subjects by personal code and by
e-mail on indexed columns, against bare sqlite3 running the same query on an open connection.

Target: <= 50 ms per look-up. Run: python benchmarks/bench_lookup.py [--customers N]
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

import sqlalchemy as sa

from smarttek_dsar.demo.systems_schema import customer_code_history, customers
from smarttek_dsar.sources.config_file import default_sources_config
from smarttek_dsar.sources.identifiers import SubjectIdentifiers
from smarttek_dsar.sources.lookup import find_subjects


def _code(n: int) -> str:
    digits = f"{n:011d}"
    return f"{digits[:6]}-{digits[6:]}"


# The demo subject query written out for sqlite3: the same plan, no library in between.
BARE = """
SELECT c.first_name || ' ' || c.last_name, c.personal_code, c.email, c.phone, c.customer_no
FROM customers c
WHERE c.personal_code IN (?, ?) OR c.email = ? OR c.phone = ? OR c.customer_no = ?
   OR c.id IN (SELECT h.customer_id FROM customer_code_history h WHERE h.personal_code IN (?, ?))
"""


def build(path: Path, count: int) -> None:
    engine = sa.create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        customers.metadata.create_all(conn, tables=[customers, customer_code_history])
    engine.dispose()
    rng = random.Random(7)
    connection = sqlite3.connect(path)
    rows = (
        (n, f"C-{n:08d}", "Vārds", f"Uzvārds{n}", _code(n), None, f"person{n}@mail.example",
         f"+3712{n:07d}", "Rīga", None, "lv", "2020-01-01 00:00:00")
        for n in range(1, count + 1)
    )
    connection.executemany("INSERT INTO customers VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", rows)
    history = ((n, rng.randrange(1, count + 1), _code(count + n), "2019-01-01")
               for n in range(1, count // 30 + 1))
    connection.executemany("INSERT INTO customer_code_history VALUES (?,?,?,?)", history)
    connection.commit()
    connection.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=1_000_000)
    parser.add_argument("--lookups", type=int, default=200)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-lookup-"))
    path = folder / "systems.sqlite3"
    began = time.perf_counter()
    build(path, args.customers)
    print(f"built {args.customers:,} customers in {time.perf_counter() - began:.1f} s")
    config = default_sources_config(path)
    connection = sqlite3.connect(path)
    sample = connection.execute(
        "SELECT personal_code, email FROM customers ORDER BY random() LIMIT ?",
        (args.lookups,)).fetchall()

    def ours(code: str | None, email: str | None) -> int:
        return len(find_subjects(config, personal_code=code, email=email))

    def bare(code: str | None, email: str | None) -> int:
        codes = SubjectIdentifiers.of(personal_codes=[code] if code else []).personal_codes
        pair = (codes + (None, None))[:2]
        return len(connection.execute(BARE, (*pair, email, None, None, *pair)).fetchmany(5))

    for label, kind in (("personal code", 0), ("e-mail", 1)):
        for name, fn in (("find_subjects", ours), ("bare sqlite3", bare)):
            times = []
            for row in sample:
                args_ = (row[0], None) if kind == 0 else (None, row[1])
                start = time.perf_counter()
                found = fn(*args_)
                times.append((time.perf_counter() - start) * 1000)
                assert found >= 1, (name, args_)
            times.sort()
            print(f"{label:14s} {name:14s} median {statistics.median(times):6.2f} ms  "
                  f"p95 {times[int(len(times) * 0.95) - 1]:6.2f} ms  max {times[-1]:6.2f} ms")
    connection.close()
    path.unlink()


if __name__ == "__main__":
    main()
