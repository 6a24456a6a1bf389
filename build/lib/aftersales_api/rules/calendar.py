"""Working-day arithmetic over a pluggable calendar (data in, no lookups)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

ONE_DAY = timedelta(days=1)


@dataclass(frozen=True, slots=True)
class BusinessCalendar:
    """Weekends and `holidays` are days off; `workdays` (调休) are working days even
    on a weekend. `covered_years` are the years the official data describes: outside
    them only weekends and the configured dates apply."""

    tz: ZoneInfo
    holidays: frozenset[date] = frozenset()
    workdays: frozenset[date] = frozenset()
    covered_years: frozenset[int] = frozenset()

    def is_working_day(self, day: date) -> bool:
        if day in self.workdays:
            return True
        if day in self.holidays:
            return False
        return day.weekday() < 5

    def next_working_day(self, day: date) -> date:
        day += ONE_DAY
        while not self.is_working_day(day):
            day += ONE_DAY
        return day

    def local_date(self, moment: datetime) -> date:
        return moment.astimezone(self.tz).date()

    def add_working_days(self, start: datetime, days: int) -> datetime:
        """The same local time `days` working days later. A start on a day off
        counts from the beginning of the next working day."""
        local = start.astimezone(self.tz)
        day, clock = local.date(), local.timetz().replace(tzinfo=None)
        if not self.is_working_day(day):
            day, clock = self.next_working_day(day), time(0)
        for _ in range(days):
            day = self.next_working_day(day)
        return self.at(day, clock)

    def end_of_day(self, moment: datetime) -> datetime:
        """Midnight after `moment`'s local day: the deadline "the same day"."""
        return self.at(self.local_date(moment) + ONE_DAY, time(0))

    def end_of(self, day: date) -> datetime:
        return self.at(day + ONE_DAY, time(0))

    def at(self, day: date, clock: time) -> datetime:
        return datetime.combine(day, clock, tzinfo=self.tz).astimezone(UTC)

    def uncovered(self, moments: Iterable[datetime | None]) -> set[int]:
        """Years touched by `moments` that no official data describes."""
        years = {self.local_date(m).year for m in moments if m is not None}
        return years - self.covered_years
