"""Logging: JSON lines (or readable text for development) through structlog, for our
own log calls and for every library that logs through the standard library.

Every line has a UTC timestamp, the level and the logger; lines written while a request
is served also carry its request id. Request bodies, SQL parameters and headers other
than the request id are never logged."""

from __future__ import annotations

import logging
import sys
from collections.abc import MutableMapping
from typing import Any, Literal

import orjson
import structlog

Format = Literal["json", "text"]
_handler: logging.Handler | None = None  # ours, replaced on reconfiguration; others stay
ACCESS = "aftersales_api.access"
# Libraries that say too much at INFO: Alembic's two lines per readiness check.
QUIET = {"alembic.runtime.migration": logging.WARNING, "transitions": logging.WARNING}


def configure(level: str = "info", fmt: Format = "json") -> None:
    shared: list[Any] = [
        structlog.contextvars.merge_contextvars,
        structlog.stdlib.add_log_level,
        structlog.stdlib.add_logger_name,
        structlog.processors.TimeStamper(fmt="iso", utc=True),
    ]
    renderer: Any = (
        structlog.processors.JSONRenderer()
        if fmt == "json"
        else structlog.dev.ConsoleRenderer(colors=sys.stderr.isatty())
    )
    structlog.configure(
        processors=[*shared, structlog.stdlib.ProcessorFormatter.wrap_for_formatter],
        logger_factory=structlog.stdlib.LoggerFactory(),
        wrapper_class=structlog.stdlib.BoundLogger,
        cache_logger_on_first_use=True,
    )
    global _handler, access
    access = _access_logger(fmt, level)
    handler = logging.StreamHandler()
    handler.setFormatter(
        structlog.stdlib.ProcessorFormatter(
            foreign_pre_chain=shared,
            processors=[
                structlog.stdlib.ProcessorFormatter.remove_processors_meta,
                structlog.processors.format_exc_info,
                renderer,
            ],
        )
    )
    root = logging.getLogger()
    if _handler is not None:
        root.removeHandler(_handler)
    root.addHandler(handler)
    _handler = handler
    root.setLevel(level.upper())
    for name, quiet in QUIET.items():
        logging.getLogger(name).setLevel(quiet)
    # uvicorn's own handlers would print its lines a second time, unformatted; its
    # access lines are not written at all (the service writes its own, with the request
    # id and the caller).
    for name in ("uvicorn", "uvicorn.error", "uvicorn.access"):
        logging.getLogger(name).handlers[:] = []
        logging.getLogger(name).propagate = name != "uvicorn.access"


def uvicorn_log_config() -> dict[str, Any]:
    """uvicorn keeps the root logger's handler (our format) instead of installing its own."""
    return {"version": 1, "disable_existing_loggers": False}


def _access_logger(fmt: Format, level: str) -> Any:
    """The access log, a line per request in the same format, rendered by structlog
    straight to stderr in one write (orjson for JSON): without the standard library's
    record, formatter and handler lock, which cost several times as much."""

    def named(_: Any, __: str, event: MutableMapping[str, Any]) -> MutableMapping[str, Any]:
        event["logger"] = ACCESS
        return event

    json = fmt == "json"
    renderer: Any = (
        structlog.processors.JSONRenderer(serializer=orjson.dumps)
        if json
        else structlog.dev.ConsoleRenderer(colors=sys.stderr.isatty())
    )
    return structlog.wrap_logger(
        structlog.BytesLogger(sys.stderr.buffer) if json else structlog.PrintLogger(sys.stderr),
        processors=[
            structlog.contextvars.merge_contextvars,
            structlog.processors.add_log_level,
            named,
            structlog.processors.TimeStamper(fmt="iso", utc=True),
            renderer,
        ],
        wrapper_class=structlog.make_filtering_bound_logger(logging.getLevelNamesMapping()[level.upper()]),
        cache_logger_on_first_use=True,
    )


access: Any = _access_logger("json", "info")
