"""The peak-memory measuring shared by bench_msg.py and bench_big_mail.py: each figure comes
from its own child process, so that its peak resident size is that one's alone (VmHWM, which
exec resets, unlike ru_maxrss, which would also count the parent's peak while it builds the
file). A child prints one JSON line; PEAK_SOURCE in its code becomes the PEAK() function.
PostgreSQL runs get a fresh database of their own when SMARTTEK_DSAR_BENCH_PG names a server.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# The process's own peak resident size, reset by exec (unlike ru_maxrss).
PEAK_SOURCE = ("PEAK = lambda: int(next(line for line in open('/proc/self/status') "
               "if line.startswith('VmHWM')).split()[1]) / 1024")


def run_child(child: str, *arguments: str) -> dict:
    """The figures the child's code printed last, run in a fresh interpreter from the root."""
    code = child.replace("PEAK_SOURCE", PEAK_SOURCE)
    output = subprocess.run([sys.executable, "-c", code, *arguments], cwd=ROOT,
                            capture_output=True, text=True, check=True).stdout
    return json.loads(output.strip().splitlines()[-1])


def verdict(peak_mb: float, budget_mb: int) -> str:
    return "met" if peak_mb <= budget_mb else "MISSED"


def fresh_postgres(prefix: str) -> tuple[str, str] | None:
    """(server URL, URL of a new empty database) when SMARTTEK_DSAR_BENCH_PG is set."""
    base = os.environ.get("SMARTTEK_DSAR_BENCH_PG")
    if not base:
        return None
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"{prefix}_{os.getpid()}"
    with create_engine(base, isolation_level="AUTOCOMMIT").connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    return base, make_url(base).set(database=name).render_as_string(hide_password=False)


def drop_postgres(base: str, url: str) -> None:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    with create_engine(base, isolation_level="AUTOCOMMIT").connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{make_url(url).database}"'))
