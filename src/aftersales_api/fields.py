"""The limits of api.md "Conventions", defined once for every body, query and path:
no NUL in any string, dates and timestamps in the years 1900–2999 (timestamps with an
offset, written as ISO 8601, never a Unix number), amounts as strings of at most
9,999,999,999.99, booleans and integers as JSON booleans and integers. Each type also
says so in the OpenAPI document, so clients (and fuzzers) know before they send."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from typing import Annotated, Any, Final

from pydantic import AfterValidator, BeforeValidator, Field, Strict, WithJsonSchema

NO_NUL: Final = r"^[^\x00]*$"
FIRST_DAY: Final = date(1900, 1, 1)
LAST_DAY: Final = date(2999, 12, 31)
MAX_AMOUNT: Final = Decimal("9999999999.99")
AMOUNT_PATTERN: Final = r"^[0-9]{1,10}(\.[0-9]{1,2})?$"
_AMOUNT = re.compile(AMOUNT_PATTERN)
_DAY = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
_INSTANT = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt ][0-9]{2}:[0-9]{2}")


def text(max_length: int, min_length: int = 0) -> Any:
    """A string field of bounded length without NUL characters."""
    return Field(min_length=min_length, max_length=max_length, pattern=NO_NUL)


def _amount(value: Any) -> Any:
    if isinstance(value, Decimal):
        return value
    if not isinstance(value, str) or not _AMOUNT.match(value):
        raise ValueError('an amount is a string like "199.00", at most 9999999999.99')
    try:
        return Decimal(value)
    except InvalidOperation as exc:  # pragma: no cover - the pattern rules it out
        raise ValueError("not an amount") from exc


def _day(value: Any) -> Any:
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    if not isinstance(value, str) or not _DAY.match(value):
        raise ValueError("a date is written YYYY-MM-DD")
    return value


def _in_years(value: date) -> date:
    if not FIRST_DAY <= value <= LAST_DAY:
        raise ValueError("dates lie in the years 1900 to 2999")
    return value


def _instant(value: Any) -> Any:
    if isinstance(value, datetime):
        return value
    if not isinstance(value, str) or not _INSTANT.match(value):
        raise ValueError("a timestamp is ISO 8601 with an offset, e.g. 2026-11-23T10:00:00+08:00")
    return value


def _aware_in_years(value: datetime) -> datetime:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError("a timestamp needs an offset, e.g. 2026-11-23T10:00:00+08:00")
    # The local year first: converting year 9999 to UTC could overflow.
    if not FIRST_DAY.year <= value.year <= LAST_DAY.year:
        raise ValueError("timestamps lie in the years 1900 to 2999")
    if not FIRST_DAY.year <= value.astimezone(UTC).year <= LAST_DAY.year:
        raise ValueError("timestamps lie in the years 1900 to 2999")
    return value


Amount = Annotated[
    Decimal,
    BeforeValidator(_amount),
    Field(ge=0, le=MAX_AMOUNT),
    WithJsonSchema({"type": "string", "pattern": AMOUNT_PATTERN, "examples": ["199.00"]}),
]
Day = Annotated[
    date,
    BeforeValidator(_day),
    AfterValidator(_in_years),
    WithJsonSchema({"type": "string", "format": "date", "examples": ["2026-11-23"]}),
]
Instant = Annotated[
    datetime,
    BeforeValidator(_instant),
    AfterValidator(_aware_in_years),
    WithJsonSchema({"type": "string", "format": "date-time", "examples": ["2026-11-23T10:00:00+08:00"]}),
]
Flag = Annotated[bool, Strict()]
Count = Annotated[int, Strict()]
Str = Annotated[str, Field(pattern=NO_NUL)]
