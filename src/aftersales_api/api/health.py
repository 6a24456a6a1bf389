"""/healthz, /readyz, /metrics: no auth."""

from __future__ import annotations

import logging

from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from fastapi import APIRouter
from fastapi.responses import Response
from prometheus_client import CONTENT_TYPE_LATEST

from ..core.metrics import exposition
from ..core.migrations import script_directory
from ..schemas import Health
from ..services.reports import overdue_count
from .deps import STRICT_QUERY, EnvDep
from .responses import JSONResponse

router = APIRouter(tags=["health"], dependencies=STRICT_QUERY)
log = logging.getLogger(__name__)


@router.get("/healthz", response_model=Health, operation_id="healthz", summary="The process is up")
async def healthz() -> dict[str, str]:
    return {"status": "ok"}


@router.get(
    "/readyz",
    operation_id="readyz",
    summary="Database reachable and migrations at head",
    responses={503: {"description": "Not ready"}},
)
def readyz(env: EnvDep) -> JSONResponse:
    try:
        heads = set(ScriptDirectory.from_config(script_directory()).get_heads())
        with env.db.engine.connect() as conn:
            current = set(MigrationContext.configure(conn).get_current_heads())
    except Exception:  # noqa: BLE001 - any failure means "not ready"; its text stays in the log
        log.warning("readiness check failed", exc_info=True)
        return JSONResponse({"status": "unavailable", "detail": "database unreachable"}, status_code=503)
    if current != heads:
        return JSONResponse(
            {"status": "migrations_pending", "current": sorted(current), "head": sorted(heads)},
            status_code=503,
        )
    return JSONResponse({"status": "ok", "revision": sorted(current)})


@router.get("/metrics", operation_id="metrics", summary="Prometheus metrics", response_class=Response)
def metrics(env: EnvDep) -> Response:
    return Response(exposition(lambda: overdue_count(env)), media_type=CONTENT_TYPE_LATEST)
