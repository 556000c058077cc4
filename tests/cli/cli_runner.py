"""Running the real command line in a subprocess, as a user would."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


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
        done = subprocess.run(
            [sys.executable, "-m", "smarttek_dsar", *args], env=env, capture_output=True,
            text=True, timeout=300, stdin=subprocess.DEVNULL,
        )
        return Result(done.returncode, done.stdout, done.stderr)
