"""Searching a CSV or XLSX export: the rows whose identifying columns match the subject.

The mapping in the sources file says which columns identify the subject and which data
category each sheet or column belongs to; a row found is split into one row per category.
"""

from __future__ import annotations

import csv
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from smarttek_dsar.domain.messages import Message, message
from smarttek_dsar.sources.config import FileSource, SheetMapping
from smarttek_dsar.sources.found import FoundRows, SourceFailure, row_json
from smarttek_dsar.sources.identifiers import (
    SubjectIdentifiers,
    code_digits,
    customer_no_key,
    email_key,
    name_key,
    phone_key,
)

_PROGRESS_EVERY = 5_000


@dataclass(frozen=True)
class Table:
    mapping: SheetMapping
    label: str  # "export.xlsx, sheet 'Klienti'"
    header: tuple[str, ...]
    rows: Iterator[tuple[object, ...]]


def cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, int) and not isinstance(value, bool) and 9 < len(str(value)) < 11:
        # A personal code typed into a number cell lost its leading zero (010190... -> 10190...).
        return f"{value:011d}"
    return str(value).strip()


def tables(source: FileSource) -> Iterator[Table]:
    path = Path(source.path)
    if not path.is_file():
        raise SourceFailure("The file {path} does not exist. Check the path in the data "
                            "source settings, or export the file again.", path=path)
    if path.suffix.lower() == ".csv":
        yield from _csv_tables(source, path)
    else:
        yield from _xlsx_tables(source, path)


def _csv_tables(source: FileSource, path: Path) -> Iterator[Table]:
    for mapping in source.sheets:
        try:
            with path.open(encoding=source.encoding, newline="") as stream:
                sample = stream.readline()
                stream.seek(0)
                delimiter = source.delimiter or _guess_delimiter(sample)
                reader = csv.reader(stream, delimiter=delimiter)
                header = tuple(cell.strip() for cell in next(reader, []))
                if not header:
                    raise SourceFailure("The file {name} is empty: it needs a header row.", name=path.name)
                yield Table(mapping, path.name, header, _csv_rows(reader, source, path))
        except (UnicodeDecodeError, csv.Error) as error:
            raise _csv_failure(error, source, path) from None


def _csv_rows(reader, source: FileSource, path: Path) -> Iterator[tuple[object, ...]]:
    # Rows are read while the caller iterates: a bad byte far down the file surfaces here.
    try:
        for row in reader:
            yield tuple(row)
    except (UnicodeDecodeError, csv.Error) as error:
        raise _csv_failure(error, source, path) from None


def _csv_failure(error: Exception, source: FileSource, path: Path) -> SourceFailure:
    if isinstance(error, UnicodeDecodeError):
        return SourceFailure(
            "The file {name} is not {encoding} text. Export it as UTF-8 CSV or set 'encoding' "
            "in the data source settings (e.g. cp1257).", name=path.name,
            encoding=source.encoding)
    return SourceFailure("The file {name} is not a readable CSV file: {error}.", name=path.name,
                         error=error)


def _guess_delimiter(line: str) -> str:
    # Latvian Excel writes ';' (the decimal separator is ','); other tools write ','.
    return max((";", ",", "\t", "|"), key=line.count)


def _xlsx_tables(source: FileSource, path: Path) -> Iterator[Table]:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError) as error:
        raise SourceFailure("The file {name} is not a readable XLSX workbook ({error}). "
                            "Export it again from the system as .xlsx.", name=path.name, error=error) from None
    try:
        for mapping in source.sheets:
            if mapping.sheet is None:
                sheet = workbook.worksheets[0]
            elif mapping.sheet in workbook.sheetnames:
                sheet = workbook[mapping.sheet]
            else:
                raise SourceFailure("The workbook {name} has no sheet '{sheet}' (it has: "
                                    "{sheetnames}).", name=path.name, sheet=mapping.sheet, sheetnames=', '.join(workbook.sheetnames))
            rows = sheet.iter_rows(values_only=True)
            header = tuple(cell_text(cell) for cell in next(rows, ()))
            yield Table(mapping, f"{path.name}, sheet '{sheet.title}'", header, rows)
    finally:
        workbook.close()


