"""The data-source guard parses each query: every way of writing, reaching out of the database or
hiding a second statement that the security test used is refused, in the source's dialect, and
ordinary search queries still pass."""

from __future__ import annotations

import pytest

from smarttek_dsar.sources.sql_guard import (
    NotReadOnly,
    check_read_only,
    escape_like,
    like_parameters,
)

ACCEPTED = [
    (None, "SELECT a FROM t WHERE code IN :personal_codes OR email = :email"),
    (None, "SELECT a FROM t WHERE note = 'drop table; delete' -- update\n;"),
    (None, 'WITH s AS (SELECT 1 AS "update") SELECT * FROM s'),
    (None, "SELECT created_at, updated_by FROM t UNION SELECT 1, 2"),
    ("postgresql", "SELECT x::text, '10:30' FROM t WHERE lower(e) = :email"),
    ("mysql", "SELECT a FROM t WHERE e = :email # a MariaDB comment\n"),
    ("mysql", "SELECT a FROM t WHERE e = :email -- a comment; DELETE FROM t"),
    ("mysql", "SELECT a /* an ordinary comment */ FROM t WHERE e = :email"),
    ("sqlite", "SELECT a FROM t WHERE name LIKE '%' || :name || '%' ESCAPE '!'"),
]

REFUSED = [
    # (backend, query, words the message must contain)
    ("postgresql", "SELECT dblink_exec('dbname=crm', 'DELETE FROM customers')", "DBLINK_EXEC"),
    ("postgresql", "SELECT * FROM dblink('dbname=crm', 'select 1') AS t(a int)", "DBLINK"),
    ("postgresql", "SELECT public.dblink_exec('x', 'y')", "DBLINK_EXEC"),
    ("postgresql", "SELECT pg_read_file('/etc/passwd')", "PG_READ_FILE"),
    ("postgresql", 'SELECT "pg_read_file"(\'/etc/passwd\')', "PG_READ_FILE"),
    ("postgresql", "SELECT * FROM pg_catalog.pg_ls_dir('.')", "PG_LS_DIR"),
    ("postgresql", "SELECT lo_import('/etc/passwd')", "LO_IMPORT"),
    ("postgresql", "SELECT pg_sleep(100)", "PG_SLEEP"),
    ("postgresql", "SELECT query_to_xml('delete from t', true, true, '')", "QUERY_TO_XML"),
    ("postgresql", "SELECT set_config('default_transaction_read_only', 'off', false)",
     "SET_CONFIG"),
    ("postgresql", "COPY customers TO '/tmp/all.csv'", "COPY"),
    ("postgresql", "WITH d AS (DELETE FROM t RETURNING *) SELECT * FROM d", "DELETE"),
    ("postgresql", "SELECT a INTO stolen FROM t", "INTO"),
    ("postgresql", "SELECT a FROM t FOR UPDATE", "FOR UPDATE"),
    ("postgresql", "SELECT 1; DELETE FROM t", "one statement"),
    ("postgresql", "UPDATE t SET a = 1", "SELECT"),
    ("mysql", "SELECT LOAD_FILE('/etc/passwd')", "LOAD_FILE"),
    ("mysql", "SELECT SLEEP(10)", "SLEEP"),
    ("mysql", "SELECT BENCHMARK(100000000, MD5('a'))", "BENCHMARK"),
    ("mysql", "SELECT a FROM t INTO OUTFILE '/tmp/x'", "not valid SQL"),
    ("mysql", "SELECT a FROM t /*! INTO OUTFILE '/tmp/x' */", "executable comment"),
    ("mysql", "SELECT a FROM t /*!50000 ; DELETE FROM t */", "executable comment"),
    ("mysql", "SELECT a FROM t /*M! ; DELETE FROM t */", "executable comment"),
    # "--" without a space is not a comment in MySQL: the rest is read, and refused.
    ("mysql", "SELECT a FROM t --1; DELETE FROM t", "not valid SQL"),
    ("sqlite", "SELECT load_extension('evil.so')", "LOAD_EXTENSION"),
    ("sqlite", "SELECT writefile('x', 'y')", "WRITEFILE"),
    ("mssql", "SELECT * FROM OPENROWSET('SQLNCLI', 'x', 'select 1')", "OPENROWSET"),
    ("mssql", "EXEC xp_cmdshell 'dir'", "SELECT"),
    (None, "SELECT pg_read_file('/etc/passwd')", "PG_READ_FILE"),
    (None, "", "empty"),
    (None, "SELECT a FROM t WHERE name LIKE :name", "ESCAPE '!'"),
    (None, "SELECT a FROM t WHERE e = :email OR e LIKE :email ESCAPE '!'", "both"),
]


@pytest.mark.parametrize(("backend", "sql"), ACCEPTED)
def test_ordinary_search_queries_pass(backend, sql):
    check_read_only(sql, backend)


@pytest.mark.parametrize(("backend", "sql", "why"), REFUSED)
def test_each_attack_is_refused_with_a_reason(backend, sql, why):
    with pytest.raises(NotReadOnly) as refused:
        check_read_only(sql, backend)
    assert why.lower() in str(refused.value).lower()


def test_like_parameters_are_escaped_so_wildcards_match_themselves():
    sql = "SELECT a FROM t WHERE name LIKE '%' || :name || '%' ESCAPE '!' AND e = :email"
    assert like_parameters(sql, "postgresql") == {"name"}
    assert escape_like("50%_off!", "postgresql") == "50!%!_off!!"
    assert escape_like("[x]%", "mssql") == "![x]!%"
    assert escape_like(None) is None
