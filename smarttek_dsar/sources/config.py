"""The installation's data sources, as the sources TOML file describes them.

Plain Python: `parse_sources_config` turns the TOML-shaped dict into frozen objects and names
the source and field in every error; `sources_config_to_dict` is its inverse. Two kinds:

- an SQL database reached by a SQLAlchemy URL, with one read-only query per data category;
- a CSV or XLSX export, with the columns that identify the subject and the category of each
  sheet or column.

The URL never carries a password: it comes from the OS keyring or an environment variable
(see `credentials`), so the file can be copied or backed up without leaking it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from smarttek_dsar.domain.errors import DomainError
from smarttek_dsar.domain.messages import Message, message
from smarttek_dsar.sources.column_labels import (  # noqa: F401 (part of this module's API)
    ColumnLabel,
    ColumnLabels,
    labels_to_dict,
    parse_labels,
    value_key,
)
from smarttek_dsar.sources.config_error import SourcesConfigError
from smarttek_dsar.sources.sql_guard import bind_names, check_read_only

# What a subject can be searched by, and the bind parameter each one fills in a query.
IDENTIFIER_KINDS = ("personal_code", "email", "phone", "customer_no", "name")
BIND_PARAMETERS = ("personal_codes", "email", "phone", "customer_no", "name")
_CATEGORY_ID = re.compile(r"^[a-z][a-z0-9_]*$")
FILE_SUFFIXES = (".csv", ".xlsx")


@dataclass(frozen=True)
class CategoryQuery:
    """One read-only query returning the subject's rows of one data category."""

    category_id: str
    sql: str
    system: str = ""  # the business system the rows live in (CRM, billing...), for tasks
    labels: ColumnLabels = ColumnLabels()
    system_lv: str = ""  # the system's name in Latvian copies


@dataclass(frozen=True)
class SqlSource:
    name: str
    url: str  # SQLAlchemy URL without a password
    queries: tuple[CategoryQuery, ...]
    subject_query: str | None = None  # name, personal_code, email, phone, customer_no[, matched_on]
    # Every personal code the subject held (current and former), found by :personal_codes: the
    # other sources are then searched under all of them (a subject may know only one).
    codes_query: str | None = None
    password_env: str | None = None
    use_keyring: bool = True
    media: str | None = None  # folder holding the recordings and images the rows name
    kind: str = field(default="sql", init=False)


@dataclass(frozen=True)
class SheetMapping:
    """Which data category a sheet's columns belong to.

    `category_id` covers every column; `columns` overrides it per column, where an empty
    category leaves the column out. `identifiers` overrides the source's identifying columns.
    """

    sheet: str | None  # None: the only table of a CSV, or the first sheet of a workbook
    category_id: str | None = None
    columns: tuple[tuple[str, str], ...] = ()
    identifiers: tuple[tuple[str, tuple[str, ...]], ...] = ()
    labels: ColumnLabels = ColumnLabels()

    def category_of(self, column: str) -> str | None:
        for name, category in self.columns:
            if name == column:
                return category or None
        return self.category_id


@dataclass(frozen=True)
class FileSource:
    name: str
    path: str
    identifiers: tuple[tuple[str, tuple[str, ...]], ...]  # kind -> columns holding it
    sheets: tuple[SheetMapping, ...]
    delimiter: str | None = None  # CSV only; None: guessed from the header line
    encoding: str = "utf-8-sig"
    system: str = ""
    system_lv: str = ""
    media: str | None = None
    kind: str = field(default="file", init=False)


Source = SqlSource | FileSource


