"""How long the intake takes for a day's worth of mail: 1,000 .eml files read from disk.

Prints the time of `parse_eml` over all files and, for scale, the bare stdlib
`email.message_from_bytes` over the same bytes. Target: a whole import of 1,000 requests
in at most 20 s, of which parsing should be a small part.

    /work/venv/bin/python benchmarks/bench_intake.py [count]
"""

from __future__ import annotations

import email
import email.policy
import random
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path

from smarttek_dsar.intake import parse_eml

NOW = datetime(2024, 9, 10, 12, 0, tzinfo=UTC)
TEXTS = [
    "Labdien! Lūdzu sniegt piekļuvi maniem personas datiem un to kopiju.",
    "Lūdzu dzēst visus manus datus, izņemot tos, kas jāglabā likuma dēļ.",
    "Please correct my address: Brīvības iela 1, Rīga. Thank you.",
    "Прошу удалить мои персональные данные.",
    "Es iebilstu pret tiešo mārketingu. Lūdzu vairs nesūtīt jaunumu vēstules.",
]


def _mail(index: int, rng: random.Random) -> bytes:
    message = EmailMessage()
    sent = NOW - timedelta(days=rng.randint(1, 60), seconds=rng.randint(0, 86_400))
    message["Received"] = (
        f"from mx{index}.example.lv by mx.smarttek.eu; "
        f"{(sent + timedelta(seconds=7)).strftime('%a, %d %b %Y %H:%M:%S +0000')}"
    )
    message["From"] = f"Klients Nr. {index} <client{index}@example.lv>"
    message["To"] = "privacy@smarttek.eu"
    message["Subject"] = f"Datu pieprasījums {index} – piekļuve"
    message["Date"] = sent.strftime("%a, %d %b %Y %H:%M:%S +0000")
    message["Message-ID"] = f"<bench-{index}@example.lv>"
    text = rng.choice(TEXTS) + "\n\n" + "Ar cieņu,\nKlients\n" * rng.randint(1, 20)
    # Mixed shapes: plain, plain+HTML, PDF attachment, forwarded mail, HTML with a photo.
    shape = index % 5
    charset = ("utf-8", "windows-1257", "iso-8859-13")[index % 3]
    try:
        text.encode(charset)
    except UnicodeEncodeError:  # Cyrillic has no place in the Baltic code pages
        charset = "utf-8"
    message.set_content(
        text, charset=charset, cte=("base64", "quoted-printable", "8bit")[index % 3]
    )
    if shape in (1, 4):
        paragraphs = "".join(f"<p>{line}</p>" for line in text.splitlines() if line)
        message.add_alternative(f"<html><body>{paragraphs}</body></html>", subtype="html")
    if shape == 2:  # a signed application or an ID scan: typically 50-600 KB
        message.add_attachment(
            b"%PDF-1.4\n" + rng.randbytes(rng.randint(50_000, 600_000)),
            maintype="application", subtype="pdf", filename=f"iesniegums_Bērziņš_{index}.pdf",
        )  # fmt: skip
    if shape == 4:  # a phone photo of a document, or a logo in the signature
        message.add_attachment(
            b"\xff\xd8\xff\xe0" + rng.randbytes(rng.randint(5_000, 40_000)),
            maintype="image", subtype="jpeg", filename=f"foto_{index}.jpg",
        )  # fmt: skip
    if shape == 3:
        forwarded = EmailMessage()
        forwarded["From"] = "Kolēģis <sales@smarttek.eu>"
        forwarded["Subject"] = "Fwd: pieprasījums"
        forwarded["Date"] = message["Date"]
        forwarded.set_content(text)
        message.add_attachment(forwarded)
    return message.as_bytes()


def main(count: int = 1000) -> None:
    rng = random.Random(1182)  # fixed seed: the same files every run
    with tempfile.TemporaryDirectory(prefix="bench-intake-") as folder:
        paths = []
        for index in range(count):
            path = Path(folder) / f"request-{index:04d}.eml"
            path.write_bytes(_mail(index, rng))
            paths.append(path)
        total_mb = sum(p.stat().st_size for p in paths) / 1e6
        print(f"{count} e-mail files, {total_mb:.1f} MB on disk")

        started = time.perf_counter()
        attachments = 0
        for path in paths:
            request = parse_eml(path.read_bytes(), path.name, now=NOW)
            attachments += len(request.attachments)
        ours = time.perf_counter() - started
        print(f"parse_eml (read + parse + checks): {ours:6.2f} s  "
              f"({ours / count * 1000:.2f} ms/file, {attachments} attachments)")  # fmt: skip

        started = time.perf_counter()
        for path in paths:
            email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        bare = time.perf_counter() - started
        print(f"stdlib message_from_bytes only:    {bare:6.2f} s  "
              f"({bare / count * 1000:.2f} ms/file)")  # fmt: skip
        print(f"parse_eml / bare stdlib: {ours / bare:.1f}x; budget for the whole import: 20 s")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)
