"""How long taking a day's mail from the privacy mailbox takes: COUNT messages put into a local
Dovecot (the tests' throwaway server, tests/mail_servers.py), then one `MailboxService.fetch`
into a fresh SQLite case store (fetch each message, import it through the .eml path, record
its UID, move it to the processed folder).

Prints the whole fetch beside the import of the same mails as .eml files and the bare
imapclient download of them, in the same run. Needs /usr/sbin/dovecot (Debian dovecot-imapd).

    /work/main/.venv/bin/python benchmarks/bench_mailbox.py [count]
"""

from __future__ import annotations

import random
import resource
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

# This checkout's code, whatever the virtualenv has installed.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench_intake import _mail  # noqa: E402

from smarttek_dsar.services import Services  # noqa: E402
from smarttek_dsar.storage.database import sqlite_url  # noqa: E402
from tests.mail_servers import MAIL_PASSWORD, _running_dovecot  # noqa: E402


def main(count: int = 200) -> None:
    rng = random.Random(1182)
    mails = [_mail(index, rng) for index in range(count)]
    arrived = datetime.now(UTC) - timedelta(hours=1)
    server_run = _running_dovecot(tls=False)
    server = next(server_run)
    try:
        client = server.client()
        for raw in mails:
            client.append("INBOX", raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n"),
                          msg_time=arrived)
        client.select_folder("INBOX", readonly=True)
        started = time.perf_counter()
        for uid in client.search(["ALL"]):
            client.fetch([uid], ["BODY.PEEK[]", "INTERNALDATE"])
        bare = time.perf_counter() - started
        client.logout()
        with tempfile.TemporaryDirectory(prefix="bench-mailbox-") as folder:
            services = Services.open(sqlite_url(Path(folder) / "cases.sqlite3"))
            services.users.create_first_admin("dpo", "benchmark password", "DPO")
            actor = services.users.login("dpo", "benchmark password")
            services.mailbox.configure(actor, **server.settings())
            started = time.perf_counter()
            report = services.mailbox.fetch(actor, password=MAIL_PASSWORD)
            whole = time.perf_counter() - started
            services.db.dispose()
            # The same mails as .eml files through `import`, into another fresh store.
            files = Path(folder) / "files"
            files.mkdir()
            paths = []
            for index, raw in enumerate(mails):
                paths.append(files / f"request-{index:04d}.eml")
                paths[-1].write_bytes(raw)
            other = Services.open(sqlite_url(Path(folder) / "files.sqlite3"))
            other.users.create_first_admin("dpo", "benchmark password", "DPO")
            importer = other.users.login("dpo", "benchmark password")
            started = time.perf_counter()
            other.imports.import_files(importer, paths)
            as_files = time.perf_counter() - started
            other.db.dispose()
        size = sum(len(m) for m in mails) / 1e6
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"{count} messages ({size:.1f} MB): fetch+import {whole:.2f} s "
              f"({whole / count * 1000:.0f} ms each), the same as .eml files through import "
              f"{as_files:.2f} s, bare imapclient download {bare:.2f} s; "
              f"{report.summary()} peak RSS {peak:.0f} MB")
    finally:
        server_run.close()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 200)
