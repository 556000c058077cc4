"""Collecting a subject's data from every configured source into a frozen case snapshot.

`run` checks the role and reads the subject's identifiers, then searches, reporting through
`progress` (domain/progress.py) before and after each source, and returns the
CollectionResult. A cancel (the reporter raises Cancelled) stores nothing. Everything found
is stored in one transaction at the end, so a case never holds half a search.

A source that fails (unreachable, bad query, missing or broken file) is reported with its
reason and the others are still searched: GDPR 15(1) asks whether data is processed at all,
so the answer must say which systems were searched and which could not be.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, insert, select

from smarttek_dsar.domain.errors import DomainError
from smarttek_dsar.domain.messages import Message, message
from smarttek_dsar.domain.operations import Operation
from smarttek_dsar.domain.progress import NO_PROGRESS, Cancelled, ProgressReporter
from smarttek_dsar.domain.roles import Permission
from smarttek_dsar.services import audit
from smarttek_dsar.services.actor import Actor
from smarttek_dsar.services.administration.register_service import RegisterService
from smarttek_dsar.services.administration.sources_service import SourcesService, location_of
from smarttek_dsar.services.case_records import case_for_change, find_case
from smarttek_dsar.services.errors import ServiceError
from smarttek_dsar.services.operations_guard import require_operation
from smarttek_dsar.services.review.collection_views import (
    CategoryCount,
    CollectionResult,
    SourceStatus,
)
from smarttek_dsar.sources.config import FileSource, SourcesConfig, SqlSource
from smarttek_dsar.sources.credentials import PasswordPrompt, source_password
from smarttek_dsar.sources.file_source import search_file
from smarttek_dsar.sources.found import FoundRows, SourceFailure
from smarttek_dsar.sources.identifiers import SubjectIdentifiers, code_digits
from smarttek_dsar.sources.lookup import SubjectMatch, find_subjects
from smarttek_dsar.sources.sql_source import run_codes_query, search_sql
from smarttek_dsar.storage.database import Database
from smarttek_dsar.storage.models import (
    Case,
    CollectionRun,
    SearchedSource,
    SnapshotQuery,
    SnapshotRow,
)
from smarttek_dsar.storage.timestamps import now_utc

_INSERT_CHUNK = 5_000


@dataclass
class _Searched:
    status: SourceStatus
    found: list[FoundRows]


def subject_identifiers(case: Case) -> SubjectIdentifiers:
    subject = next((p for p in case.parties if p.role == "subject"), None)
    if subject is None:
        return SubjectIdentifiers()
    codes = [subject.personal_code, *(c for c in subject.former_codes.split(",") if c)]
    return SubjectIdentifiers.of(
        personal_codes=codes, email=subject.email, phone=subject.phone,
        customer_no=subject.customer_no, name=subject.name,
    )


class CollectionService:
    def __init__(self, db: Database, sources: SourcesService, register: RegisterService) -> None:
        self.db = db
        self.sources = sources
        self.register = register

    def run(
        self, actor: Actor, number: str, *, config: SourcesConfig | None = None,
        ask_password: PasswordPrompt | None = None, progress: ProgressReporter = NO_PROGRESS,
    ) -> CollectionResult:
        """Search every source, reporting before and after each; a cancel stores nothing."""
        return self._prepare(actor, number, config, ask_password)(progress)

    def collect_all(self, actor: Actor, number: str, **kwargs) -> CollectionResult:
        """Run a collection to its end (command line, tests)."""
        return self.run(actor, number, **kwargs)

    def _prepare(
        self, actor: Actor, number: str, config: SourcesConfig | None,
        ask_password: PasswordPrompt | None,
    ) -> Callable[[ProgressReporter], CollectionResult]:
        actor.require(Permission.WORK_CASES, "search the company's systems for a subject's data")
        with self.db.unit_of_work() as session:
            case = find_case(session, number)
            require_operation(actor, Operation.COLLECT, case, session)
            identifiers = subject_identifiers(case)
            case_number = case.number
        if identifiers.is_empty:
            raise ServiceError("Case {case_number} names no personal code, e-mail, phone, "
                               "customer number or name of the subject to search by.", case_number=case_number)
        config = config or self.sources.config()
        if not config.sources:
            raise ServiceError("No data sources are configured: add them in Settings > Data "
                               "sources.")
        return lambda progress: self._run(actor, case_number, identifiers, config,
                                          ask_password, progress)

    def _run(
        self, actor: Actor, number: str, identifiers: SubjectIdentifiers, config: SourcesConfig,
        ask_password: PasswordPrompt | None, progress: ProgressReporter,
    ) -> CollectionResult:
        started = now_utc()
        total = len(config.sources)
        ask_password = _asking_once(ask_password)
        progress.report(0, total, message("Looking up the subject in the sources…"))
        subjects = tuple(_subjects(config, identifiers))
        identifiers = identifiers.with_codes(_all_codes(config, identifiers, ask_password))
        searched: list[_Searched] = []
        for position, source in enumerate(config.sources):
            progress.report(position, total, message("Searching {source}…", source=source.name))
            outcome = _search_one(source, identifiers, ask_password, position, total, progress)
            searched.append(outcome)
            status = outcome.status
            progress.report(
                position + 1, total,
                message("{source}: {rows} {rows:plural:row|rows}", source=source.name,
                        rows=status.rows) if status.status == "ok"
                else message("{source} failed: {error}", source=source.name, error=status.error),
            )
        return self._store(actor, number, started, identifiers, searched, subjects)

    def _store(
        self, actor: Actor, number: str, started: datetime, identifiers: SubjectIdentifiers,
        searched: list[_Searched], subjects: tuple[SubjectMatch, ...],
    ) -> CollectionResult:
        register_version = self.register.current().version
        with self.db.unit_of_work() as session:
            case = case_for_change(session, number, None)
            require_operation(actor, Operation.COLLECT, case, session)
            found_any = any(rows.rows for s in searched for rows in s.found)
            run = CollectionRun(
                case_id=case.id, started_at=started, finished_at=now_utc(),
                by_id=actor.user_id, searched_by=",".join(identifiers.kinds), found=found_any,
                register_version=register_version,
            )
            for s in searched:
                run.sources.append(SearchedSource(
                    name=s.status.name, kind=s.status.kind, location=s.status.location[:500],
                    status=s.status.status, error=s.status.error, row_count=s.status.rows,
                    duration_ms=s.status.duration_ms,
                ))
            session.add(run)
            # Data minimisation (GDPR 5(1)(c)): the previous snapshot is replaced, not kept;
            # its run and source list stay as the record of what was searched and when.
            session.execute(delete(SnapshotRow).where(SnapshotRow.case_id == case.id))
            session.flush()
            counts = _store_rows(session, case.id, run.id, searched)
            case.updated_at = now_utc()
            session.flush()
            statuses = tuple(s.status for s in searched)
            summary = _message(found_any, statuses)
            audit.record(
                session, actor, "data.collected", case_id=case.id, case_number=case.number,
                details={"run": run.id, "found": found_any, "searched_by": list(identifiers.kinds),
                         "sources": [[s.name, s.status, s.rows] for s in statuses],
                         "rows": sum(c.rows for c in counts)},
            )
            return CollectionResult(
                case_number=case.number, run_id=run.id, started_at=started,
                finished_at=run.finished_at, found=found_any,
                message=" ".join(str(m) for m in summary), sources=statuses, counts=counts,
                subjects=subjects, warnings=tuple(str(w) for w in _warnings(subjects)),
                said=summary, said_warnings=_warnings(subjects),
            )


def _subjects(config: SourcesConfig, identifiers: SubjectIdentifiers) -> list[SubjectMatch]:
    if not identifiers.personal_codes and not identifiers.email:
        return []
    matches: list[SubjectMatch] = []
    for code in dict.fromkeys(code_digits(c) for c in identifiers.personal_codes) or (None,):
        for match in find_subjects(config, personal_code=code, email=identifiers.email,
                                   limit=10):
            if match not in matches:
                matches.append(match)
    return matches


def _asking_once(ask: PasswordPrompt | None) -> PasswordPrompt | None:
    """Ask for each source's password at most once per collection."""
    if ask is None:
        return None
    given: dict[str, str | None] = {}

    def remembered(source: SqlSource) -> str | None:
        if source.name not in given:
            given[source.name] = ask(source)
        return given[source.name]

    return remembered


