"""/v1/reports: the monthly figures."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from ..schemas import MonthlyReport
from ..services import reports
from .deps import STRICT_QUERY, EnvDep, Supervisor
from .errors import responses

router = APIRouter(prefix="/v1/reports", tags=["reports"], dependencies=STRICT_QUERY)


@router.get(
    "/monthly",
    response_model=MonthlyReport,
    operation_id="monthly_report",
    summary="The monthly report (policy.md Reporting)",
    responses=responses(),
)
def monthly(
    env: EnvDep,
    who: Supervisor,
    month: Annotated[str, Query(pattern=r"^(19|2[0-9])[0-9]{2}-(0[1-9]|1[0-2])$", examples=["2026-11"])],
) -> dict[str, Any]:
    return reports.monthly(env, month)
