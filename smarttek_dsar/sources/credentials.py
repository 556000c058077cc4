"""Where the password of an SQL source comes from. Never from the sources file.

Order: the environment variable the file names (`password_env`, for servers and scripted
runs), then the OS keyring (service "smarttek-dsar", user = the source's name), then whoever
runs the search may be asked (`ask`). Without the keyring package or without a keyring
backend (a headless Linux box), the keyring step is skipped silently: set the variable instead.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    # Named for the types only: the audit key also comes from the keyring (services/
    # audit_anchor.py), and every desk would otherwise load the sources' SQL parser with it.
    from smarttek_dsar.sources.config import SqlSource

KEYRING_SERVICE = "smarttek-dsar"

PasswordPrompt = Callable[["SqlSource"], str | None]


def source_password(source: SqlSource, ask: PasswordPrompt | None = None) -> str | None:
    if source.password_env:
        value = os.environ.get(source.password_env)
        if value:
            return value
    if source.use_keyring:
        value = _from_keyring(source.name)
        if value:
            return value
    return ask(source) if ask is not None else None


def keyring_available() -> bool:
    _load_keyring_once()
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return False
    try:
        return not isinstance(keyring.get_keyring(), fail.Keyring)
    except Exception:  # a broken backend configuration is as good as none
        return False


_keyring_loaded = threading.Lock()
_loaded: list[bool] = []


def _load_keyring_once() -> None:
    """Import keyring and its backends the first time on a thread of their own.

    Loading its backends, keyring keeps the traceback of each optional import that failed
    (the Windows ones on Linux) for good, and a traceback keeps every calling frame alive with
    its local variables. Loaded on the caller's thread, the first look-up (an audit record, a
    subject look-up during an import) kept whatever its callers held, such as the 96 MB mail
    being imported, for as long as the process ran (issue 13). A thread of its own has no
    callers."""
    with _keyring_loaded:
        if _loaded:
            return
        loader = threading.Thread(target=_load_keyring, name="keyring backends", daemon=True)
        loader.start()
        loader.join()
        _loaded.append(True)


def _load_keyring() -> None:
    try:
        import keyring

        keyring.get_keyring()
    except Exception:  # noqa: BLE001 - no keyring, or a broken one: keyring_available says so
        pass


def store_password(source_name: str, password: str) -> bool:
    """Keep the password in the OS keyring; False when there is no keyring to keep it in."""
    if not keyring_available():
        return False
    import keyring

    try:
        keyring.set_password(KEYRING_SERVICE, source_name, password)
    except Exception:  # locked keyring, user said no, D-Bus gone: the caller says what to do
        return False
    return True


def _from_keyring(source_name: str) -> str | None:
    if not keyring_available():
        return None
    import keyring

    try:
        return keyring.get_password(KEYRING_SERVICE, source_name)
    except Exception:  # same as no keyring: fall through to the next place
        return None
