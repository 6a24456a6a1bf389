"""Building the policy object and the business calendar from configuration."""

from __future__ import annotations

import hashlib
import json
import logging
import tomllib
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import chinese_calendar
from chinese_calendar import constants as official
from pydantic import TypeAdapter

from ..rules.calendar import BusinessCalendar
from ..rules.params import Policy
from .config import Settings

log = logging.getLogger(__name__)


def load_policy(path: Path | None) -> Policy:
    """Defaults from policy.md, overridden by a TOML or JSON file. A file without a
    `version` gets one derived from its content, so tickets always say which rules
    decided them."""
    if path is None:
        return Policy()
    raw = path.read_bytes()
    data: dict[str, Any] = tomllib.loads(raw.decode()) if path.suffix == ".toml" else json.loads(raw)
    data.setdefault("version", "custom-" + hashlib.sha256(raw).hexdigest()[:12])
    if not isinstance(data["version"], str) or not 0 < len(data["version"]) <= 40:
        raise ValueError(f"{path}: version must be a string of 1 to 40 characters")
    return TypeAdapter(Policy).validate_python(data)


def official_years() -> frozenset[int]:
    return frozenset(day.year for day in official.holidays)


def build_calendar(settings: Settings) -> BusinessCalendar:
    """Mainland-China holidays and adjusted working days from `chinese-calendar`,
    plus the configured extra dates (which win)."""
    extra_off, extra_on = set(settings.extra_holidays), set(settings.extra_workdays)
    holidays = (set(official.holidays) | extra_off) - extra_on
    workdays = (set(official.workdays) | extra_on) - extra_off
    return BusinessCalendar(
        tz=ZoneInfo(settings.timezone),
        holidays=frozenset(holidays),
        workdays=frozenset(workdays),
        covered_years=official_years(),
    )


_warned: set[int] = set()


def warn_uncovered(cal: BusinessCalendar, *moments: datetime | None) -> None:
    """One warning per year computed without official holiday data."""
    for year in sorted(cal.uncovered(moments) - _warned):
        _warned.add(year)
        log.warning(
            "no official holiday data for %s (chinese-calendar %s): counting weekends "
            "and configured dates only",
            year,
            chinese_calendar.__version__,
        )
