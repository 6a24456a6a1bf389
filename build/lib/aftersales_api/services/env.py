"""What every use case needs: storage, the policy, the calendar and the clock."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from ..core.config import Settings
from ..core.db import Database
from ..core.policy import build_calendar, load_policy
from ..rules.calendar import BusinessCalendar
from ..rules.params import Policy


def utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass
class Env:
    db: Database
    policy: Policy
    calendar: BusinessCalendar
    settings: Settings
    clock: Callable[[], datetime] = field(default=utcnow)

    @classmethod
    def from_settings(cls, settings: Settings, db: Database | None = None) -> Env:
        return cls(
            db=db or Database(settings.database_url, settings.db_pool_size),
            policy=load_policy(settings.policy_file),
            calendar=build_calendar(settings),
            settings=settings,
        )
