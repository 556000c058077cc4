"""Refusing anything but a single plain SELECT before a configured query reaches a company system.

A search for a data subject's data must never change the systems searched nor reach past them
(GDPR 5(1)(f), 32). The query is parsed with a real SQL parser (sqlglot) in the source's own
dialect, so comments, quoting and dialect quirks cannot hide a second statement or a write:

* exactly one statement, a SELECT (or WITH ... SELECT, UNION ...), nothing that writes, locks
  or copies anywhere inside it (a DELETE inside a WITH, SELECT ... INTO, FOR UPDATE);
* no function that reaches the server's files, other servers or the clock (dblink, pg_read_file,
  lo_import, LOAD_FILE, sleep, benchmark ...): a read-only transaction does not stop those;
* no MySQL/MariaDB executable comment (`/*! ... */`, `/*M! ... */`): the server runs its text.

The database's read-only transaction with a statement timeout (sql_source.read_only) remains the
barrier behind this check; a read-only database login is the one behind both.
"""

from __future__ import annotations

import functools
import re

import sqlglot
from sqlglot import exp
from sqlglot.dialects.dialect import Dialect
from sqlglot.errors import ParseError, TokenError

from smarttek_dsar.domain.errors import DomainError

# SQLAlchemy backend name -> sqlglot dialect.
DIALECTS = {"postgresql": "postgres", "mysql": "mysql", "mariadb": "mysql", "sqlite": "sqlite",
            "mssql": "tsql"}
