"""The limits of api.md "Conventions", defined once for every body, query and path:
no NUL in any string, dates and timestamps in the years 1900–2999 (timestamps with an
offset, written as ISO 8601, never a Unix number), amounts as strings of at most
9,999,999,999.99, booleans and integers as JSON booleans and integers. Each type also
says so in the OpenAPI document, so clients (and fuzzers) know before they send."""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Annotated, Any, Final

from pydantic import AfterValidator, BeforeValidator, Field, Strict, WithJsonSchema

NO_NUL: Final = r"^[^\x00]*$"
FIRST_DAY: Final = date(1900, 1, 1)
LAST_DAY: Final = date(2999, 12, 31)
MAX_AMOUNT: Final = Decimal("9999999999.99")
AMOUNT_PATTERN: Final = r"^[0-9]{1,10}(\.[0-9]{1,2})?$"
_AMOUNT = re.compile(AMOUNT_PATTERN)
# Years 1900-2999, as the document states them to clients.
DAY_PATTERN: Final = r"^(19|2[0-9])[0-9]{2}-[0-9]{2}-[0-9]{2}$"
INSTANT_PATTERN: Final = r"^(19|2[0-9])[0-9]{2}-[0-9]{2}-[0-9]{2}[Tt ][0-9]{2}:[0-9]{2}"
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
    """The year as written counts (what the pattern in the document says); both
    databases store a few hours either side of it."""
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError("a timestamp needs an offset, e.g. 2026-11-23T10:00:00+08:00")
    if not FIRST_DAY.year <= value.year <= LAST_DAY.year:
        raise ValueError("timestamps lie in the years 1900 to 2999")
    return value


def _whole(value: Any) -> Any:
    """A JSON integer: 5 (or 5.0, which JSON Schema counts as an integer), not "5" or true."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError("an integer is a JSON number without a fraction")
    if isinstance(value, float) and not value.is_integer():
        raise ValueError("an integer is a JSON number without a fraction")
    return int(value)


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
    WithJsonSchema({"type": "string", "format": "date", "pattern": DAY_PATTERN, "examples": ["2026-11-23"]}),
]
Instant = Annotated[
    datetime,
    BeforeValidator(_instant),
    AfterValidator(_aware_in_years),
    WithJsonSchema(
        {
            "type": "string",
            "format": "date-time",
            "pattern": INSTANT_PATTERN,
            "examples": ["2026-11-23T10:00:00+08:00"],
        }
    ),
]
Flag = Annotated[bool, Strict()]
# Integers carry their bounds before this (Annotated[int, Field(ge=1), WHOLE]), so the
# document states them.
WHOLE = BeforeValidator(_whole)
Str = Annotated[str, Field(pattern=NO_NUL)]
