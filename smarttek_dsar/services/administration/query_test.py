"""Testing one data-source query against one subject, before it is saved (issue 14).

The administrator writes a query per data category in the sources form and presses "Test": the
query runs exactly as a collection would run it (sql_guard's check, a read-only transaction
with a time limit, the identifiers bound as parameters) for the subject of a chosen case or for
a sample identifier, and only the number of rows comes back. The rows are someone's personal
data: a test never returns, logs or audits them, nor the sample identifier typed.

Who may test: the same people as the connection test (MANAGE_SETTINGS or WORK_CASES); testing
against a case's subject reads that case, so it needs WORK_CASES.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from smarttek_dsar.domain.errors import DomainError
from smarttek_dsar.domain.messages import Message
from smarttek_dsar.domain.progress import NO_PROGRESS, Cancelled, ProgressReporter
from smarttek_dsar.domain.roles import Permission
from smarttek_dsar.services import audit
from smarttek_dsar.services.actor import Actor
from smarttek_dsar.services.case_records import find_case
from smarttek_dsar.services.errors import PermissionDenied, ServiceError
from smarttek_dsar.sources.config import FileSource, SourcesConfig, SqlSource
from smarttek_dsar.sources.credentials import PasswordPrompt, source_password
from smarttek_dsar.sources.file_source import search_file
from smarttek_dsar.sources.found import SourceFailure
from smarttek_dsar.sources.identifiers import SubjectIdentifiers
from smarttek_dsar.sources.sql_guard import NotReadOnly
from smarttek_dsar.sources.sql_source import count_query_rows
from smarttek_dsar.storage.database import Database


@dataclass(frozen=True)
class SampleSubject:
    """Identifiers typed for a test instead of a case (one is enough)."""

    personal_code: str | None = None
    email: str | None = None
    phone: str | None = None
    customer_no: str | None = None

    def identifiers(self) -> SubjectIdentifiers:
        return SubjectIdentifiers.of(
            personal_codes=(self.personal_code,) if self.personal_code else (),
            email=self.email, phone=self.phone, customer_no=self.customer_no)


@dataclass(frozen=True)
class QueryTest:
    source: str
    category_id: str  # for a file source: every category its sheets fill ("" if none)
    ok: bool
    rows: int
    message: str  # plain words: the rows found, or what is wrong and what to do
    duration_ms: int
    said: Message | None = None  # the same as a template, for the reader's language


def run_query_test(
    db: Database, actor: Actor, config: SourcesConfig, source_name: str,
    query_index: int | None = None, *, case_number: str | None = None,
    sample: SampleSubject | None = None, ask_password: PasswordPrompt | None = None,
    progress: ProgressReporter = NO_PROGRESS,
) -> QueryTest:
    if not (actor.can(Permission.MANAGE_SETTINGS) or actor.can(Permission.WORK_CASES)):
        raise PermissionDenied("{username} may not test the data sources.",
                               username=actor.username)
    source = config.source(source_name)
    identifiers, number = _subject(db, actor, case_number, sample)
    category = _category(source, query_index)
    progress.report(0, 0, Message("Running the query of {source}…", {"source": source.name}))
    started = time.perf_counter()
    try:
        rows = (_count_sql(source, query_index, identifiers, ask_password, progress)
                if isinstance(source, SqlSource) else _count_file(source, identifiers, progress))
        ok = True
        said = (Message("The query ran and found {rows} {rows:plural:row|rows} for this "
                        "subject.", {"rows": rows}) if rows
                else Message("The query ran and found no rows for this subject."))
    except NotReadOnly as error:
        rows, ok = 0, False
        said = Message("The query was refused: {problem}", {"problem": error.message})
    except (SourceFailure, DomainError, OSError) as error:
        if progress.cancelled:
            raise Cancelled("The test was cancelled.") from None
        rows, ok = 0, False
        said = getattr(error, "message", None) or Message(str(error))
    result = QueryTest(source.name, category, ok, rows, str(said),
                       int((time.perf_counter() - started) * 1000), said)
    with db.unit_of_work() as session:
        # The subject is named by case number only; a typed sample identifier is never kept.
        audit.record(session, actor, "sources.query_tested", case_number=number,
                     details={"source": source.name, "category": category, "ok": ok,
                              "rows": rows, "subject": "case" if number else "sample"})
    return result


def _subject(db: Database, actor: Actor, case_number: str | None,
             sample: SampleSubject | None) -> tuple[SubjectIdentifiers, str | None]:
    from smarttek_dsar.services.review.collection import subject_identifiers

    if case_number:
        actor.require(Permission.WORK_CASES, "test a query against a case's subject")
        with db.read() as session:
            case = find_case(session, case_number)
            identifiers, number = subject_identifiers(case), case.number
        if identifiers.is_empty:
            raise ServiceError("Case {number} names no personal code, e-mail, phone, customer "
                               "number or name to test with.", number=number)
        return identifiers, number
    identifiers = sample.identifiers() if sample else SubjectIdentifiers()
    if identifiers.is_empty:
        raise ServiceError("Choose a case or type a sample personal code, e-mail, phone or "
                           "customer number to test the query with.")
    return identifiers, None


def _category(source: SqlSource | FileSource, query_index: int | None) -> str:
    if isinstance(source, SqlSource):
        if query_index is None or not 0 <= query_index < len(source.queries):
            raise ServiceError("The data source '{name}' has no query number {number}.",
                               name=source.name, number=(query_index or 0) + 1)
        return source.queries[query_index].category_id
    return ", ".join(sorted({c for sheet in source.sheets
                             for c in (sheet.category_id, *(c for _n, c in sheet.columns)) if c}))


def _count_sql(source: SqlSource, query_index: int | None, identifiers: SubjectIdentifiers,
               ask_password: PasswordPrompt | None, progress: ProgressReporter) -> int:
    assert query_index is not None
    sql = source.queries[query_index].sql
    counted = 0
    counting = count_query_rows(source, sql, identifiers, source_password(source, ask_password),
                                stop=lambda: progress.cancelled)
    try:
        for counted in counting:
            progress.report(0, 0, Message("{rows} {rows:plural:row|rows} so far…", {"rows": counted}))
    finally:
        counting.close()  # a cancel: the transaction is rolled back and the connection closed now
    return counted


def _count_file(source: FileSource, identifiers: SubjectIdentifiers,
                progress: ProgressReporter) -> int:
    search = search_file(source, identifiers)
    try:
        while True:
            read = next(search)
            progress.report(0, 0, Message("{lines} {lines:plural:line|lines} read…", {"lines": read}))
    except StopIteration as finished:
        found = finished.value or []
    return sum(len(rows.rows) for rows in found)