def _all_codes(config: SourcesConfig, identifiers: SubjectIdentifiers,
               ask_password: PasswordPrompt | None) -> list[str]:
    """A subject who changed personal code is searched under every code a system knows.

    Only codes lead to codes: an e-mail typed wrong must not pull in another person's code.
    A source that fails here fails again in its own search, where it is reported.
    """
    codes: list[str] = []
    for source in config.sources:
        if isinstance(source, SqlSource) and source.codes_query:
            try:
                codes += run_codes_query(source, identifiers, source_password(source,
                                                                              ask_password))
            except (SourceFailure, DomainError, OSError):
                continue
    return codes


def _search_one(
    source: SqlSource | FileSource, identifiers: SubjectIdentifiers,
    ask_password: PasswordPrompt | None, position: int, total: int,
    progress: ProgressReporter,
) -> _Searched:
    began = time.perf_counter()
    found: list[FoundRows] = []
    error: str | None = None
    try:
        if isinstance(source, SqlSource):
            steps: Iterator[int] = search_sql(source, identifiers,
                                              source_password(source, ask_password))
        else:
            steps = search_file(source, identifiers)
        found = _follow(steps, source.name, position, total, progress)
    except (SourceFailure, DomainError, OSError) as failure:
        error = str(failure)
    except Cancelled:
        raise
    except Exception as failure:  # a driver's own error type: report it, search the rest
        error = f"Unexpected error: {type(failure).__name__}: {failure}"
    status = SourceStatus(
        name=source.name, kind=source.kind, location=location_of(source),
        status="failed" if error else "ok", error=error,
        rows=sum(len(f.rows) for f in found), duration_ms=int((time.perf_counter() - began) * 1000),
    )
    return _Searched(status, [] if error else found)


