"""Benchmark: a 100,000-row data subject package against the bare libraries writing the same rows.

Run: /work/venv/bin/python benchmarks/bench_package.py [rows] [--naive]

Each measurement runs in its own child process so peak memory (max RSS) is its own.
"Ours" is export_package with a password: PDF (AES-256), XLSX, portability JSON, manifest,
AES-256 7z archive. "Bare" is plain ReportLab (LongTables of 500 rows, plain strings, no letter, no
wrapping), openpyxl write-only, json.dump and zipfile (deflate, no encryption) writing the same
rows; --naive adds one LongTable per category, which ReportLab lays out in quadratic time.
Targets: ours <= 1.5 x bare time, peak memory <= 400 MB, a progress report at least every second.
"""

from __future__ import annotations

import json
import multiprocessing
import resource
import sys
import tempfile
import time
import zipfile
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from smarttek_dsar.exporters.content import (  # noqa: E402
    CategorySection,
    Column,
    CoverLetter,
    PackageContent,
)
from smarttek_dsar.exporters.values import json_value  # noqa: E402

PASSWORD = "benchmark-password-42"
# Share of rows per category: (id, share).
SHARES = (("invoices", 0.4), ("portal_events", 0.3), ("contacts", 0.2), ("calls", 0.1))


def build_content(total_rows: int) -> PackageContent:
    start = datetime(2020, 1, 1, tzinfo=UTC)
    counts = {name: int(total_rows * share) for name, share in SHARES}
    counts["invoices"] += total_rows - sum(counts.values())
    invoices = [
        (f"R-{i:07d}", date(2020, 1, 1) + timedelta(days=i % 1800),
         Decimal(i % 9000) / 100 + Decimal("9.99"), i, f"Rēķins par pakalpojumu nr. {i}")
        for i in range(counts["invoices"])
    ]  # fmt: skip
    events = [
        (start + timedelta(minutes=7 * i), "login" if i % 3 else "password change",
         f"10.{i % 250}.{i % 200}.{i % 100}", "Firefox 128 / Linux", i % 5 == 0, i % 40)
        for i in range(counts["portal_events"])
    ]  # fmt: skip
    contacts = [
        (f"Jānis Bērziņš {i}", f"janis{i}@example.lv", f"+371 2{i % 10_000_000:07d}",
         "Ķīšezera iela 12-3, Rīga, LV-1026")
        for i in range(counts["contacts"])
    ]  # fmt: skip
    calls = [
        (start + timedelta(hours=5 * i), 60 + i % 900,
         "Klients ziņo par interneta traucējumiem; operators pārbaudīja līniju un "
         f"nosūtīja tehniķi (pieteikums {i}). " * (1 + i % 3))
        for i in range(counts["calls"])
    ]  # fmt: skip
    text, integer, decimal, day, moment, boolean = (
        "text",
        "int",
        "decimal",
        "date",
        "datetime",
        "bool",
    )
    categories = [
        CategorySection("invoices", "Rēķini", [
            Column("number", "Rēķina nr.", text), Column("date", "Datums", day),
            Column("amount", "Summa EUR", decimal), Column("seq", "Kārtas nr.", integer),
            Column("text", "Apraksts", text)], invoices, portable=True),
        CategorySection("portal_events", "Portāla notikumi", [
            Column("at", "Laiks", moment), Column("event", "Notikums", text),
            Column("ip", "IP adrese", text), Column("agent", "Pārlūks", text),
            Column("ok", "Apstiprināts", boolean), Column("session", "Sesija", integer)],
            events, portable=True),
        CategorySection("contacts", "Kontaktinformācija", [
            Column("name", "Vārds", text), Column("email", "E-pasts", text),
            Column("phone", "Tālrunis", text), Column("address", "Adrese", text)],
            contacts, portable=True),
        CategorySection("calls", "Zvanu centra ieraksti", [
            Column("at", "Laiks", moment), Column("seconds", "Ilgums, s", integer),
            Column("summary", "Kopsavilkums", text)], calls,
            notes=["Operatora vārds aizklāts, VDAR 15(4)."]),
    ]  # fmt: skip
    return PackageContent(
        case_number="DSAR-2026-0001",
        language="lv",
        issued_on=date(2026, 3, 3),
        subject_name="Jānis Bērziņš",
        subject_address="Ķīšezera iela 12-3\nRīga, LV-1026",
        rights=["Piekļuve (15. pants)", "Datu pārnesamība (20. pants)"],
        cover=CoverLetter("Labdien!", ["Pielikumā jūsu dati."], [("Nolūki", "Līgums.")], "SIA"),
        categories=categories,
    )


def _peak_mb() -> float:
    # ru_maxrss is KiB on Linux.
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_ours(total_rows: int, out: Path) -> dict[str, float]:
    from smarttek_dsar.domain.progress import CallbackProgress
    from smarttek_dsar.exporters.package import export_package

    content = build_content(total_rows)
    baseline = _peak_mb()
    started = last = time.perf_counter()
    stages: dict[str, float] = {}
    state = {"last": last, "longest_gap": 0.0, "reports": 0, "stage": "",
             "stage_start": started}

    def on_report(done: int, total: int, message: str) -> None:
        now = time.perf_counter()
        state["longest_gap"] = max(state["longest_gap"], now - state["last"])
        state["last"] = now
        state["reports"] += 1
        name = message.split(":")[0]
        if name != state["stage"]:
            if state["stage"]:
                stages[state["stage"]] = now - state["stage_start"]
            state["stage"], state["stage_start"] = name, now

    result = export_package(content, out, password=PASSWORD,
                            progress=CallbackProgress(on_report))
    longest_gap, reports = state["longest_gap"], state["reports"]
    elapsed = time.perf_counter() - started
    size = sum(item.size for item in result.files)
    return {"seconds": elapsed, "peak_mb": _peak_mb(), "data_mb": baseline,
            "longest_gap": longest_gap, "reports": reports, "bytes": size,
            **{f"stage {key}": value for key, value in stages.items()}}  # fmt: skip


