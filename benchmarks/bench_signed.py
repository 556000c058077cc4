"""How long checking a signed request (.edoc) takes: containers built by the tests' CA
(tests/intake/asice_builder.py) with ECDSA P-256 and RSA-2048 signers, checked `runs` times each
(open the ZIP, XAdES digests and signature value, chain to the installed root).

    .venv/bin/python benchmarks/bench_signed.py [runs]
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from smarttek_dsar.intake.signed_request import verify_container  # noqa: E402
from tests.fixed_clock import NOW_UTC  # noqa: E402
from tests.intake.asice_builder import make_pki, signed_request  # noqa: E402


def main(runs: int) -> None:
    print(f"{'signer':<8} {'bytes':>7} {'ms/container':>13}  valid")
    for kind in ("ec", "rsa"):
        data, pki = signed_request(make_pki(signer_kind=kind))
        times, valid = [], False
        for _ in range(runs):
            started = time.perf_counter()
            _files, verdicts = verify_container(data, "x.edoc", (pki.root.pem,), now=NOW_UTC)
            times.append((time.perf_counter() - started) * 1000)
            valid = verdicts[0].valid
        print(f"{kind:<8} {len(data):>7} {statistics.median(times):>13.2f}  {valid}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 50)