@dataclass(frozen=True)
class SourcesConfig:
    sources: tuple[Source, ...] = ()

    def source(self, name: str) -> Source:
        for source in self.sources:
            if source.name == name:
                return source
        raise SourcesConfigError("No data source named '{name}'.", name=name)

    def category_ids(self) -> set[str]:
        used: set[str] = set()
        for source in self.sources:
            if isinstance(source, SqlSource):
                used.update(q.category_id for q in source.queries)
            else:
                for sheet in source.sheets:
                    used.update(c for _n, c in sheet.columns if c)
                    if sheet.category_id:
                        used.add(sheet.category_id)
        return used

    def labels_for(self, source_name: str, category_id: str, query: str, system: str
                   ) -> SourceLabels:
        """The labels of the query (or sheets) that produced a snapshot table; empty labels
        when the definition has changed or gone, so an old snapshot still reads."""
        source = next((s for s in self.sources if s.name == source_name), None)
        if source is None:
            return SourceLabels()
        if isinstance(source, SqlSource):
            matches = [q for q in source.queries if q.category_id == category_id]
            chosen = next((q for q in matches if q.sql.strip() == query.strip()), None)
            if chosen is None:
                chosen = next((q for q in matches if (q.system or source.name) == system), None)
            if chosen is None:
                return SourceLabels(media=source.media)
            return SourceLabels(chosen.labels, chosen.system_lv, source.media)
        merged = tuple(pair for sheet in source.sheets
                       if sheet.category_id == category_id
                       or any(c == category_id for _n, c in sheet.columns)
                       for pair in sheet.labels.columns)
        values = tuple(pair for sheet in source.sheets for pair in sheet.labels.values)
        return SourceLabels(ColumnLabels(merged, values), source.system_lv, source.media)


@dataclass(frozen=True)
class SourceLabels:
    labels: ColumnLabels = ColumnLabels()
    system_lv: str = ""
    media: str | None = None


# --- parsing -------------------------------------------------------------------------------


def parse_sources_config(data: Mapping[str, Any]) -> SourcesConfig:
    entries = data.get("sources", [])
    if not isinstance(entries, list):
        raise SourcesConfigError("The sources file: 'sources' must be a list of [[sources]].")
    sources = tuple(_parse_source(entry, n) for n, entry in enumerate(entries))
    seen: set[str] = set()
    for source in sources:
        if source.name in seen:
            raise SourcesConfigError("Two data sources are named '{name}'; names must be "
                                     "unique.", name=source.name)
        seen.add(source.name)
    return SourcesConfig(sources)


def _text(data: Mapping[str, Any], key: str, where: Message, *, required: bool = True) -> str | None:
    value = data.get(key)
    if value is None and not required:
        return None
    if not isinstance(value, str) or not value.strip():
        raise SourcesConfigError("{where}: field '{key}' is missing or empty.", where=where, key=key)
    return value.strip()


def _parse_source(data: Any, position: int) -> Source:
    if not isinstance(data, Mapping):
        raise SourcesConfigError("Data source number {value} must be a table.", value=position + 1)
    # The place is a message of its own: a Latvian window names it in Latvian ("2. datu avots").
    name = _text(data, "name", message("Data source number {number}", number=position + 1))
    where = message("Data source '{name}'", name=name)
    _refuse_password_field(data, where)
    kind = data.get("kind")
    if kind == "sql":
        return _parse_sql(data, name, where)
    if kind == "file":
        return _parse_file(data, name, where)
    raise SourcesConfigError('{where}: field \'kind\' must be "sql" or "file" (got {kind!r}).', where=where, kind=kind)


def _parse_sql(data: Mapping[str, Any], name: str, where: Message) -> SqlSource:
    url = _text(data, "url", where)
    _refuse_password_in_url(url, where)
    entries = data.get("queries", [])
    if not isinstance(entries, list) or not entries:
        raise SourcesConfigError("{where}: list at least one [[sources.queries]].", where=where)
    queries = []
    for n, entry in enumerate(entries):
        here = message("{where}, query number {number}", where=where, number=n + 1)
        if not isinstance(entry, Mapping):
            raise SourcesConfigError("{here} must be a table.", here=here)
        category = _category(entry.get("category"), here)
        sql = _query(_text(entry, "sql", here), here)
        queries.append(CategoryQuery(
            category, sql, _text(entry, "system", here, required=False) or "",
            parse_labels(entry.get("columns"), entry.get("values"), here),
            _text(entry, "system_lv", here, required=False) or ""))
    subject_query = _text(data, "subject_query", where, required=False)
    if subject_query is not None:
        subject_query = _query(subject_query, message("{where}, {field}", where=where,
                                                        field="subject_query"))
    codes_query = _text(data, "codes_query", where, required=False)
    if codes_query is not None:
        codes_query = _query(codes_query, message("{where}, {field}", where=where,
                                                    field="codes_query"))
    use_keyring = data.get("use_keyring", True)
    if not isinstance(use_keyring, bool):
        raise SourcesConfigError("{where}: field 'use_keyring' must be true or false.", where=where)
    return SqlSource(
        name=name, url=url, queries=tuple(queries), subject_query=subject_query,
        codes_query=codes_query,
        password_env=_text(data, "password_env", where, required=False),
        use_keyring=use_keyring, media=_text(data, "media", where, required=False),
    )


