"""/v1/eligibility and /v1/policy: what the rules say, without writing anything."""

from __future__ import annotations

from fastapi import APIRouter

from ..core.policy import official_years
from ..rules import GoodsRequest, Kept, evaluate_eligibility
from ..rules.orders import dates_entry
from ..schemas import DecisionOut, EligibilityRequest, PolicyOut
from ..services.decisions import refuse_failed
from .deps import STRICT_QUERY, Anyone, Customer, EnvDep, LangDep
from .errors import responses
from .responses import JSONResponse

router = APIRouter(prefix="/v1", tags=["policy"], dependencies=STRICT_QUERY)


@router.post(
    "/eligibility",
    response_model=DecisionOut,
    operation_id="check_eligibility",
    summary="May this order line be returned, exchanged or repaired, and at what fee?",
    responses=responses(),
)
async def eligibility(body: EligibilityRequest, env: EnvDep, who: Customer, lang: LangDep) -> JSONResponse:
    today = env.calendar.local_date(env.clock())
    request_date = body.request_date or today
    refuse_failed([dates_entry(body.invoice_date, request_date, today)], lang)
    kept = body.kept.model_dump() if body.kept else {}
    decision = evaluate_eligibility(
        GoodsRequest(
            kind=body.kind,
            reason=body.reason,
            invoice_date=body.invoice_date,
            request_date=request_date,
            goods_amount=body.goods_amount,
            package_state=body.package_state,
            outer_packaging_intact=body.outer_packaging_intact,
            kept=Kept(**kept),
            evidence=frozenset(body.evidence),
            responsibility=body.responsibility,
        ),
        env.policy,
        category=body.product_category,
        onsite=body.onsite,
    )
    return JSONResponse(decision.as_dict(lang))


@router.get(
    "/policy",
    response_model=PolicyOut,
    operation_id="get_policy",
    summary="The policy parameters in force",
    responses=responses(),
)
async def policy(env: EnvDep, who: Anyone) -> JSONResponse:
    cal, settings = env.calendar, env.settings
    return JSONResponse(
        {
            "version": env.policy.version,
            "parameters": env.policy.as_dict(),
            "calendar": {
                "timezone": settings.timezone,
                "official_years": sorted(official_years()),
                "extra_holidays": [d.isoformat() for d in settings.extra_holidays],
                "extra_workdays": [d.isoformat() for d in settings.extra_workdays],
                "beyond_official_data": "weekends and the configured dates only",
                "adjusted_working_days": len(cal.workdays),
            },
        }
    )
