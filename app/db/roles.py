"""Least privilege on PostgreSQL (issue 15, ASVS 1.2.2 / 4.1.3): an owner role and a desk role.

`heatdesk db roles --db URL`, run once by the database's owner (or a superuser), creates

- the OWNER role: owns every table, sequence and function of the schema and alone may
  change it (`db upgrade` runs as it: a member of it is switched to it with SET ROLE);
- the DESK role that every workstation connects as: SELECT, INSERT, UPDATE, DELETE on the
  application's tables, but on the audit log (`event`) only SELECT and INSERT, on
  `alembic_version` only SELECT; no TRUNCATE anywhere, no CREATE on the schema (no DDL),
  owns nothing (so it can neither drop a table nor disable a trigger: both need the owner).

Tables a later revision creates are granted to the desk role by default privileges (ALTER
DEFAULT PRIVILEGES FOR ROLE owner); running `db roles` again re-grants everything and takes
back what the desk must not have, idempotently. The role names are kept as database
settings (heatdesk.owner_role, heatdesk.desk_role) so `db upgrade` knows them.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, Engine, text

OWNER_SETTING = "heatdesk.owner_role"
DESK_SETTING = "heatdesk.desk_role"
APPEND_ONLY = ("event",)  # the audit log: read and append only
READ_ONLY = ("alembic_version",)


class MigrationRefused(RuntimeError):
    """The connected role may not change the schema (the desk role)."""

    def __init__(self, role: str, owner: str | None) -> None:
        self.role, self.owner = role, owner
        super().__init__(
            f"The database role {role!r} may not change the schema. Run db upgrade as the "
            f"owner role{f' {owner!r}' if owner else ''} (a desk connects as the desk role, "
            "which only reads and writes data).")


@dataclass(frozen=True)
class RolePlan:
    owner: str
    desk: str
    owner_password: str | None  # None: leave an existing role's password as it is
    desk_password: str | None


def _ident(conn: Connection, name: str) -> str:
    return conn.execute(text("SELECT quote_ident(:n)"), {"n": name}).scalar_one()


def _literal(conn: Connection, value: str) -> str:
    return conn.execute(text("SELECT quote_literal(:v)"), {"v": value}).scalar_one()


def _ensure_role(conn: Connection, name: str, password: str | None) -> None:
    role = _ident(conn, name)
    exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"),
                          {"n": name}).first() is not None
    if not exists:
        conn.execute(text(f"CREATE ROLE {role} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE"))
    if password:
        conn.execute(text(f"ALTER ROLE {role} PASSWORD {_literal(conn, password)}"))


def apply_roles(engine: Engine, plan: RolePlan) -> list[str]:
    """Create or refresh both roles and every grant; returns the tables granted."""
    with engine.begin() as conn:
        _ensure_role(conn, plan.owner, plan.owner_password)
        _ensure_role(conn, plan.desk, plan.desk_password)
        owner, desk = _ident(conn, plan.owner), _ident(conn, plan.desk)
        database = _ident(conn, conn.execute(text("SELECT current_database()")).scalar_one())
        me = conn.execute(text("SELECT current_user")).scalar_one()
        if me != plan.owner:
            conn.execute(text(f"GRANT {owner} TO {_ident(conn, me)}"))  # to hand things over
        conn.execute(text(f"REVOKE ALL ON DATABASE {database} FROM PUBLIC"))
        conn.execute(text(f"GRANT CONNECT, TEMPORARY ON DATABASE {database} TO {owner}, {desk}"))
        conn.execute(text("REVOKE CREATE ON SCHEMA public FROM PUBLIC"))
        conn.execute(text(f"GRANT USAGE, CREATE ON SCHEMA public TO {owner}"))
        conn.execute(text(f"REVOKE CREATE ON SCHEMA public FROM {desk}"))
        conn.execute(text(f"GRANT USAGE ON SCHEMA public TO {desk}"))
        tables = list(conn.execute(text(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename"))
            .scalars())
        for table in tables:
            t = _ident(conn, table)
            conn.execute(text(f"ALTER TABLE public.{t} OWNER TO {owner}"))
            conn.execute(text(f"REVOKE ALL ON public.{t} FROM PUBLIC, {desk}"))
            if table in APPEND_ONLY:
                conn.execute(text(f"GRANT SELECT, INSERT ON public.{t} TO {desk}"))
            elif table in READ_ONLY:
                conn.execute(text(f"GRANT SELECT ON public.{t} TO {desk}"))
            else:
                conn.execute(text(f"GRANT SELECT, INSERT, UPDATE, DELETE ON public.{t} "
                                  f"TO {desk}"))
        for seq in conn.execute(text(
                "SELECT sequencename FROM pg_sequences WHERE schemaname = 'public'")).scalars():
            s = _ident(conn, seq)
            conn.execute(text(f"ALTER SEQUENCE public.{s} OWNER TO {owner}"))
            conn.execute(text(f"GRANT USAGE, SELECT ON SEQUENCE public.{s} TO {desk}"))
        for signature in conn.execute(text(
                "SELECT p.oid::regprocedure::text FROM pg_proc p JOIN pg_namespace n "
                "ON n.oid = p.pronamespace WHERE n.nspname = 'public'")).scalars():
            conn.execute(text(f"ALTER FUNCTION {signature} OWNER TO {owner}"))
        for kind in ("TYPE",):  # enum types made by the migrations
            for name in conn.execute(text(
                    "SELECT t.typname FROM pg_type t JOIN pg_namespace n ON n.oid = "
                    "t.typnamespace WHERE n.nspname = 'public' AND t.typtype = 'e'")).scalars():
                conn.execute(text(f"ALTER {kind} public.{_ident(conn, name)} OWNER TO {owner}"))
        # what a later revision creates (as the owner) is the desk's to read and write
        conn.execute(text(f"ALTER DEFAULT PRIVILEGES FOR ROLE {owner} IN SCHEMA public "
                          f"GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {desk}"))
        conn.execute(text(f"ALTER DEFAULT PRIVILEGES FOR ROLE {owner} IN SCHEMA public "
                          f"GRANT USAGE, SELECT ON SEQUENCES TO {desk}"))
        conn.execute(text(f"ALTER DATABASE {database} SET {OWNER_SETTING} = "
                          f"{_literal(conn, plan.owner)}"))
        conn.execute(text(f"ALTER DATABASE {database} SET {DESK_SETTING} = "
                          f"{_literal(conn, plan.desk)}"))
        return tables


def prepare_to_migrate(conn: Connection) -> None:
    """Before a migration on PostgreSQL: refuse the desk role (or any role without CREATE on
    the schema); switch a member of the owner role to it, so new tables are the owner's and
    fall under its default privileges."""
    if conn.dialect.name != "postgresql":
        return
    owner = conn.execute(text(f"SELECT current_setting('{OWNER_SETTING}', true)")).scalar()
    me = conn.execute(text("SELECT current_user")).scalar_one()
    if owner and me != owner:
        member = conn.execute(text("SELECT pg_has_role(current_user, :o, 'MEMBER')"),
                              {"o": owner}).scalar()
        if member:
            conn.execute(text(f"SET LOCAL ROLE {_ident(conn, owner)}"))  # this transaction
            return
        raise MigrationRefused(me, owner)
    if not conn.execute(text("SELECT has_schema_privilege('public', 'CREATE')")).scalar():
        raise MigrationRefused(me, owner or None)
