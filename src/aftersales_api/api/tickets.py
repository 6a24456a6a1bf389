"""/v1/tickets: create, read, list, the workflow triggers and the other writes."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Annotated, Any

from fastapi import APIRouter, Path
from pydantic import BaseModel

from ..core.security import Principal
from ..rules.base import Lang
from ..rules.vocabulary import Kind, Level, Priority, State
from ..schemas import (
    ApprovalBody,
    AssignBody,
    CloseBody,
    ContactBody,
    EscalateBody,
    EventPage,
    ForwardBody,
    InspectionBody,
    InspectionResultOut,
    NoteBody,
    PaymentBody,
    QuoteBody,
    QuoteDecisionBody,
    QuoteResultOut,
    RejectBody,
    RemedyBody,
    ResolveBody,
    SurveyBody,
    TicketCreate,
    TicketOut,
    TicketPage,
    VerifyBody,
    VisitBody,
)
from ..services import actions, payouts, quotes, tickets, triggers
from ..services.env import Env
from ..services.repository import TicketFilter
from .deps import (
    STRICT_QUERY,
    Agent,
    Anyone,
    Cursor,
    Customer,
    EnvDep,
    Finance,
    IdemKey,
    IfMatch,
    LangDep,
    Limit,
    QueryFlag,
    QueryInstant,
    QueryText,
    Supervisor,
    TicketRef,
    Warehouse,
)
from .errors import responses
from .responses import JSONResponse

router = APIRouter(prefix="/v1/tickets", tags=["tickets"], dependencies=STRICT_QUERY)


def ticket_response(body: dict[str, Any], status: int = 200) -> JSONResponse:
    version = body["ticket"]["version"] if "ticket" in body else body["version"]
    return JSONResponse(body, status_code=status, headers={"ETag": f'"{version}"'})


@router.post(
    "",
    status_code=201,
    response_model=TicketOut,
    operation_id="create_ticket",
    summary="Open a ticket",
    responses=responses(409),
)
async def create_ticket(
    body: TicketCreate, env: EnvDep, who: Customer, lang: LangDep, idempotency_key: IdemKey = None
) -> JSONResponse:
    status, out = await env.db.run(tickets.create, env, who, body, idempotency_key, lang)
    return ticket_response(out, status)


@router.get(
    "", response_model=TicketPage, operation_id="list_tickets", summary="List tickets", responses=responses()
)
def list_tickets(
    env: EnvDep,
    who: Anyone,
    lang: LangDep,
    state: State | None = None,
    kind: Kind | None = None,
    level: Level | None = None,
    priority: Priority | None = None,
    customer_id: QueryText = None,
    owner: QueryText = None,
    due_before: QueryInstant = None,
    overdue: QueryFlag = False,
    created_from: QueryInstant = None,
    created_to: QueryInstant = None,
    limit: Limit = 50,
    cursor: Cursor = None,
) -> JSONResponse:
    f = TicketFilter(
        state=state,
        kind=kind,
        level=level,
        priority=priority,
        customer_id=customer_id,
        owner=owner,
        due_before=due_before,
        overdue_at=env.clock() if overdue else None,
        created_from=created_from,
        created_to=created_to,
    )
    return JSONResponse(tickets.list_(env, who, f, limit, cursor, lang))


@router.get(
    "/{ticket}",
    response_model=TicketOut,
    operation_id="get_ticket",
    summary="A ticket by id or number",
    responses=responses(404),
)
def get_ticket(ticket: TicketRef, env: EnvDep, who: Anyone, lang: LangDep) -> JSONResponse:
    return ticket_response(tickets.get(env, who, ticket, lang))


@router.get(
    "/{ticket}/events",
    response_model=EventPage,
    operation_id="list_ticket_events",
    summary="The ticket's audit trail, oldest first",
    responses=responses(404),
)
def list_events(
    ticket: TicketRef, env: EnvDep, who: Anyone, limit: Limit = 50, cursor: Cursor = None
) -> JSONResponse:
    return JSONResponse(tickets.events(env, who, ticket, limit, cursor))


Action = Callable[[Env, Principal, str, Any, str | None, str | None, Lang], tuple[int, dict[str, Any]]]


def _post(
    name: str,
    model: type[BaseModel],
    who: Any,
    summary: str,
    action: Action,
    *,
    operation: str,
    required: bool = True,
    idempotent: bool = False,
    status: int = 200,
    response_model: type[BaseModel] = TicketOut,
) -> None:
    """POST /v1/tickets/{ticket}/{name}: the writes on one ticket differ only in their body
    model, roles and service function, so FastAPI reads a signature built here."""

    async def endpoint(
        ticket: TicketRef,
        env: EnvDep,
        who: Principal,
        lang: LangDep,
        body: Any = None,
        if_match: IfMatch = None,
        idempotency_key: IdemKey = None,
    ) -> JSONResponse:
        code, out = await env.db.run(action, env, who, ticket, body, idempotency_key, if_match, lang)
        return ticket_response(out, code)

    params = []
    for p in inspect.signature(endpoint).parameters.values():
        if p.name == "who":
            p = p.replace(annotation=who)
        elif p.name == "body":
            p = (
                p.replace(annotation=model, default=inspect.Parameter.empty)
                if required
                else p.replace(annotation=model, default=model())
            )
        elif p.name == "idempotency_key" and not idempotent:
            continue
        params.append(p)
    params.sort(key=lambda p: p.default is not inspect.Parameter.empty)  # required ones first
    endpoint.__signature__ = inspect.signature(endpoint).replace(parameters=params)  # type: ignore[attr-defined]
    router.add_api_route(
        f"/{{ticket}}/{name}",
        endpoint,
        methods=["POST"],
        status_code=status,
        response_model=response_model,
        operation_id=operation,
        summary=summary,
        description=DESCRIPTIONS.get(name, ""),
        responses=responses(404, 409, 412),
        name=operation,
    )


DESCRIPTIONS = {
    "verify": "Re-runs the eligibility rules at the ticket's request date; 422 with the trace when "
    "the ticket is not eligible, evidence is missing or a required approval is not recorded.",
    "reject": "`code` names the rule (or `other`); rejecting an eligible ticket needs a supervisor.",
    "resolve": "The resolution must be one the ticket's kind allows (`RESOLUTION_TYPES`); a refund's "
    "amount is computed, a paid repair's is the accepted quote's, compensation needs its approvals. "
    "A payout becomes a refund request for `supervisor_signoff`, `manager_signoff` and payment.",
    "confirm": "The customer accepts the resolution.",
    "appeal": "Back to verified one level higher; an unpaid refund request is withdrawn.",
    "close": "Only after confirmation and after any payout is paid (`CLOSED_LOOP`, `REFUND_DUE`).",
    "cancel": "Not after the returned goods passed inspection.",
    "inspections": "The warehouse's inspection of returned goods; a second one is a supervisor's correction.",
    "approvals": "The caller's role must match the type; `general_manager` after `finance_review`, "
    "`manager_signoff` after `supervisor_signoff`.",
    "quotes": "A paid repair's quote; `total` must be the sum of parts, labour and travel.",
    "payments": "Finance pays the refund request both sign-offs approved; meets `due.refund`.",
}


def _trigger(name: str) -> Action:
    def run(
        env: Env,
        who: Principal,
        ref: str,
        body: BaseModel | None,
        key: str | None,
        if_match: str | None,
        lang: Lang,
    ) -> tuple[int, dict[str, Any]]:
        data = body.model_dump(mode="json") if body is not None else {}
        return 200, triggers.run(env, who, ref, name, data, if_match, lang)

    return run


TRIGGER_ROUTES: tuple[tuple[str, type[BaseModel], Any, str], ...] = (
    ("verify", VerifyBody, Agent, "Verify (file) the ticket: received → verified"),
    ("reject", RejectBody, Agent, "Reject: received/verified → rejected"),
    ("resolve", ResolveBody, Agent, "Resolve: verified → resolved"),
    ("confirm", NoteBody, Customer, "The customer accepts: resolved → confirmed"),
    ("appeal", NoteBody, Customer, "The customer appeals: resolved/rejected → verified"),
    ("close", CloseBody, Agent, "Close after confirmation: confirmed → closed"),
    ("cancel", NoteBody, Customer, "Cancel: received/verified → cancelled"),
)
for trigger, model, roles, summary in TRIGGER_ROUTES:
    _post(
        trigger,
        model,
        roles,
        summary,
        _trigger(trigger),
        operation=f"{trigger}_ticket",
        required=trigger == "resolve",
    )

WRITE_ROUTES: tuple[tuple[str, type[BaseModel], Any, str, Action, str], ...] = (
    ("inspections", InspectionBody, Warehouse, "Record the warehouse inspection", actions.inspect, "inspect"),
    ("approvals", ApprovalBody, Anyone, "Record an approval", actions.approve, "approve"),
    ("contacts", ContactBody, Agent, "Record a contact with the customer", actions.contact, "contact"),
    ("escalate", EscalateBody, Customer, "Raise the ticket one level", actions.escalate, "escalate"),
    ("survey", SurveyBody, Customer, "The customer's satisfaction score", actions.survey, "survey"),
    ("assign", AssignBody, Supervisor, "Hand the ticket to another owner", actions.assign, "assign"),
    ("forward", ForwardBody, Agent, "Forward to the responsible department", actions.forward, "forward"),
    ("remedy", RemedyBody, Agent, "The department's remedy plan", actions.remedy, "remedy"),
    ("quotes", QuoteBody, Agent, "Quote a paid repair (REPAIR_QUOTE)", quotes.create, "quote"),
    ("payments", PaymentBody, Finance, "Pay the signed refund request", payouts.pay, "pay"),
    ("visits", VisitBody, Agent, "The technician's arrival (APPOINTMENT)", actions.visit, "visit"),
)
CREATES = {"inspections", "approvals", "contacts", "quotes", "payments", "visits"}
RESULTS: dict[str, type[BaseModel]] = {"inspections": InspectionResultOut, "quotes": QuoteResultOut}
for name, model, roles, summary, action, operation in WRITE_ROUTES:
    _post(
        name,
        model,
        roles,
        summary,
        action,
        operation=f"{operation}_ticket",
        idempotent=True,
        status=201 if name in CREATES else 200,
        response_model=RESULTS.get(name, TicketOut),
    )


@router.post(
    "/{ticket}/quotes/{n}/decision",
    response_model=QuoteResultOut,
    operation_id="decide_quote",
    summary="The customer accepts or refuses a quote (REPAIR_QUOTE)",
    responses=responses(404, 409, 412),
)
async def decide_quote(
    ticket: TicketRef,
    n: Annotated[int, Path(ge=1, le=10_000)],
    body: QuoteDecisionBody,
    env: EnvDep,
    who: Customer,
    lang: LangDep,
    if_match: IfMatch = None,
    idempotency_key: IdemKey = None,
) -> JSONResponse:
    code, out = await env.db.run(quotes.decide, env, who, ticket, n, body, idempotency_key, if_match, lang)
    return ticket_response(out, code)
