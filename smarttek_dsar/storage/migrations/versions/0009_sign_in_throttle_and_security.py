"""Team mode on PostgreSQL (issue 13): the sign-in throttle lives on the server

In team mode each user connects with their own SCRAM login, so the server checks the
password, and a client that bypasses the program (psql, a script) never passes through the
program's own counter. PostgreSQL cannot count failed password checks itself (without the
server's log or a preloaded module), so the server is made to refuse every password of a
team login unless a sign-in *window* is open, and windows are handed out only by a function
that counts and throttles:

- Every team login's password is kept expired (VALID UNTIL 1970): the server refuses it,
  right or wrong, with the same "password authentication failed" as an unknown login.
- dsar_sign_in_window(name) (SECURITY DEFINER, owner's rights): refuses with the seconds to
  wait while the name's or the client's (inet_client_addr) delay runs; otherwise counts the
  attempt as a failure *before* any password is tried, reserves the next delay, and for an
  active user of this database opens the window (VALID UNTIL now + 5 s). Unknown names
  are counted the same way and get the same answer. Called by the program through the gate
  login (storage/team_roles.py), which may do nothing else.
- dsar_sign_in_succeeded(): run by a connection that got in (the password was right): clears
  the count of its own login only (session_user, which it cannot choose) and closes the
  window when no other connection of the same login is still on its way in.
- dsar_sign_in_unlock(name): the administrators' unlock (granted to their group only).
- The managers' views (migration 0008) are rebuilt with the shape of their tables, every
  personal column NULL, plus audit events with fact details only (storage/manager_views.py),
  so a manager's login can open a case and its timeline.
- dsar_audit_forget_old_details(seq, details): purge of personal text inside the details of
  events written before migration 0007 (services/audit_old_details.py); administrators only.
- sign_in_throttle: the counts, readable and writable by nobody but the owner's functions,
  keyed by a digest of the name (a password typed into the name field is never stored) or of
  the client address.

Limit: inside a window opened by a counted attempt, the server checks every password it is
sent for those 5 s (PostgreSQL does not tell SQL about a failed check); a window is closed
as soon as the name is under a delay. Servers with the contrib module auth_delay
(shared_preload_libraries = 'auth_delay', auth_delay.milliseconds = 500) slow each of those
checks too; that is the server administrator's setting, named in the README.

SQLite: nothing to do.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02
"""

from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