# Field names that can only mean a secret. The definitions are shared by every desk through the
# database and copied into backups, so a secret never belongs in them.
_SECRET_FIELDS = ("password", "passwd", "pwd", "secret", "api_key", "token")
_SECRET_IN_QUERY = re.compile(r"[?&](password|passwd|pwd)=", re.IGNORECASE)


def _refuse_password_field(data: Mapping[str, Any], where: Message) -> None:
    for key in data:
        if str(key).lower() in _SECRET_FIELDS:
            raise SourcesConfigError(
                "{where}: field '{key}' would store a password in the data-source "
                "definitions, which every desk shares. Remove it and store the password in "
                "the system keyring (Settings > Data sources > Remember password) or in the "
                "environment variable named by 'password_env'.", where=where, key=key
            )


def _refuse_password_in_url(url: str, where: Message) -> None:
    if _SECRET_IN_QUERY.search(url):
        raise SourcesConfigError(
            "{where}: the URL contains a password parameter. Remove it and store the "
            "password in the system keyring (Settings > Data sources) or in the environment "
            "variable named by 'password_env'.", where=where
        )
    # user:password@host - the part between "//" and "@" may name the user, never a password.
    match = re.match(r"^[^:/]+(?:\+[^:/]+)?://([^@/]*)@", url)
    if match and ":" in match.group(1):
        raise SourcesConfigError(
            "{where}: the URL contains a password. Remove it from the file and store it in "
            "the system keyring (Settings > Data sources) or in the environment variable "
            "named by 'password_env'.", where=where
        )


def _category(value: Any, where: Message) -> str:
    if not isinstance(value, str) or not _CATEGORY_ID.match(value):
        raise SourcesConfigError("{where}: field 'category' must be a data category id of "
                                 "the register, e.g. identification (got {value!r}).", where=where, value=value)
    return value


def _query(sql: str, where: Message) -> str:
    try:
        check_read_only(sql)
    except DomainError as error:
        raise SourcesConfigError("{where}: {error}", where=where, error=error) from None
    unknown = sorted(set(bind_names(sql)) - set(BIND_PARAMETERS))
    if unknown:
        allowed = ", ".join(f":{name}" for name in BIND_PARAMETERS)
        raise SourcesConfigError("{where}: unknown parameter :{unknown} (use {allowed}).", where=where, unknown=unknown[0], allowed=allowed)
    return sql.strip()


def _parse_file(data: Mapping[str, Any], name: str, where: Message) -> FileSource:
    path = _text(data, "path", where)
    if not path.lower().endswith(FILE_SUFFIXES):
        raise SourcesConfigError("{where}: 'path' must name a .csv or .xlsx file (got "
                                 "{path}).", where=where, path=path)
    identifiers = _identifiers(data.get("identifiers"), where, required=True)
    entries = data.get("sheets", [])
    if not isinstance(entries, list) or not entries:
        raise SourcesConfigError("{where}: list at least one [[sources.sheets]] saying which "
                                 "data category the columns belong to.", where=where)
    sheets = tuple(_sheet(entry, message("{where}, sheet number {number}", where=where,
                                          number=n + 1))
                   for n, entry in enumerate(entries))
    delimiter = _text(data, "delimiter", where, required=False)
    if delimiter is not None and len(delimiter) != 1:
        raise SourcesConfigError('{where}: \'delimiter\' must be one character, e.g. ";".', where=where)
    return FileSource(
        name=name, path=path, identifiers=identifiers, sheets=sheets, delimiter=delimiter,
        encoding=_text(data, "encoding", where, required=False) or "utf-8-sig",
        system=_text(data, "system", where, required=False) or "",
        system_lv=_text(data, "system_lv", where, required=False) or "",
        media=_text(data, "media", where, required=False),
    )


