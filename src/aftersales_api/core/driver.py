"""Statements that SQLAlchemy compiles once and the DB-API driver runs directly.

Opening a ticket writes a dozen statements and reading one runs seven. Through
SQLAlchemy's execution machinery each costs dozens of microseconds of Python and, on
PostgreSQL, a round trip of its own; run here, a statement costs its parameter tuple,
and on PostgreSQL the whole batch is one write to the socket and one round trip
(`_Batch`). The SQL text and the type conversions (JSON, money, UTC timestamps) are
still SQLAlchemy's, from the compiled statement and the column types' public
`dialect_impl(...).bind_processor(...)` and `result_processor(...)`.
"""

from __future__ import annotations

import itertools
import re
import select as selectors
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any, Generic, TypeVar

import psycopg
from psycopg import errors, pq
from psycopg.adapt import PyFormat, Transformer
from sqlalchemy import JSON, Connection, Table, any_, bindparam, func, insert, literal_column, select
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.engine import Dialect
from sqlalchemy.exc import IntegrityError
from sqlalchemy.sql.expression import BindParameter, Executable, Insert, Select, Update


@dataclass(frozen=True, slots=True)
class _Compiled:
    sql: str
    binds: tuple[tuple[str, Callable[[Any], Any] | None, Any], ...]  # name, conversion, default
    positional: bool
    names: tuple[str, ...]
    numbered: bytes  # PostgreSQL: the SQL with $1, $2, ... for libpq


class Statement:
    def __init__(self, stmt: Executable) -> None:
        self.stmt = stmt
        self._compiled: dict[tuple[str, tuple[str, ...]], _Compiled] = {}

    def compiled(self, dialect: Dialect, keys: tuple[str, ...]) -> _Compiled:
        """Compiled for the columns given; the others get their default (the column's
        Python-side one, which SQLAlchemy would apply at execution, or the server's)."""
        found = self._compiled.get((dialect.name, keys))
        if found is None:
            c = self.stmt.compile(dialect=dialect, column_keys=list(keys))  # type: ignore[attr-defined]
            names = c.positiontup if c.positional else list(c.binds)
            defaults = {col.key: _default(col) for col in getattr(c, "insert_prefetch", ())}
            binds = tuple(
                (n, _conversion(c.binds[n], dialect), defaults.get(n, c.binds[n].effective_value))
                for n in names
            )
            sql = str(c)
            found = self._compiled[(dialect.name, keys)] = _Compiled(
                sql, binds, c.positional, tuple(names), _numbered(sql) if c.positional else b""
            )
        return found

    def params(self, c: _Compiled, row: Mapping[str, Any]) -> Sequence[Any] | dict[str, Any]:
        get = row.get
        values = [get(n, d) if p is None else p(get(n, d)) for n, p, d in c.binds]
        return values if c.positional else dict(zip(c.names, values, strict=True))


def _numbered(sql: str) -> bytes:
    """`%s` placeholders (the engine's "format" paramstyle) as libpq's `$n`; `%%` is a
    literal `%`."""
    n = itertools.count(1)
    return re.sub(r"%[%s]", lambda m: "%" if m.group() == "%%" else f"${next(n)}", sql).encode()


def in_list(column: Any, name: str, dialect: str) -> Any:
    """`column IN` a list passed as one parameter, so that one compiled statement serves
    every length of list: an array on PostgreSQL, JSON text read by json_each on SQLite."""
    if dialect == "postgresql":
        return column == any_(bindparam(name, type_=ARRAY(column.type)))
    return column.in_(
        select(literal_column("value")).select_from(func.json_each(bindparam(name, type_=JSON())))
    )


def one_of(column: Any, values: Sequence[str]) -> Any:
    """`column IN` constants of the code, written into the SQL (no parameters)."""
    assert all(v.isidentifier() for v in values)
    return column.in_([literal_column(f"'{v}'") for v in values])