# ":name" but not a PostgreSQL cast "::text" nor a time literal (literals are blanked first).
_BIND = re.compile(r"(?<![:\w]):([A-Za-z_][A-Za-z0-9_]*)")
_QUOTED = re.compile(
    r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|`[^`]*`|\[[^\]]*\]|--[^\n]*|/\*.*?\*/", re.DOTALL
)

_WRITING_NODES = tuple(
    node for node in (
        getattr(exp, name, None) for name in (
            "Insert", "Update", "Delete", "Merge", "Create", "Drop", "Alter", "TruncateTable",
            "Copy", "Into", "Lock", "Command", "Set", "Pragma", "Transaction", "Commit",
            "Rollback", "LoadData", "Use", "Grant", "Revoke", "Kill", "Attach", "Detach",
            "Cache", "Uncache", "Refresh", "Analyze", "Execute",
        )
    ) if isinstance(node, type)
)
# Functions that read or write server files, reach other servers, run SQL text, take locks,
# change settings or sequences, or wait: none belongs in a search for one person's rows.
_FORBIDDEN_PREFIXES = ("dblink", "pg_", "lo_", "xp_", "sp_", "dbms_", "utl_")
_FORBIDDEN_FUNCTIONS = frozenset({
    "sleep", "benchmark", "load_file", "load_extension", "readfile", "writefile", "edit",
    "fts3_tokenizer", "query_to_xml", "query_to_xmlschema", "query_to_xml_and_xmlschema",
    "table_to_xml", "table_to_xmlschema", "table_to_xml_and_xmlschema", "cursor_to_xml",
    "cursor_to_xmlschema", "schema_to_xml", "database_to_xml", "set_config", "nextval",
    "setval", "get_lock", "release_lock", "release_all_locks", "is_used_lock",
    "master_pos_wait", "source_pos_wait", "sys_exec", "sys_eval", "openrowset",
    "opendatasource", "openquery", "openxml", "waitfor",
})  # fmt: skip

# A parameter inside a LIKE pattern gets its %, _ (and on MS SQL [) escaped with this
# character, so "%@example.lv" typed as a subject's e-mail does not match every customer.
LIKE_ESCAPE = "!"


class NotReadOnly(DomainError):
    """The query could change data, reach outside the database, or is not one statement."""


def _blank(sql: str) -> str:
    return _QUOTED.sub(lambda m: " " if m.group(0)[:2] in ("--", "/*") else "''", sql)


def bind_names(sql: str) -> list[str]:
    """The named parameters (:email, :personal_codes...) a query uses, in order of first use."""
    return list(dict.fromkeys(_BIND.findall(_blank(sql))))


def check_read_only(sql: str, backend: str | None = None) -> None:
    """Refuse `sql` unless it is one read-only SELECT; `backend` is SQLAlchemy's backend name.

    Without a backend (the settings file is read before any connection), the query must be
    readable in at least one of the supported dialects and harmless in every one that reads it.
    """
    _statement(sql, backend)


def like_parameters(sql: str, backend: str | None = None) -> frozenset[str]:
    """Names of the parameters used inside a LIKE pattern (their values get escaped)."""
    return _like_parameters(_statement(sql, backend))


def _like_parameters(statement: exp.Expression) -> frozenset[str]:
    return frozenset(
        placeholder.name
        for like in statement.find_all(exp.Like, exp.ILike)
        for placeholder in like.expression.find_all(exp.Placeholder)
    )


def escape_like(value: object, backend: str | None = None) -> object:
    if not isinstance(value, str):
        return value
    specials = "%_[" if backend == "mssql" else "%_"
    escaped = value.replace(LIKE_ESCAPE, LIKE_ESCAPE * 2)
    for special in specials:
        escaped = escaped.replace(special, LIKE_ESCAPE + special)
    return escaped


def _statement(sql: str, backend: str | None) -> exp.Expression:
    if not sql.strip():
        raise NotReadOnly("the query is empty.")
    if backend is not None:
        return _checked(sql, DIALECTS.get(backend))
    readable: list[exp.Expression] = []
    first_error: NotReadOnly | None = None
    for dialect in dict.fromkeys(DIALECTS.values()):
        try:
            readable.append(_checked(sql, dialect))
        except _Unreadable as error:
            first_error = first_error or error
    if not readable:
        assert first_error is not None
        raise first_error
    return readable[0]


class _Unreadable(NotReadOnly):
    """The parser cannot read the query in this dialect."""


# Each search checks its queries again (the settings may have changed on another desk); the
# same few texts are parsed over and over, so the parse is kept. Callers only read the tree.
@functools.lru_cache(maxsize=256)
def _checked(sql: str, dialect: str | None) -> exp.Expression:
    try:
        tokens = Dialect.get_or_raise(dialect).tokenize(sql)
        statements = [s for s in sqlglot.parse(sql, read=dialect) if s is not None]
    except (ParseError, TokenError) as error:
        raise _Unreadable("the query is not valid SQL ({error}); check its syntax.", error=_where(error)) \
            from None
    for token in tokens:
        for comment in token.comments:
            if comment.lstrip().startswith(("!", "M!")):
                raise NotReadOnly("the query contains an executable comment (/*! ... */), whose "
                                  "text MySQL and MariaDB run; remove it.")
    if len(statements) != 1:
        raise NotReadOnly("only one statement is allowed (found {value}).", value=len(statements) or 'none')
    statement = statements[0]
    if not isinstance(statement, exp.Query):
        raise NotReadOnly("only SELECT queries (or WITH ... SELECT) may be used to search "
                          "for a subject's data; this one is {upper}.", upper=statement.key.upper())
    for node in statement.walk():
        if isinstance(node, _WRITING_NODES):
            raise NotReadOnly("the query contains {node}; searches may only read data.", node=_describe(node))
        if isinstance(node, exp.Func):
            name = _function_name(node)
            if name in _FORBIDDEN_FUNCTIONS or name.startswith(_FORBIDDEN_PREFIXES):
                raise NotReadOnly("the query calls {upper}(), which reaches the server's "
                                  "files, other servers or its settings; searches may only "
                                  "read the source's own tables.", upper=name.upper())
    _check_like_patterns(statement)
    return statement


def _check_like_patterns(statement: exp.Expression) -> None:
    """A parameter in a LIKE pattern is escaped, so the LIKE must name the escape character
    (SQLite has no default one) and the parameter cannot also be compared with '=' (where the
    escaped value would no longer be equal to the stored one)."""
    in_like = _like_parameters(statement)
    for like in statement.find_all(exp.Like, exp.ILike):
        if not any(p.name in in_like for p in like.expression.find_all(exp.Placeholder)):
            continue
        escape = like.parent if isinstance(like.parent, exp.Escape) else None
        if escape is None or escape.expression.name != LIKE_ESCAPE:
            raise NotReadOnly("a LIKE with a parameter must end with ESCAPE '{like_escape}' "
                              "so that % and _ in a subject's identifiers are taken "
                              "literally.", like_escape=LIKE_ESCAPE)
    inside = [p.name for like in statement.find_all(exp.Like, exp.ILike)
              for p in like.expression.find_all(exp.Placeholder)]
    everywhere = [p.name for p in statement.find_all(exp.Placeholder)]
    for name in in_like:
        if everywhere.count(name) != inside.count(name):
            raise NotReadOnly("the parameter :{name} is used both in a LIKE pattern and "
                              "elsewhere; compare it with '=' or with LIKE, not both.", name=name)


def _function_name(node: exp.Func) -> str:
    if isinstance(node, exp.Anonymous):
        return str(node.name).lower()
    return node.sql_name().lower()


def _describe(node: exp.Expression) -> str:
    if isinstance(node, exp.Into):
        return "SELECT ... INTO"
    if isinstance(node, exp.Lock):
        return "FOR UPDATE / FOR SHARE (row locks)"
    if isinstance(node, exp.Command):
        return f"the command {str(node.this).upper()}"
    return node.key.upper()


def _where(error: ParseError | TokenError) -> str:
    details = getattr(error, "errors", None) or []
    if details and details[0].get("line"):
        return f"line {details[0]['line']}, column {details[0]['col']}"
    return "cannot be parsed"