def _identifiers(value: Any, where: Message, *, required: bool) -> tuple[tuple[str, tuple[str, ...]],
                                                                      ...]:
    if value is None and not required:
        return ()
    if not isinstance(value, Mapping) or not value:
        raise SourcesConfigError("{where}: [identifiers] must map at least one of "
                                 "{identifier_kinds} to the column(s) holding it.", where=where, identifier_kinds=', '.join(IDENTIFIER_KINDS))
    result = []
    for kind, columns in value.items():
        if kind not in IDENTIFIER_KINDS:
            raise SourcesConfigError("{where}: unknown identifier '{kind}' (use one of "
                                     "{identifier_kinds}).", where=where, kind=kind, identifier_kinds=', '.join(IDENTIFIER_KINDS))
        names = (columns,) if isinstance(columns, str) else columns
        if not isinstance(names, list | tuple) or not names or not all(
            isinstance(c, str) and c.strip() for c in names
        ):
            raise SourcesConfigError("{where}: identifier '{kind}' must name a column or a "
                                     "list of columns.", where=where, kind=kind)
        result.append((kind, tuple(c.strip() for c in names)))
    return tuple(result)


def _sheet(data: Any, where: Message) -> SheetMapping:
    if not isinstance(data, Mapping):
        raise SourcesConfigError("{where} must be a table.", where=where)
    category = data.get("category")
    if category is not None:
        category = _category(category, where)
    columns = data.get("columns", {})
    if not isinstance(columns, Mapping):
        raise SourcesConfigError("{where}: 'columns' must map column names to categories.", where=where)
    pairs = []
    for column, column_category in columns.items():
        if column_category != "":
            _category(column_category, message("{where}, column '{column}'", where=where,
                                                       column=column))
        pairs.append((str(column), column_category))
    if category is None and not any(c for _n, c in pairs):
        raise SourcesConfigError("{where}: give 'category' or a category per column.", where=where)
    return SheetMapping(
        sheet=_text(data, "sheet", where, required=False), category_id=category,
        columns=tuple(pairs), identifiers=_identifiers(data.get("identifiers"), where,
                                                       required=False),
        labels=parse_labels(data.get("labels"), data.get("values"), where),
    )


# --- serialising ---------------------------------------------------------------------------


def sources_config_to_dict(config: SourcesConfig) -> dict[str, Any]:
    """The TOML-shaped dict `parse_sources_config` reads back to an equal config."""
    return {"version": 1, "sources": [_source_to_dict(s) for s in config.sources]}


def _identifiers_to_dict(pairs: tuple[tuple[str, tuple[str, ...]], ...]) -> dict[str, Any]:
    return {kind: columns[0] if len(columns) == 1 else list(columns) for kind, columns in pairs}


def _source_to_dict(source: Source) -> dict[str, Any]:
    if isinstance(source, SqlSource):
        result: dict[str, Any] = {"name": source.name, "kind": "sql", "url": source.url}
        if source.password_env:
            result["password_env"] = source.password_env
        if not source.use_keyring:
            result["use_keyring"] = False
        if source.subject_query:
            result["subject_query"] = source.subject_query
        if source.codes_query:
            result["codes_query"] = source.codes_query
        if source.media:
            result["media"] = source.media
        result["queries"] = [
            {"category": q.category_id, **({"system": q.system} if q.system else {}),
             **({"system_lv": q.system_lv} if q.system_lv else {}),
             "sql": q.sql, **labels_to_dict(q.labels, "columns")}
            for q in source.queries
        ]
        return result
    result = {"name": source.name, "kind": "file", "path": source.path}
    if source.system:
        result["system"] = source.system
    if source.system_lv:
        result["system_lv"] = source.system_lv
    if source.media:
        result["media"] = source.media
    if source.delimiter:
        result["delimiter"] = source.delimiter
    if source.encoding != "utf-8-sig":
        result["encoding"] = source.encoding
    result["identifiers"] = _identifiers_to_dict(source.identifiers)
    sheets = []
    for sheet in source.sheets:
        entry: dict[str, Any] = {}
        if sheet.sheet:
            entry["sheet"] = sheet.sheet
        if sheet.category_id:
            entry["category"] = sheet.category_id
        if sheet.columns:
            entry["columns"] = dict(sheet.columns)
        if sheet.identifiers:
            entry["identifiers"] = _identifiers_to_dict(sheet.identifiers)
        entry.update(labels_to_dict(sheet.labels, "labels"))
        sheets.append(entry)
    result["sheets"] = sheets
    return result
