"""Statements that SQLAlchemy compiles once and the DB-API driver runs directly.

Opening a ticket writes a dozen statements and reading one runs seven. Through
SQLAlchemy's execution machinery each costs dozens of microseconds of Python and, on
PostgreSQL, a round trip of its own; run here, a statement costs its parameter tuple,
and psycopg's pipeline sends the whole batch in one round trip. The SQL text and the
type conversions (JSON, money, UTC timestamps) are still SQLAlchemy's, from the
compiled statement and the column types' public `dialect_impl(...).bind_processor(...)`
and `result_processor(...)`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from contextlib import nullcontext
from dataclasses import dataclass
from types import SimpleNamespace
from typing import Any, Generic, TypeVar

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
            found = self._compiled[(dialect.name, keys)] = _Compiled(
                str(c), binds, c.positional, tuple(names)
            )
        return found

    def params(self, c: _Compiled, row: Mapping[str, Any]) -> Sequence[Any] | dict[str, Any]:
        get = row.get
        values = [get(n, d) if p is None else p(get(n, d)) for n, p, d in c.binds]
        return values if c.positional else dict(zip(c.names, values, strict=True))


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
    raw = conn.connection.driver_connection
    assert raw is not None
    cursors = [raw.cursor() for _ in queries]
    pipelined = dialect.name == "postgresql" and len(queries) > 1
    try:
        with raw.pipeline() if pipelined else nullcontext():
            results = []
            for cursor, (query, params) in zip(cursors, queries, strict=True):
                compiled = query.compiled(dialect, ())
                cursor.execute(compiled.sql, query.params(compiled, params))
                if not pipelined:
                    results.append(cursor.fetchall())
        if pipelined:
            results = [cursor.fetchall() for cursor in cursors]
    except dialect.loaded_dbapi.Error as exc:
        _failed(conn, exc, raw)
        raise
    finally:
        for cursor in cursors:
            cursor.close()
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
        return _run(conn, dialect, steps, commit and dialect.name == "postgresql")
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


def _run(conn: Connection, dialect: Dialect, steps: Sequence[Step], commit: bool) -> Any:
    raw = conn.connection.driver_connection
    assert raw is not None
    cursor, returned = raw.cursor(), raw.cursor()
    result = None
    pipelined = dialect.name == "postgresql" and (commit or sum(len(s.rows) for s in steps) > 1)
    with raw.pipeline() if pipelined else nullcontext():
        for step in steps:
            if not step.rows:
                continue
            compiled = step.statement.compiled(dialect, tuple(step.rows[0]))
            params = [step.statement.params(compiled, row) for row in step.rows]
            sql = compiled.sql
            if step.returning:
                returned.execute(sql, params[0])
                if not pipelined:
                    result = returned.fetchone()
            elif len(params) == 1:
                cursor.execute(sql, params[0])
            elif params:
                cursor.executemany(sql, params)
        if commit:
            raw.commit()
    if pipelined and any(s.returning and s.rows for s in steps):
        result = returned.fetchone()
    cursor.close()
    returned.close()
    return result