# Same schedule as the program's own throttle (services/administration/users.py).
FREE_ATTEMPTS = 5
FREE_CLIENT_ATTEMPTS = 10
WINDOW_SECONDS = 5


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    home = bind.exec_driver_sql("SELECT current_schema()").scalar_one()
    op.execute(f"""
CREATE TABLE "{home}".sign_in_throttle (
    key varchar(80) PRIMARY KEY,
    failures integer NOT NULL DEFAULT 0,
    next_try timestamptz,
    last_attempt timestamptz,
    window_until timestamptz,
    pending integer NOT NULL DEFAULT 0
)""")
    op.execute(f'REVOKE ALL ON "{home}".sign_in_throttle FROM PUBLIC')
    op.execute(f"""
CREATE FUNCTION "{home}".dsar_sign_in_delay(failures integer, free integer) RETURNS interval
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN failures < free THEN NULL
                ELSE least(make_interval(secs => power(2, least(failures - free, 20))),
                           interval '15 minutes') END
$$""")
    op.execute(f"""
CREATE FUNCTION "{home}".dsar_sign_in_window(name text) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = "{home}", pg_temp AS $$
DECLARE
    name_key varchar := 'name:' || encode(sha256(convert_to(lower(name), 'UTF8')), 'hex');
    client_key varchar := 'client:' || encode(sha256(convert_to(
        coalesce(host(inet_client_addr()), 'local'), 'UTF8')), 'hex');
    n sign_in_throttle;
    c sign_in_throttle;
    wait timestamptz;
    known boolean;
BEGIN
    INSERT INTO sign_in_throttle (key) VALUES (name_key), (client_key)
        ON CONFLICT (key) DO NOTHING;
    -- Locked in one order, so two attempts at once queue instead of both slipping through.
    SELECT * INTO n FROM sign_in_throttle WHERE key = name_key FOR UPDATE;
    SELECT * INTO c FROM sign_in_throttle WHERE key = client_key FOR UPDATE;
    IF c.last_attempt < now() - interval '1 hour' THEN
        c.failures := 0;
        c.next_try := NULL;
    END IF;
    wait := greatest(n.next_try, c.next_try);
    -- Never the owner's own role (current_user inside this function), even if a user of
    -- the same name exists: the owner's password must not be closed by the throttle.
    SELECT EXISTS (SELECT 1 FROM users u JOIN pg_roles r ON r.rolname = u.username
                   WHERE u.username = lower(name) AND u.active AND NOT r.rolsuper
                     AND r.rolname <> current_user)
        INTO known;
    IF wait > now() THEN
        -- Refused without opening anything (a refused attempt counts for nothing), and a
        -- window the last counted attempt opened is closed: nobody gets in while it waits.
        IF known AND n.window_until > now() THEN
            UPDATE sign_in_throttle SET window_until = NULL, pending = 0
                WHERE key = name_key;
            EXECUTE format('ALTER ROLE %I VALID UNTIL %L', lower(name),
                           '1970-01-01 00:00:00+00');
        END IF;
        RETURN greatest(1, ceil(extract(epoch FROM wait - now()))::integer);
    END IF;
    IF n.window_until IS NULL OR n.window_until < now() THEN
        n.pending := 0;  -- earlier windows ran out: whoever used them is not coming back
    END IF;
    UPDATE sign_in_throttle SET failures = n.failures + 1, last_attempt = now(),
        next_try = now() + dsar_sign_in_delay(n.failures + 1, {FREE_ATTEMPTS}),
        window_until = now() + interval '{WINDOW_SECONDS} seconds', pending = n.pending + 1
        WHERE key = name_key;
    UPDATE sign_in_throttle SET failures = c.failures + 1, last_attempt = now(),
        next_try = now() + dsar_sign_in_delay(c.failures + 1, {FREE_CLIENT_ATTEMPTS})
        WHERE key = client_key;
    -- Only an active user of this database who is not a superuser gets a window: the gate
    -- cannot open the owner's or anyone else's login.
    IF known THEN
        EXECUTE format('ALTER ROLE %I VALID UNTIL %L', lower(name),
                       now() + interval '{WINDOW_SECONDS} seconds');
    END IF;
    RETURN 0;
END $$""")
    op.execute(f"""
CREATE FUNCTION "{home}".dsar_sign_in_succeeded() RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = "{home}", pg_temp AS $$
DECLARE
    me text := session_user;
    name_key varchar := 'name:' || encode(sha256(convert_to(session_user, 'UTF8')), 'hex');
    client_key varchar := 'client:' || encode(sha256(convert_to(
        coalesce(host(inet_client_addr()), 'local'), 'UTF8')), 'hex');
    left_pending integer;
BEGIN
    UPDATE sign_in_throttle SET failures = 0, next_try = NULL,
        pending = greatest(pending - 1, 0) WHERE key = name_key
        RETURNING pending INTO left_pending;
    -- A sign-in that worked is not a failure of the client's.
    UPDATE sign_in_throttle SET failures = greatest(failures - 1, 0),
        next_try = CASE WHEN failures - 1 >= {FREE_CLIENT_ATTEMPTS} THEN next_try END
        WHERE key = client_key;
    IF coalesce(left_pending, 0) = 0 AND EXISTS (
            SELECT 1 FROM users u JOIN pg_roles r ON r.rolname = u.username
            WHERE u.username = me AND NOT r.rolsuper AND r.rolname <> current_user) THEN
        EXECUTE format('ALTER ROLE %I VALID UNTIL %L', me, '1970-01-01 00:00:00+00');
    END IF;
END $$""")
    op.execute(f"""
CREATE FUNCTION "{home}".dsar_sign_in_unlock(name text) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = "{home}", pg_temp AS $$
DECLARE
    failures integer;
BEGIN
    DELETE FROM sign_in_throttle
        WHERE key = 'name:' || encode(sha256(convert_to(lower(name), 'UTF8')), 'hex')
        RETURNING sign_in_throttle.failures INTO failures;
    RETURN coalesce(failures, 0);
END $$""")
    # Purge and events written before the anchored trail (services/audit_old_details.py):
    # only their details, and only before the upgrade marker; verify checks every change
    # against the sealed audit.old_details_forgotten event that vouches for it.
    op.execute(f"""
CREATE FUNCTION "{home}".dsar_audit_forget_old_details(target integer, forgotten text)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = "{home}", pg_temp AS $$
DECLARE
    boundary integer;
BEGIN
    SELECT min(seq) INTO boundary FROM audit_events
        WHERE action IN ('audit.rehashed', 'audit.old_chain_broken');
    IF boundary IS NULL OR target >= boundary THEN
        RAISE EXCEPTION 'only events written before the anchored trail can be purged'
            USING ERRCODE = '42501';
    END IF;
    UPDATE audit_events SET details = forgotten WHERE seq = target;
END $$""")
    for function in ("dsar_sign_in_window(text)", "dsar_sign_in_succeeded()",
                     "dsar_sign_in_unlock(text)", "dsar_audit_forget_old_details(integer, text)"):
        op.execute(f'REVOKE ALL ON FUNCTION "{home}".{function} FROM PUBLIC')
    # The managers' views take the shape of their tables, personal columns NULL, so a
    # manager's login opens a case and its timeline (storage/manager_views.py).
    from smarttek_dsar.domain.roles import Role
    from smarttek_dsar.storage import manager_views, team_roles

    prefix = bind.exec_driver_sql(
        "SELECT value FROM settings WHERE key = %s", (team_roles.PREFIX_SETTING,)
    ).scalar_one_or_none()
    manager_views.rebuild(bind, team_roles.group_name(prefix, Role.MANAGER) if prefix else None)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    for function in ("dsar_sign_in_window(text)", "dsar_sign_in_succeeded()",
                     "dsar_sign_in_unlock(text)", "dsar_sign_in_delay(integer, integer)",
                     "dsar_audit_forget_old_details(integer, text)"):
        op.execute(f"DROP FUNCTION IF EXISTS {function}")
    op.execute("DROP TABLE IF EXISTS sign_in_throttle")