def _default(column: Any) -> Any:
    default = column.default
    assert default is not None and default.is_scalar, f"{column} needs a scalar default here"
    return default.arg


def _conversion(bind: BindParameter[Any], dialect: Dialect) -> Callable[[Any], Any] | None:
    """The conversion SQLAlchemy applies to this parameter on this dialect: the type's
    implementation for the dialect, and its bind processor (both public API)."""
    return bind.type.dialect_impl(dialect).bind_processor(dialect)


@dataclass(frozen=True, slots=True)
class _Columns:
    keys: tuple[str, ...]
    convert: tuple[tuple[int, Callable[[Any], Any]], ...]  # (position, result conversion)


class Query(Statement):
    """A SELECT (or a statement with RETURNING) run the same way; its rows come back
    converted by the column types' public `result_processor`, as records (attribute
    access, mutable)."""

    def __init__(self, stmt: Select[Any] | Update | Insert) -> None:
        super().__init__(stmt)
        self._columns: dict[str, _Columns] = {}

    def columns(self, dialect: Dialect) -> _Columns:
        found = self._columns.get(dialect.name)
        if found is None:
            selected = self.stmt.exported_columns  # type: ignore[attr-defined]
            convert = []
            for n, col in enumerate(selected):
                processor = col.type.dialect_impl(dialect).result_processor(dialect, None)
                if processor is not None:
                    convert.append((n, processor))
            found = self._columns[dialect.name] = _Columns(tuple(c.key for c in selected), tuple(convert))
        return found

    def records(self, dialect: Dialect, rows: Sequence[Sequence[Any]]) -> list[SimpleNamespace]:
        cols = self.columns(dialect)
        out = []
        for raw in rows:
            values = list(raw)
            for n, convert in cols.convert:
                values[n] = convert(values[n])
            out.append(SimpleNamespace(**dict(zip(cols.keys, values, strict=True))))
        return out


class Rows:
    """Many rows of one table at once: on PostgreSQL by COPY, which takes 1,500 outbox
    rows in 7 ms where a statement a row (pipelined) takes 26 and one statement reading
    them from a JSON array 18; SQLite, in process, takes them by `executemany`. Values
    are converted as SQLAlchemy would bind them (the columns' public bind processors)."""

    def __init__(self, table: Table, columns: Sequence[str]) -> None:
        self.table, self.columns = table, tuple(columns)
        self.each = Statement(insert(table).inline())
        self._copy: dict[str, tuple[str, tuple[Callable[[Any], Any] | None, ...]]] = {}

    def copy(self, dialect: Dialect) -> tuple[str, tuple[Callable[[Any], Any] | None, ...]]:
        found = self._copy.get(dialect.name)
        if found is None:
            quote = dialect.identifier_preparer
            names = ", ".join(quote.quote(c) for c in self.columns)
            sql = f"COPY {quote.format_table(self.table)} ({names}) FROM STDIN"
            types = (self.table.c[c].type for c in self.columns)
            found = self._copy[dialect.name] = (
                sql,
                tuple(t.dialect_impl(dialect).bind_processor(dialect) for t in types),
            )
        return found

    def write(self, conn: Connection, rows: Sequence[Mapping[str, Any]]) -> None:
        """Insert the rows, in the connection's transaction."""
        dialect = conn.dialect
        if dialect.name != "postgresql" or len(rows) < 2:
            run(conn, [Step(self.each, rows)])
            return
        sql, convert = self.copy(dialect)
        pairs = tuple(zip(self.columns, convert, strict=True))
        raw = conn.connection.driver_connection
        assert raw is not None
        try:
            with raw.cursor() as cursor, cursor.copy(sql) as copy:
                for row in rows:
                    copy.write_row([row[c] if p is None else p(row[c]) for c, p in pairs])
        except dialect.loaded_dbapi.Error as exc:
            _failed(conn, exc, raw)
            raise


