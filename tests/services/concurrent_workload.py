"""Several desks at once on one case store, on real threads: writers changing cases with the
version they read, and readers opening cases (each opening is an audited read). Shared by the
stress test and benchmarks/concurrent_writes.py."""

from __future__ import annotations

import random
import re
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from smarttek_dsar.services import Services
from smarttek_dsar.services.actor import Actor
from smarttek_dsar.services.errors import ConflictError

CONFLICT_MESSAGE = re.compile(
    r"^Case DSAR-\d{4}-\d{4} was changed by \w+ at \d{4}-\d\d-\d\d \d\d:\d\d Riga time since "
    r"you opened it\. Reload the case"
)


@dataclass(frozen=True)
class Attempt:
    """One change a writer tried: on which case, with which version it had read."""

    number: str
    expected_version: int
    action: str
    outcome: str  # "ok" | "conflict" | "error"
    message: str = ""
    new_version: int | None = None  # after a successful change


@dataclass
class Outcome:
    attempts: list[Attempt] = field(default_factory=list)
    reads: int = 0  # audited openings of a case (readers' and writers')
    errors: list[str] = field(default_factory=list)  # anything but a ConflictError
    seconds: float = 0.0

    @property
    def writes(self) -> int:
        return sum(1 for a in self.attempts if a.outcome == "ok")

    @property
    def conflicts(self) -> list[Attempt]:
        return [a for a in self.attempts if a.outcome == "conflict"]

    def lost_or_double_writes(self, first_versions: dict[str, int],
                              last_versions: dict[str, int]) -> list[str]:
        """The successful changes of each case must form one unbroken chain of versions from
        the first to the last: no two writers succeeded from the same version (a lost
        update) and no change is missing from the case."""
        done: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for a in self.attempts:
            if a.outcome == "ok":
                done[a.number].append((a.expected_version, a.new_version))
        problems = []
        for number, first in first_versions.items():
            version = first
            for expected, new in sorted(done[number]):
                if expected != version or new <= expected:
                    problems.append(f"{number}: a change from version {expected} to {new} "
                                    f"does not follow version {version}")
                version = new
            if version != last_versions[number]:
                problems.append(f"{number}: the changes end at version {version}, the case is "
                                f"at {last_versions[number]}")
        return problems


def _change(services: Services, actor: Actor, number: str, rng: random.Random,
            users: Sequence[str]) -> tuple[str, int, Callable[[], object]]:
    """Open the case as the window does, then pick a change that suits what was seen."""
    detail = services.cases.detail(actor, number)
    version = detail.summary.version
    identity = services.identity
    if detail.summary.paused:
        return "resume", version, lambda: identity.information_received(
            actor, number, expected_version=version)
    if rng.random() < 0.5:
        return "pause", version, lambda: identity.request_information(
            actor, number, reason="Copy of an ID document", expected_version=version)
    user = rng.choice(users)
    return "assign", version, lambda: services.cases.assign(
        actor, number, user, expected_version=version)


def run_desks(
    services: Services, writers: Sequence[Actor], readers: Sequence[Actor],
    numbers: Sequence[str], seconds: float,
) -> Outcome:
    """Every writer and reader on its own thread until `seconds` have passed."""
    outcome = Outcome()
    lock = threading.Lock()
    deadline = time.monotonic() + seconds
    users = [w.username for w in writers]

    def write(index: int) -> None:
        rng = random.Random(index)
        actor = writers[index]
        while time.monotonic() < deadline:
            number = rng.choice(numbers)
            try:
                action, version, change = _change(services, actor, number, rng, users)
            except Exception as exc:  # noqa: BLE001 - counted, the test shows them
                with lock:
                    outcome.errors.append(f"open {number}: {type(exc).__name__}: {exc}")
                continue
            try:
                changed = change()
                attempt = Attempt(number, version, action, "ok", new_version=changed.version)
            except ConflictError as exc:
                attempt = Attempt(number, version, action, "conflict", str(exc))
            except Exception as exc:  # noqa: BLE001
                attempt = Attempt(number, version, action, "error",
                                  f"{type(exc).__name__}: {exc}")
            with lock:
                outcome.reads += 1
                outcome.attempts.append(attempt)
                if attempt.outcome == "error":
                    outcome.errors.append(f"{action} {number}: {attempt.message}")

    def read(index: int) -> None:
        rng = random.Random(1000 + index)
        actor = readers[index]
        while time.monotonic() < deadline:
            number = rng.choice(numbers)
            try:
                services.cases.detail(actor, number)
            except Exception as exc:  # noqa: BLE001
                with lock:
                    outcome.errors.append(f"detail {number}: {type(exc).__name__}: {exc}")
                continue
            with lock:
                outcome.reads += 1

    started = time.monotonic()
    with ThreadPoolExecutor(max_workers=len(writers) + len(readers)) as pool:
        futures = [pool.submit(write, i) for i in range(len(writers))]
        futures += [pool.submit(read, i) for i in range(len(readers))]
        for future in futures:
            future.result()
    outcome.seconds = time.monotonic() - started
    return outcome


def same_version_race(services: Services, actors: Sequence[Actor], number: str) -> list[object]:
    """All `actors` assign the case at the same moment, each from the version they all read:
    one must win, every other one must be told of the conflict. Returns results/exceptions."""
    version = services.cases.detail(actors[0], number).summary.version
    start = threading.Barrier(len(actors))

    def assign(actor: Actor) -> object:
        start.wait()
        try:
            return services.cases.assign(actor, number, actor.username, expected_version=version)
        except Exception as exc:  # noqa: BLE001 - the caller checks what came back
            return exc

    with ThreadPoolExecutor(max_workers=len(actors)) as pool:
        return list(pool.map(assign, actors))


def create_in_parallel(services: Services, actor: Actor, requests: Sequence, threads: int
                       ) -> tuple[list[str], list[str], float]:
    """Register all `requests` from `threads` threads: (case numbers, errors, seconds)."""
    def create(new) -> tuple[str | None, str | None]:
        try:
            return services.cases.create(actor, new).number, None
        except Exception as exc:  # noqa: BLE001
            return None, f"{type(exc).__name__}: {exc}"

    started = time.monotonic()
    with ThreadPoolExecutor(max_workers=threads) as pool:
        results = list(pool.map(create, requests))
    seconds = time.monotonic() - started
    return ([n for n, _ in results if n], [e for _, e in results if e], seconds)
