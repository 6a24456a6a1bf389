"""Settings from the environment (prefix AFTERSALES_) or a .env file."""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

DateList = Annotated[list[date], NoDecode]


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="AFTERSALES_", env_file=".env", extra="ignore")

    database_url: str = "sqlite:///./aftersales.db"
    timezone: str = "Asia/Shanghai"
    host: str = "127.0.0.1"
    port: int = 8000
    workers: int = 1
    log_level: str = "info"
    # JSON lines for machines, or readable text for development.
    log_format: Literal["json", "text"] = "json"
    policy_file: Path | None = None
    # Dates added to (or taken out of) the official calendar, e.g. "2027-01-01,2027-02-08".
    extra_holidays: DateList = []
    extra_workdays: DateList = []
    # Seconds between in-process deadline sweeps; 0 turns the periodic job off.
    sweep_interval: float = 60.0
    db_pool_size: int = 10
    # Threads serving the blocking endpoints (reads). With the GIL, a few threads answer
    # more requests a second than anyio's default of 40, which spend their time taking
    # the lock from each other after every statement.
    request_threads: int = Field(default=2, ge=1, le=200)
    # How long a verified API key is trusted without a lookup (revocation delay).
    auth_cache_seconds: float = 5.0
    # Requests: the largest body read (413 beyond), and how long a client may take to send it.
    max_body_bytes: int = 1024 * 1024
    body_timeout: float = 30.0
    # Seconds an idle keep-alive connection stays open.
    keep_alive_timeout: float = 5.0
    # Webhooks: seconds between polls of the in-process delivery worker (0 = off, when
    # `aftersales-api deliver` runs instead), and the timeout of one delivery attempt.
    delivery_interval: float = 1.0
    webhook_timeout: float = 10.0
    # How long an Idempotency-Key is remembered (a retry after that is a new request).
    idempotency_retention_hours: float = 24.0

    @field_validator("extra_holidays", "extra_workdays", mode="before")
    @classmethod
    def _split(cls, value: Any) -> Any:
        if isinstance(value, str):
            return [part.strip() for part in value.split(",") if part.strip()]
        return value


@lru_cache
def get_settings() -> Settings:
    return Settings()