Records = list[SimpleNamespace]
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Lookup(Generic[T]):
    """A query, its parameters, and what its records mean."""

    query: Query
    params: Mapping[str, Any]
    read: Callable[[Records], T]


def look_up(conn: Connection, *lookups: Lookup[Any]) -> list[Any]:
    """Several lookups in one round trip; what each found."""
    found = fetch(conn, [(x.query, x.params) for x in lookups])
    return [x.read(rows) for x, rows in zip(lookups, found, strict=True)]


def fetch(conn: Connection, queries: Sequence[tuple[Query, Mapping[str, Any]]]) -> list[Records]:
    """Run the queries in the connection's transaction, in order (in one round trip on
    PostgreSQL); the records of each."""
    dialect = conn.dialect
    try:
        if dialect.name == "postgresql":
            batch = _Batch(conn, begin=bool(conn.get_execution_options().get("write")))
            for query, params in queries:
                batch.add(query, params)
            results = batch.send()
        else:
            results = [_sqlite(conn, query, [params]) for query, params in queries]
    except dialect.loaded_dbapi.Error as exc:
        _failed(conn, exc, conn.connection.driver_connection)
        raise
    return [query.records(dialect, rows) for (query, _), rows in zip(queries, results, strict=True)]


@dataclass(frozen=True, slots=True)
class Step:
    statement: Statement
    rows: Sequence[Mapping[str, Any]]
    returning: bool = False


def run(conn: Connection, steps: Sequence[Step], *, commit: bool = False) -> Any:
    """Run the steps in order inside the connection's transaction; returns the first
    row of the step with `returning` (one round trip on PostgreSQL).

    With `commit`, the batch ends the transaction on PostgreSQL: its COMMIT goes in the
    same round trip, and the session's own commit then finds nothing to do, so nothing
    may be written after it. SQLite, in process, commits with the session (its writer
    shares one transaction among the writes of a group)."""
    dialect = conn.dialect
    try:
        if dialect.name == "postgresql":
            return _run_postgresql(conn, steps, commit)
        for step in steps:
            if step.rows:
                rows = _sqlite(conn, step.statement, step.rows)
                if step.returning:
                    return rows[0] if rows else None
        return None
    except dialect.loaded_dbapi.Error as exc:
        _failed(conn, exc, conn.connection.driver_connection)
        raise


def _failed(conn: Connection, exc: Any, raw: Any) -> None:
    """What SQLAlchemy does with a driver's error: a lost connection is invalidated (the
    pool replaces it), and an integrity error is raised as SQLAlchemy's, so that callers
    catch one kind (a racing twin's key, say)."""
    if conn.dialect.is_disconnect(exc, raw, None):
        conn.invalidate(exc)
    if isinstance(exc, conn.dialect.loaded_dbapi.IntegrityError):
        raise IntegrityError("a batch of statements", None, exc) from exc


def _sqlite(conn: Connection, statement: Statement, rows: Sequence[Mapping[str, Any]]) -> list[Any]:
    """One statement for each row, on sqlite3 (in process: nothing to batch); the rows
    it returns."""
    raw = conn.connection.driver_connection
    assert raw is not None
    compiled = statement.compiled(conn.dialect, tuple(rows[0]))
    params = [statement.params(compiled, row) for row in rows]
    cursor = raw.cursor()
    try:
        if len(params) == 1:
            cursor.execute(compiled.sql, params[0])
            found: list[Any] = cursor.fetchall()
            return found
        cursor.executemany(compiled.sql, params)
        return []
    finally:
        cursor.close()


def _run_postgresql(conn: Connection, steps: Sequence[Step], commit: bool) -> Any:
    batch = _Batch(conn, commit=commit)
    returning = None
    for step in steps:
        for n, row in enumerate(step.rows):
            at = batch.add(step.statement, row)
            if step.returning and n == 0:
                returning = at
    results = batch.send()
    if returning is None or not results[returning]:
        return None
    return results[returning][0]