def _follow(steps: Iterator[int], name: str, position: int, total: int,
            progress: ProgressReporter) -> list[FoundRows]:
    """Drive a source's search (it yields rows found so far) and report each step."""
    try:
        while True:
            try:
                rows = next(steps)
            except StopIteration as stop:
                return stop.value or []
            progress.report(position, total, message("Searching {source}… {rows} {rows:plural:row|rows}",
                                                      source=name, rows=rows))
    finally:
        close = getattr(steps, "close", None)
        if close is not None:  # a cancel: the source's connection is closed now, not later
            close()


def _store_rows(session, case_id: int, run_id: int, searched: list[_Searched]
                ) -> tuple[CategoryCount, ...]:
    counts: dict[tuple[str, str], int] = {}
    for s in searched:
        for found in s.found:
            query = SnapshotQuery(
                run_id=run_id, source=found.source, system=found.system,
                category_id=found.category_id, query=found.query,
                columns=json.dumps(list(found.columns), ensure_ascii=False),
                row_count=len(found.rows),
            )
            session.add(query)
            session.flush()
            key = (found.category_id, found.source)
            counts[key] = counts.get(key, 0) + len(found.rows)
            for start in range(0, len(found.rows), _INSERT_CHUNK):
                session.execute(insert(SnapshotRow), [
                    {"case_id": case_id, "run_id": run_id, "query_id": query.id,
                     "category_id": found.category_id, "position": start + n,
                     "row_json": row, "excluded": False, "redactions": "{}"}
                    for n, row in enumerate(found.rows[start:start + _INSERT_CHUNK])
                ])
    return tuple(CategoryCount(category, source, rows)
                 for (category, source), rows in counts.items())


def _message(found: bool, statuses: tuple[SourceStatus, ...]) -> tuple[Message, ...]:
    """The summary as message codes (the window says them in its language)."""
    ok = [s.name for s in statuses if s.status == "ok"]
    failed = [s.name for s in statuses if s.status != "ok"]
    if found:
        said = [message("Data about the subject was found ({ok} of {total} "
                        "{total:plural:source|sources} searched).", ok=len(ok),
                        total=len(statuses))]
    elif ok:
        said = [message("The subject was not found in any of the {count} "
                        "{count:plural:source|sources} searched ({names}).", count=len(ok),
                        names=ok)]
    else:
        said = [message("No source could be searched, so it is not known whether data is "
                        "processed.")]
    if failed:
        said.append(message("Not searched because of an error: {names}.", names=failed))
    return tuple(said)


def _warnings(subjects: tuple[SubjectMatch, ...]) -> tuple[Message, ...]:
    people = {(m.personal_code or m.email or m.name) for m in subjects}
    if len(people) > 1:
        return (message("The identifiers match {count} different people in the sources; check "
                        "every row belongs to the subject before disclosing it (GDPR 15(4)).",
                        count=len(people)),)
    return ()


def latest_run_id(session, case_id: int) -> int | None:
    return session.scalar(select(CollectionRun.id).where(CollectionRun.case_id == case_id)
                          .order_by(CollectionRun.id.desc()).limit(1))