def _matcher(source: FileSource, table: Table, identifiers: SubjectIdentifiers):
    pairs = table.mapping.identifiers or source.identifiers
    checks = []
    for kind, columns in pairs:
        missing = [c for c in columns if c not in table.header]
        if missing:
            raise SourceFailure("{label} has no column '{missing}' (named for {kind}); its "
                                "columns are: {header}.", label=table.label, missing=missing[0], kind=kind, header=', '.join(table.header))
        positions = [table.header.index(c) for c in columns]
        checks.append((kind, positions))
    codes = identifiers.code_keys()
    wanted = {
        "email": identifiers.email, "phone": identifiers.phone,
        "customer_no": identifiers.customer_no,
        "name": name_key(identifiers.name) if identifiers.name else None,
    }
    keys = {"email": email_key, "phone": phone_key, "customer_no": customer_no_key}

    def matched_on(row: tuple[object, ...]) -> str | None:
        for kind, positions in checks:
            cells = [cell_text(row[p]) if p < len(row) else "" for p in positions]
            if kind == "personal_code":
                if codes and any(code_digits(cell) in codes for cell in cells if cell):
                    return kind
            elif kind == "name":
                if wanted["name"] and name_key(" ".join(cells)) == wanted["name"]:
                    return kind
            elif wanted[kind] and any(cell and keys[kind](cell) == wanted[kind]
                                      for cell in cells):
                return kind
        return None

    return matched_on, pairs


def search_file(source: FileSource, identifiers: SubjectIdentifiers) -> Iterator[int]:
    """Yield rows read so far (for progress and cancel); return the FoundRows per category."""
    found: list[FoundRows] = []
    read = 0
    for table in tables(source):
        matched_on, pairs = _matcher(source, table, identifiers)
        groups: dict[str, list[int]] = {}
        for position, column in enumerate(table.header):
            category = table.mapping.category_of(column)
            if category and column:
                groups.setdefault(category, []).append(position)
        searched = "; ".join(f"{kind} in {', '.join(columns)}" for kind, columns in pairs)
        per_category = {
            category: FoundRows(
                source.name, category,
                f"{table.label}, columns {', '.join(table.header[p] for p in positions)}; "
                f"matched on {searched}",
                source.system or source.name, tuple(table.header[p] for p in positions),
            )
            for category, positions in groups.items()
        }
        for row in table.rows:
            read += 1
            if read % _PROGRESS_EVERY == 0:
                yield read
            if not any(cell not in (None, "") for cell in row) or matched_on(row) is None:
                continue
            for category, positions in groups.items():
                found_rows = per_category[category]
                values = [row[p] if p < len(row) else None for p in positions]
                found_rows.rows.append(row_json(found_rows.columns, values))
        found.extend(per_category.values())
    yield read
    return found


def match_file_subjects(
    source: FileSource, identifiers: SubjectIdentifiers, limit: int
) -> list[tuple[str, dict[str, str | None]]]:
    """(matched_on, identifying values) of the rows that match, for the intake suggestion."""
    results: list[tuple[str, dict[str, str | None]]] = []
    for table in tables(source):
        matched_on, pairs = _matcher(source, table, identifiers)
        for row in table.rows:
            how = matched_on(row)
            if how is None:
                continue
            values: dict[str, str | None] = {}
            for kind, columns in pairs:
                cells = [cell_text(row[table.header.index(c)]) if table.header.index(c) < len(row)
                         else "" for c in columns]
                values[kind] = " ".join(c for c in cells if c) or None
            results.append((how, values))
            if len(results) >= limit:
                return results
    return results


def check_file_source(source: FileSource) -> Message:
    """Open the file and check every sheet and identifying column the mapping names."""
    count = 0
    for table in tables(source):
        _matcher(source, table, SubjectIdentifiers())
        unknown = [c for c, _cat in table.mapping.columns if c not in table.header]
        if unknown:
            raise SourceFailure("{label} has no column '{unknown}' (named in the column "
                                "mapping); its columns are: {header}.", label=table.label, unknown=unknown[0], header=', '.join(table.header))
        count += 1
    return message("Opened {file}; {count} {count:plural:table|tables} and their columns found.",
                   file=Path(source.path).name, count=count)