def run_bare(total_rows: int, out: Path, naive_pdf: bool = False) -> dict[str, float]:
    from openpyxl import Workbook
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import LongTable, PageBreak, SimpleDocTemplate, TableStyle

    from smarttek_dsar.exporters.fonts import REGULAR, register_fonts

    content = build_content(total_rows)
    baseline = _peak_mb()
    register_fonts()
    times: dict[str, float] = {}
    started = time.perf_counter()

    story = []
    style = TableStyle([("FONT", (0, 0), (-1, -1), REGULAR, 7.5), ("GRID", (0, 0), (-1, -1), 0.25, "grey")])  # fmt: skip
    for category in content.categories:
        header = [c.title for c in category.columns]
        rows = [["" if v is None else str(v) for v in row] for row in category.rows]
        # One LongTable per category is quadratic in ReportLab (each page split copies the
        # rest of the table); chunks of 500 rows are the fair, linear baseline.
        step = len(rows) if naive_pdf else 500
        for start in range(0, len(rows), step):
            story.append(
                LongTable([header, *rows[start : start + step]], repeatRows=1, style=style)
            )
        story.append(PageBreak())
    SimpleDocTemplate(str(out / "bare.pdf"), pagesize=A4).build(story)
    del story
    times["pdf"] = time.perf_counter() - started

    mark = time.perf_counter()
    workbook = Workbook(write_only=True)
    for category in content.categories:
        sheet = workbook.create_sheet(category.title[:31])
        sheet.append([c.title for c in category.columns])
        for row in category.rows:
            sheet.append([v.replace(tzinfo=None) if isinstance(v, datetime) else v for v in row])
    workbook.save(str(out / "bare.xlsx"))
    times["xlsx"] = time.perf_counter() - mark

    mark = time.perf_counter()
    document = {"categories": [
        {"id": c.category_id, "records": [
            {col.key: json_value(v) for col, v in zip(c.columns, row, strict=True)}
            for row in c.rows]}
        for c in content.categories if c.portable]}  # fmt: skip
    with (out / "bare.json").open("w", encoding="utf-8") as handle:
        json.dump(document, handle, ensure_ascii=False)
    del document
    times["json"] = time.perf_counter() - mark

    mark = time.perf_counter()
    with zipfile.ZipFile(out / "bare.zip", "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name in ("bare.pdf", "bare.xlsx", "bare.json"):
            archive.write(out / name, name)
    times["zip"] = time.perf_counter() - mark
    elapsed = time.perf_counter() - started
    return {"seconds": elapsed, "peak_mb": _peak_mb(), "data_mb": baseline,
            **{f"stage {key}": value for key, value in times.items()}}  # fmt: skip


def _child(kind: str, total_rows: int, queue: multiprocessing.Queue) -> None:
    with tempfile.TemporaryDirectory(prefix=f"bench-{kind}-") as folder:
        if kind == "ours":
            queue.put(run_ours(total_rows, Path(folder)))
        else:
            queue.put(run_bare(total_rows, Path(folder), naive_pdf=kind == "bare-naive"))


def measure(kind: str, total_rows: int) -> dict[str, float]:
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    process = context.Process(target=_child, args=(kind, total_rows, queue))
    process.start()
    result = queue.get()
    process.join()
    return result


def main() -> None:
    arguments = [argument for argument in sys.argv[1:] if not argument.startswith("--")]
    total_rows = int(arguments[0]) if arguments else 100_000
    print(f"Package of {total_rows:,} rows in {len(SHARES)} categories")
    ours = measure("ours", total_rows)
    bare = measure("bare", total_rows)
    runs = [("ours", ours), ("bare (500-row LongTable chunks)", bare)]
    if "--naive" in sys.argv:  # minutes at 100,000 rows
        runs.append(("bare-naive (one LongTable per category)", measure("bare-naive", total_rows)))
    for name, figures in runs:
        print(f"\n{name}:")
        for key, value in figures.items():
            print(
                f"  {key:<22} {value:,.2f}"
                if isinstance(value, float)
                else f"  {key:<22} {value:,}"
            )
    ratio = ours["seconds"] / bare["seconds"]
    print("\nsummary:")
    print(f"  time ours / bare       {ratio:.2f} x   (target <= 1.5)")
    print(f"  peak memory ours       {ours['peak_mb']:.0f} MB (target <= 400; "
          f"{ours['data_mb']:.0f} MB is the input rows)")  # fmt: skip
    print(f"  peak memory bare       {bare['peak_mb']:.0f} MB")
    print(f"  longest progress gap   {ours['longest_gap']:.2f} s (target <= 1.0)")


if __name__ == "__main__":
    main()
