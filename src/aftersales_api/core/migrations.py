"""Running the Alembic migrations shipped inside the package (CLI, tests, readiness):
an installed wheel migrates exactly as a checkout does."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Connection

SCRIPTS = Path(__file__).resolve().parent.parent / "migrations"


def script_directory(url: str | None = None, connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(SCRIPTS))
    cfg.attributes["configure_logger"] = False
    if url is not None:
        cfg.attributes["url"] = url
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def upgrade(url: str, revision: str = "head") -> None:
    command.upgrade(script_directory(url), revision)


def downgrade(url: str, revision: str = "base") -> None:
    command.downgrade(script_directory(url), revision)
