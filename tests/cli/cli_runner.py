"""Running the real command line in a subprocess, as a user would."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
NOW_ENV = "SMARTTEK_DSAR_TEST_NOW"
# `python -m smarttek_dsar`, on the tests' fixed clock (tests/fixed_clock.py): time-machine does
# not reach a subprocess, so the child moves its own clock to the parent's instant first.
ON_TEST_CLOCK = (
    "import os, runpy, time_machine; "
    f"time_machine.travel(float(os.environ.pop({NOW_ENV!r})), tick=True).start(); "
    "runpy.run_module('smarttek_dsar', run_name='__main__', alter_sys=True)"
)


@dataclass
class Result:
    code: int
    out: str
    err: str

    def json(self):
        return json.loads(self.out)


class Cli:
    def __init__(self, db_url: str, home: Path) -> None:
        self.env = {
            **os.environ,
            "SMARTTEK_DSAR_DB": db_url,
            "HOME": str(home),  # keeps platformdirs (demo systems, settings) inside the test
            "XDG_DATA_HOME": str(home / "data"),
            "XDG_CONFIG_HOME": str(home / "config"),
            "PYTHONPATH": str(REPO),
        }
        self.env.pop("SMARTTEK_DSAR_USER", None)
        self.env.pop("SMARTTEK_DSAR_PASSWORD", None)

    def __call__(self, *args: str, user: str | None = None, password: str | None = None,
                 extra_env: dict | None = None) -> Result:
        env = dict(self.env)
        if user:
            env["SMARTTEK_DSAR_USER"] = user
        if password:
            env["SMARTTEK_DSAR_PASSWORD"] = password
        env.update(extra_env or {})
        env[NOW_ENV] = repr(time.time())
        done = subprocess.run(
            [sys.executable, "-c", ON_TEST_CLOCK, *args], env=env, capture_output=True,
            text=True, timeout=300, stdin=subprocess.DEVNULL,
        )
        return Result(done.returncode, done.stdout, done.stderr)
