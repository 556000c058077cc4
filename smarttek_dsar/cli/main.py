"""smarttek-dsar: the command line, a thin layer over the services.

With no command it opens the window. A user error prints one clear line on stderr and exits
non-zero; never a traceback.
"""

from __future__ import annotations

import argparse
import os
import sys
import traceback

from smarttek_dsar import __version__
from smarttek_dsar.cli import (
    admin_commands,
    case_commands,
    held_commands,
    import_commands,
    mailbox_commands,
    package_commands,
    phrasebook_commands,
    report_commands,
    source_commands,
    trust_commands,
)
from smarttek_dsar.error_log import record_unexpected
from smarttek_dsar.services.errors import USER_ERRORS, unexpected_error_text
from smarttek_dsar.services.message_catalogue import error_in
from smarttek_dsar.storage.database import DatabaseError


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, not the whole usage text
        sys.stderr.write(f"smarttek-dsar: {message} (see --help)\n")
        raise SystemExit(2)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="smarttek-dsar",
        description="Smarttek DSAR Desk: GDPR data subject requests. Without a command the "
        "window opens.",
    )
    parser.add_argument("--version", action="version", version=f"smarttek-dsar {__version__}")
    parser.add_argument("--db", metavar="URL", help="database URL (default: SMARTTEK_DSAR_DB or "
                        "the local SQLite file in the user data folder)")
    parser.add_argument("--user", metavar="NAME", help="who runs the command "
                        "(default: SMARTTEK_DSAR_USER)")
    parser.add_argument("--demo", action="store_true",
                        help="open the window on the demo database (created on first use)")
    # Its own dest: commands have a --lang of their own (the language of a letter or a text).
    parser.add_argument("--lang", dest="message_language", choices=("en", "lv"), default="en",
                        help="language of the error messages and refusals (default: en)")
    parser.add_argument("--self-test", action="store_true", help=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    admin_commands.register(commands)
    case_commands.register(commands)
    source_commands.register(commands)
    import_commands.register(commands)
    held_commands.register(commands)
    report_commands.register(commands)
    package_commands.register(commands)
    phrasebook_commands.register(commands)
    trust_commands.register(commands)
    mailbox_commands.register(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.self_test:
            from smarttek_dsar.selftest import run_self_test

            return run_self_test()
        _check_database_url(args.db)
        if args.command is None:
            from smarttek_dsar.ui.platform_libraries import window_problem

            # Qt aborts the process when its platform plugin cannot load: ask first, say why.
            problem = window_problem(os.environ)
            if problem:
                sys.stderr.write(f"smarttek-dsar: {problem}\n")
                return 1
            from smarttek_dsar.ui.launch import run_window

            return run_window(db_url=args.db, demo=args.demo)
        return args.handler(args) or 0
    except USER_ERRORS as exc:
        sys.stderr.write(f"smarttek-dsar: {error_in(exc, args.message_language)}\n")
        return 1
    except DatabaseError as exc:
        # The driver's own words may run over several lines: the first says what happened.
        said = error_in(exc, args.message_language).strip().splitlines()
        sys.stderr.write(f"smarttek-dsar: {said[0] if said else exc}\n")
        return 1
    except BrokenPipeError:  # output piped into `head` and the like: not an error
        sys.stderr.close()
        return 0
    except OSError as exc:  # a file or folder named on the command line cannot be used
        sys.stderr.write(f"smarttek-dsar: {_file_problem(exc)}\n")
        return 1
    except KeyboardInterrupt:
        sys.stderr.write("smarttek-dsar: interrupted\n")
        return 130
    except Exception as exc:  # a bug: say so in one line; the trace only when asked for
        if os.environ.get("SMARTTEK_DSAR_DEBUG"):
            traceback.print_exc()
        log = record_unexpected(exc, "the command line")
        sys.stderr.write(
            f"smarttek-dsar: internal error ({unexpected_error_text(exc)}). Where it happened "
            f"was written to {log}; set SMARTTEK_DSAR_DEBUG=1 for details.\n"
        )
        return 3


def _check_database_url(url: str | None) -> None:
    """Only SQLite files and PostgreSQL servers hold a case store; say so before any driver
    is looked for."""
    if not url:
        return
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        backend = make_url(url).get_backend_name()
    except ArgumentError:
        backend = None
    if backend not in ("sqlite", "postgresql"):
        raise DatabaseError(f"'{url.split(':', 1)[0]}' is not a supported database; use "
                            "sqlite:///path/to/file.sqlite3 or postgresql+psycopg://user@host/db.")


def _file_problem(exc: OSError) -> str:
    where = f" ({exc.filename})" if exc.filename else ""
    return f"cannot use the file or folder{where}: {exc.strerror or exc}."


if __name__ == "__main__":
    raise SystemExit(main())
