"""Peak memory and time of reading a mail with one very long folded Subject (a real one had
210 KB and took 440 MB; CPython's header parser is quadratic in a folded field's length), the
desk's intake beside the bare stdlib `email` parser on the same bytes. Each run is a process
of its own, so its peak resident size (ru_maxrss) is that read's alone. Budget: 400 MB.

    python benchmarks/bench_long_header.py [KB ...]      (default: 210 420 840)

The stdlib is given at most STDLIB_LIMIT_MB of address space, so that the quadrupled header
(5.5 GB unlimited) ends in a MemoryError rather than taking the machine down.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUDGET_MB = 400
STDLIB_LIMIT_MB = 3000

CHILD = r"""
import json, resource, sys, time
from datetime import UTC, datetime
sys.path.insert(0, sys.argv[3])
from tests.intake.long_headers import folded_subject_mail
kilobytes, reader, limit = int(sys.argv[1]), sys.argv[2], int(sys.argv[4])
data = folded_subject_mail(kilobytes)
if limit:
    resource.setrlimit(resource.RLIMIT_AS, (limit * 2**20, limit * 2**20))
started = time.perf_counter()
try:
    if reader == "desk":
        from smarttek_dsar.intake import parse_eml
        request = parse_eml(data, "long.eml", now=datetime(2024, 9, 10, tzinfo=UTC))
        outcome = f"read, subject {len(request.subject)} characters, with a note"
    else:
        import email, email.policy
        message = email.message_from_bytes(data, policy=email.policy.default)
        outcome = f"read, subject {len(str(message['Subject']))} characters"
except MemoryError:
    outcome = f"MemoryError at the {limit} MB limit"
print(json.dumps({"seconds": time.perf_counter() - started, "outcome": outcome,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def run(kilobytes: int, reader: str) -> dict:
    limit = STDLIB_LIMIT_MB if reader == "stdlib" else 0
    output = subprocess.run(
        [sys.executable, "-c", CHILD, str(kilobytes), reader, str(ROOT), str(limit)],
        capture_output=True, text=True, check=True, cwd=ROOT).stdout
    return json.loads(output.strip().splitlines()[-1])


def main(sizes: list[int]) -> None:
    print(f"one mail with a folded Subject of N KB, read in its own process "
          f"(budget {BUDGET_MB} MB peak):")
    for kilobytes in sizes:
        for reader in ("desk", "stdlib"):
            figures = run(kilobytes, reader)
            verdict = "met" if figures["peak_mb"] <= BUDGET_MB else "MISSED"
            print(f"  {kilobytes:5} KB  {reader:6}: {figures['seconds']:6.1f} s, peak "
                  f"{figures['peak_mb']:6.0f} MB ({verdict}), {figures['outcome']}", flush=True)


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [210, 420, 840])
