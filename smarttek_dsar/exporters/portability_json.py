"""The machine-readable portability file (GDPR 20(1)): structured, commonly used JSON.

Only categories marked portable are written: Art. 20 covers data the subject provided,
processed on consent or contract by automated means; everything else stays in the Art. 15
copy (PDF, XLSX). The file is streamed record by record so a large category never has to be
held as one JSON string. Its shape is resources/schemas/portability.schema.json.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TextIO

from smarttek_dsar.exporters.content import CategorySection, PackageContent
from smarttek_dsar.exporters.progress import RowCounter
from smarttek_dsar.exporters.values import json_value
from smarttek_dsar.paths import resource_path

SCHEMA_ID = "urn:smarttek-dsar:portability:1"
BATCH_ROWS = 1000


def schema_path() -> Path:
    return resource_path("schemas", "portability.schema.json")


def _dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


def write_portability_json(
    content: PackageContent,
    path: Path,
    counter: RowCounter | None = None,
    generated_at: datetime | None = None,
) -> None:
    """Write the Art. 20 file for `content` to `path` (the caller makes the write atomic)."""
    counter = counter if counter is not None else RowCounter()
    generated_at = generated_at or datetime.now(UTC)
    controller = content.controller
    head = {
        "schema": SCHEMA_ID,
        "controller": {
            "name": controller.name,
            "registration_number": controller.registration_number,
            "address": controller.address,
            "email": controller.email,
            "website": controller.website,
        },
        "case_number": content.case_number,
        "generated_at": generated_at.isoformat(timespec="seconds"),
        "subject": {"name": content.subject_name},
    }
    with path.open("w", encoding="utf-8", newline="\n") as out:
        out.write("{\n")
        for key, value in head.items():
            out.write(f"  {_dumps(key)}: {_dumps(value)},\n")
        out.write('  "categories": [')
        for index, category in enumerate(content.portable_categories):
            out.write(",\n    " if index else "\n    ")
            _write_category(out, category, counter)
        out.write("\n  ]\n}\n")


def _write_category(out: TextIO, category: CategorySection, counter: RowCounter) -> None:
    columns = [
        {"key": column.key, "title": column.title, "type": column.type}
        for column in category.columns
    ]
    out.write(
        f'{{"id": {_dumps(category.category_id)}, "title": {_dumps(category.title)}, '
        f'"columns": {_dumps(columns)}, "records": ['
    )
    keys = [column.key for column in category.columns]
    batch: list[str] = []
    written = 0
    for row in category.rows:
        batch.append(_record(keys, row, category.title))
        if len(batch) == BATCH_ROWS:
            out.write(("," if written else "") + "\n      " + ",\n      ".join(batch))
            written += len(batch)
            counter.advance(len(batch), category.title)
            batch.clear()
    if batch:
        out.write(("," if written else "") + "\n      " + ",\n      ".join(batch))
        written += len(batch)
        counter.advance(len(batch), category.title)
    out.write("\n    ]}" if written else "]}")


def _record(keys: list[str], row: Sequence[object], title: str) -> str:
    if len(row) != len(keys):
        raise ValueError(
            f"A row of '{title}' has {len(row)} values for {len(keys)} columns; "
            "the data collection step must fill every column."
        )
    return _dumps({key: json_value(value) for key, value in zip(keys, row, strict=True)})