# PostgreSQL. psycopg's pipeline writes each statement to the socket as it is queued
# and polls between them (two polls and a write a statement, each releasing the GIL):
# at a dozen statements a batch that cost more of the service's CPU than anything else
# in a write, and woke the server once a statement. A batch here goes to libpq's own
# pipeline (`pgconn`, psycopg's public libpq wrapper): BEGIN when the transaction has
# not begun, every statement (prepared once per connection), the COMMIT when asked, one
# sync; one write, one wait for the answers. Values go through psycopg's adaptation
# (`Transformer`), as its cursors do.
MAX_PREPARED = 400  # a connection's prepared statements; past it, statements go unnamed


@dataclass
class _Prepared:
    """The statements the driver prepared on one connection (psycopg prepares none of its
    own: `prepare_threshold=None`, so it never deallocates these)."""

    names: dict[tuple[bytes, tuple[int, ...]], bytes] = field(default_factory=dict)
    made: int = 0  # names are never reused on the connection


@dataclass(frozen=True, slots=True)
class _Command:
    sql: bytes
    values: Sequence[Any]
    types: tuple[int, ...]
    formats: tuple[pq.Format, ...]


class _Batch:
    """`begin`: whether the batch begins the transaction when none has begun. A read's
    batch needs none: PostgreSQL runs the statements up to a sync as one implicit
    transaction, and under READ COMMITTED each statement takes its own snapshot inside
    BEGIN ... COMMIT too; the read then has no transaction left to end."""

    def __init__(self, conn: Connection, *, commit: bool = False, begin: bool = True) -> None:
        raw = conn.connection.driver_connection
        assert isinstance(raw, psycopg.Connection)
        self.raw, self.pg, self.dialect = raw, raw.pgconn, conn.dialect
        self.commit, self.begin = commit, begin
        self.prepared: _Prepared = conn.connection.info.setdefault("driver.prepared", _Prepared())
        self.tx = Transformer(raw)
        self.commands: list[_Command] = []

    def add(self, statement: Statement, row: Mapping[str, Any]) -> int:
        """Queue a statement; its position among the batch's results. Values are
        adapted now, so that a value psycopg cannot adapt fails before anything is sent."""
        compiled = statement.compiled(self.dialect, tuple(row))
        assert compiled.positional, "the engine's paramstyle is format (core/db.py)"
        params = statement.params(compiled, row)
        assert isinstance(params, list)
        values = self.tx.dump_sequence(params, [PyFormat.AUTO] * len(params))
        types, formats = self.tx.types or (), self.tx.formats or ()
        self.commands.append(_Command(compiled.numbered, values, tuple(types), tuple(formats)))
        return len(self.commands) - 1

    def send(self) -> list[list[Any]]:
        """Send the batch and wait for its answers: the rows of each statement."""
        pg = self.pg
        begin = self.begin and not self.raw.autocommit and pg.transaction_status == pq.TransactionStatus.IDLE
        expected: list[Any] = []  # what each result answers: a statement's position, a prepare, or None
        pending: dict[tuple[bytes, tuple[int, ...]], bytes] = {}
        pg.enter_pipeline_mode()
        try:
            if begin:
                pg.send_query_params(_begin(self.raw), None)
                expected.append(None)
            for n, c in enumerate(self.commands):
                name = self._name(c, pending, expected)
                if name is None:
                    pg.send_query_params(c.sql, c.values, c.types, c.formats)
                else:
                    pg.send_query_prepared(name, c.values, c.formats)
                expected.append(n)
            if self.commit and not self.raw.autocommit:
                pg.send_query_params(b"COMMIT", None)
                expected.append(None)
            pg.pipeline_sync()
            _flush(pg)
            results = _results(pg)
        finally:
            _leave(pg)
        return self._read(expected, results)

    def _name(
        self, c: _Command, pending: dict[tuple[bytes, tuple[int, ...]], bytes], expected: list[Any]
    ) -> bytes | None:
        """The prepared statement to run `c` with, prepared in this batch if new."""
        key = (c.sql, c.types)
        name = self.prepared.names.get(key) or pending.get(key)
        if name is None and len(self.prepared.names) + len(pending) < MAX_PREPARED:
            name = pending[key] = b"_aftersales_%d" % (self.prepared.made + len(pending))
            self.pg.send_prepare(name, c.sql, c.types)
            expected.append((key, name))
        return name

    def _read(self, expected: list[Any], results: list[pq.abc.PGresult]) -> list[list[Any]]:
        rows: list[list[Any]] = [[] for _ in self.commands]
        error: Exception | None = None
        for what, res in zip(expected, results, strict=True):
            status = res.status
            if status == pq.ExecStatus.FATAL_ERROR:
                error = error or _error(self.raw, res)
            elif status == pq.ExecStatus.PIPELINE_ABORTED:
                continue  # after the error that aborted it
            elif isinstance(what, tuple):  # prepared: kept only once the server has it
                self.prepared.names[what[0]] = what[1]
                self.prepared.made += 1
            elif what is not None and status == pq.ExecStatus.TUPLES_OK:
                self.tx.set_pgresult(res)
                rows[what] = self.tx.load_rows(0, res.ntuples, tuple)
        if error is not None:
            if isinstance(error, errors.InvalidSqlStatementName):  # deallocated behind our back
                self.prepared.names.clear()
            raise error
        return rows


