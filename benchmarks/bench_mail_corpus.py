"""Read a folder of real-world mails the way intake does and print what became of them: read
as requests, held as no request (by kind), refused (by first words of the reason), with the
time and the peak memory. No database: this measures the intake readers only.

    python benchmarks/bench_mail_corpus.py [FOLDER ...]

Files are read by their content, as intake does (an Outlook .msg without its extension too).
Without a folder it reads CPython's own e-mail test suite (test/test_email/data), which ships
with most Python installations: a small public corpus of odd, real-world shaped mails.
"""

from __future__ import annotations

import resource
import sys
import sysconfig
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from smarttek_dsar.intake import IntakeError  # noqa: E402
from smarttek_dsar.intake.detect import parse_mail  # noqa: E402

NOW = datetime(2030, 1, 1, tzinfo=UTC)  # far ahead: old test mails are not "in the future"


def default_folders() -> list[Path]:
    stdlib = Path(sysconfig.get_paths()["stdlib"]) / "test" / "test_email" / "data"
    return [stdlib] if stdlib.is_dir() else []


def main(folders: list[Path]) -> None:
    files = sorted(p for folder in folders for p in folder.rglob("*")
                   if p.is_file() and p.suffix.lower() in (".eml", ".txt", ".msg", ""))
    outcomes: Counter[str] = Counter()
    held: Counter[str] = Counter()
    refused: Counter[str] = Counter()
    warned = 0
    started = time.perf_counter()
    for path in files:
        try:
            request = parse_mail(path.read_bytes(), path.name, now=NOW)  # .eml or Outlook .msg
        except IntakeError as error:
            outcomes["refused"] += 1
            refused[" ".join(str(error).split(": ", 1)[-1].split()[:6])] += 1
            continue
        except Exception as error:  # noqa: BLE001 - a crash is what this looks for
            outcomes["CRASHED"] += 1
            print(f"  crash on {path.name}: {type(error).__name__}: {error}")
            continue
        if request.not_a_request is not None:
            outcomes["held"] += 1
            held[request.not_a_request.kind] += 1
        else:
            outcomes["request"] += 1
        warned += bool(request.warnings)
    elapsed = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{len(files)} files from {', '.join(map(str, folders))}: {elapsed:.1f} s, "
          f"peak {peak:.0f} MB")
    for outcome, number in outcomes.most_common():
        print(f"  {outcome:8} {number}")
    for kind, number in held.most_common():
        print(f"    held as {kind}: {number}")
    for reason, number in refused.most_common():
        print(f"    refused, {reason}…: {number}")
    print(f"  with a note for the DPO: {warned}")


if __name__ == "__main__":
    main([Path(a) for a in sys.argv[1:]] or default_folders())
