"""/v1/customers and /v1/cases: customer profiles and the case library."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path

from ..fields import NO_NUL
from ..schemas import CasePage, CustomerBody, CustomerOut
from ..services import cases, customers
from .deps import STRICT_QUERY, Agent, Cursor, EnvDep, Limit, QueryInstant, QueryText, Supervisor
from .errors import responses
from .responses import JSONResponse

router = APIRouter(prefix="/v1", tags=["customers"], dependencies=STRICT_QUERY)
CustomerId = Annotated[str, Path(min_length=1, max_length=64, pattern=NO_NUL)]


@router.get(
    "/customers/{customer}",
    response_model=CustomerOut,
    operation_id="get_customer",
    summary="A customer's profile and the figures FREQUENT_CLAIMANT reads",
    responses=responses(404),
)
def get_customer(customer: CustomerId, env: EnvDep, who: Agent) -> JSONResponse:
    return JSONResponse(customers.get(env, customer))


@router.put(
    "/customers/{customer}",
    response_model=CustomerOut,
    operation_id="put_customer",
    summary="Set a customer's tier and block (audited)",
    responses=responses(),
)
async def put_customer(
    customer: CustomerId, body: CustomerBody, env: EnvDep, who: Supervisor
) -> JSONResponse:
    status, out = await env.db.run(customers.put, env, who, customer, body)
    return JSONResponse(out, status_code=status)


@router.get(
    "/cases",
    response_model=CasePage,
    operation_id="list_cases",
    summary="The case library: closed tickets' root causes",
    responses=responses(),
)
def list_cases(
    env: EnvDep,
    who: Agent,
    sku: QueryText = None,
    category: QueryText = None,
    department: QueryText = None,
    closed_from: QueryInstant = None,
    closed_to: QueryInstant = None,
    limit: Limit = 50,
    cursor: Cursor = None,
) -> JSONResponse:
    f = cases.CaseFilter(sku, category, department, closed_from, closed_to)
    return JSONResponse(cases.list_(env, f, limit, cursor))