def _begin(raw: psycopg.Connection[Any]) -> bytes:
    """The BEGIN psycopg would send for this connection's settings."""
    parts = ["BEGIN"]
    if raw.isolation_level is not None:
        parts += ["ISOLATION LEVEL", raw.isolation_level.name.replace("_", " ")]
    if raw.read_only is not None:
        parts.append("READ ONLY" if raw.read_only else "READ WRITE")
    if raw.deferrable is not None:
        parts.append("DEFERRABLE" if raw.deferrable else "NOT DEFERRABLE")
    return " ".join(parts).encode()


def _wait(pg: pq.abc.PGconn, events: int) -> None:
    """Until the socket is ready, the GIL released."""
    poller = selectors.poll()
    poller.register(pg.socket, events)
    poller.poll()


def _flush(pg: pq.abc.PGconn) -> None:
    """Write the whole batch; while the socket is full, read what the server sends
    meanwhile, so that neither side waits for the other."""
    while pg.flush():
        _wait(pg, selectors.POLLIN | selectors.POLLOUT)
        pg.consume_input()


def _results(pg: pq.abc.PGconn) -> list[pq.abc.PGresult]:
    """Every result up to the batch's sync."""
    out: list[pq.abc.PGresult] = []
    while True:
        while pg.is_busy():
            _wait(pg, selectors.POLLIN)
            pg.consume_input()
        res = pg.get_result()
        if res is None:
            continue  # the end of one statement's results
        if res.status == pq.ExecStatus.PIPELINE_SYNC:
            return out
        out.append(res)


def _leave(pg: pq.abc.PGconn) -> None:
    """Out of pipeline mode. On a lost connection that fails too, and the connection is
    invalidated with the error that lost it."""
    if pg.pipeline_status != pq.PipelineStatus.OFF:
        try:
            pg.exit_pipeline_mode()
        except psycopg.Error:
            pass


def _error(raw: psycopg.Connection[Any], res: pq.abc.PGresult) -> Exception:
    """The exception psycopg raises for this result (IntegrityError, ... by SQLSTATE)."""
    state = res.error_field(pq.DiagnosticField.SQLSTATE)
    try:
        kind = errors.lookup(state.decode()) if state else psycopg.DatabaseError
    except KeyError:
        kind = psycopg.DatabaseError
    encoding = raw.info.encoding
    message = (res.error_message or b"").decode(encoding, "replace").strip()
    return kind(message, info=res, encoding=encoding)
