"""/v1/tickets: create, read, list, the workflow triggers and the other writes."""

from __future__ import annotations

import inspect
from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Query
from pydantic import BaseModel

from ..core.errors import Invalid
from ..core.security import Principal
from ..rules.vocabulary import Kind, Level, Priority, State
from ..schemas import (
    ApprovalBody,
    AssignBody,
    ContactBody,
    EscalateBody,
    EventPage,
    ForwardBody,
    InspectionBody,
    InspectionResultOut,
    NoteBody,
    RejectBody,
    RemedyBody,
    ResolveBody,
    SurveyBody,
    TicketCreate,
    TicketOut,
    TicketPage,
    VerifyBody,
)
from ..services import actions, tickets, triggers
from ..services.repository import TicketFilter
from .deps import Agent, Anyone, Customer, EnvDep, IdemKey, IfMatch, LangDep, Supervisor, Warehouse
from .errors import responses
from .responses import JSONResponse

router = APIRouter(prefix="/v1/tickets", tags=["tickets"])
Limit = Annotated[int, Query(ge=1, le=200)]


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
    customer_id: str | None = None,
    owner: str | None = None,
    due_before: datetime | None = None,
    overdue: bool = False,
    created_from: datetime | None = None,
    created_to: datetime | None = None,
    limit: Limit = 50,
    cursor: str | None = None,
) -> JSONResponse:
    for value in (due_before, created_from, created_to):
        if value is not None and value.tzinfo is None:
            raise Invalid("Timestamps need an offset, e.g. 2026-11-23T10:00:00+08:00.")
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
    return JSONResponse(tickets.list_(env, f, limit, cursor, lang))


@router.get(
    "/{ticket}",
    response_model=TicketOut,
    operation_id="get_ticket",
    summary="A ticket by id or number",
    responses=responses(404),
)
def get_ticket(ticket: str, env: EnvDep, who: Anyone, lang: LangDep) -> JSONResponse:
    return ticket_response(tickets.get(env, ticket, lang))


@router.get(
    "/{ticket}/events",
    response_model=EventPage,
    operation_id="list_ticket_events",
    summary="The ticket's audit trail, oldest first",
    responses=responses(404),
)
def list_events(
    ticket: str, env: EnvDep, who: Anyone, limit: Limit = 50, cursor: str | None = None
) -> JSONResponse:
    return JSONResponse(tickets.events(env, ticket, limit, cursor))


def _trigger_route(name: str, model: type[BaseModel], who: Any, summary: str, required: bool = False) -> None:
    """One POST /v1/tickets/{ticket}/{trigger} per workflow trigger; the body model and the
    roles differ, so the signature FastAPI reads is set here."""

    async def endpoint(
        ticket: str, env: EnvDep, who: Principal, lang: LangDep, if_match: IfMatch = None, body: Any = None
    ) -> JSONResponse:
        data = body.model_dump(mode="json") if body is not None else {}
        return ticket_response(await env.db.run(triggers.run, env, who, ticket, name, data, if_match, lang))

    sig = inspect.signature(endpoint)
    params = [p.replace(annotation=who) if p.name == "who" else p for p in sig.parameters.values()]
    if required:
        params = [p for p in params if p.name != "body"]
        params.insert(1, inspect.Parameter("body", inspect.Parameter.POSITIONAL_OR_KEYWORD, annotation=model))
    else:
        params[-1] = params[-1].replace(annotation=model | None)
    endpoint.__signature__ = sig.replace(parameters=params)  # type: ignore[attr-defined]
    router.add_api_route(
        f"/{{ticket}}/{name}",
        endpoint,
        methods=["POST"],
        response_model=TicketOut,
        operation_id=f"{name}_ticket",
        summary=summary,
        responses=responses(404, 409, 412),
        name=name,
    )


_trigger_route("verify", VerifyBody, Agent, "Verify (file) the ticket: received → verified")
_trigger_route("reject", RejectBody, Agent, "Reject: received/verified → rejected")
_trigger_route("resolve", ResolveBody, Agent, "Resolve: verified → resolved", required=True)
_trigger_route("confirm", NoteBody, Customer, "The customer accepts: resolved → confirmed")
_trigger_route("appeal", NoteBody, Customer, "The customer appeals: resolved/rejected → verified")
_trigger_route("close", NoteBody, Agent, "Close after confirmation: confirmed → closed")
_trigger_route("cancel", NoteBody, Customer, "Cancel: received/verified → cancelled")


@router.post(
    "/{ticket}/inspections",
    status_code=201,
    response_model=InspectionResultOut,
    operation_id="inspect_ticket",
    summary="Record the warehouse inspection",
    responses=responses(404, 409, 412),
)
async def inspect_ticket(
    ticket: str,
    body: InspectionBody,
    env: EnvDep,
    who: Warehouse,
    lang: LangDep,
    if_match: IfMatch = None,
    idempotency_key: IdemKey = None,
) -> JSONResponse:
    status, out = await env.db.run(actions.inspect, env, who, ticket, body, idempotency_key, if_match, lang)
    return ticket_response(out, status)


@router.post(
    "/{ticket}/approvals",
    status_code=201,
    response_model=TicketOut,
    operation_id="approve_ticket",
    summary="Record an approval",
    responses=responses(404, 409, 412),
)
async def approve(
    ticket: str,
    body: ApprovalBody,
    env: EnvDep,
    who: Anyone,
    lang: LangDep,
    if_match: IfMatch = None,
    idempotency_key: IdemKey = None,
) -> JSONResponse:
    status, out = await env.db.run(actions.approve, env, who, ticket, body, idempotency_key, if_match, lang)
    return ticket_response(out, status)


@router.post(
    "/{ticket}/contacts",
    status_code=201,
    response_model=TicketOut,
    operation_id="contact_ticket",
    summary="Record a contact with the customer",
    responses=responses(404, 409, 412),
)
async def contact(
    ticket: str,
    body: ContactBody,
    env: EnvDep,
    who: Agent,
    lang: LangDep,
    if_match: IfMatch = None,
    idempotency_key: IdemKey = None,
) -> JSONResponse:
    status, out = await env.db.run(actions.contact, env, who, ticket, body, idempotency_key, if_match, lang)
    return ticket_response(out, status)


@router.post(
    "/{ticket}/escalate",
    response_model=TicketOut,
    operation_id="escalate_ticket",
    summary="Raise the ticket one level",
    responses=responses(404, 409, 412),
)
async def escalate(
    ticket: str, body: EscalateBody, env: EnvDep, who: Customer, lang: LangDep, if_match: IfMatch = None
) -> JSONResponse:
    return ticket_response((await env.db.run(actions.escalate, env, who, ticket, body, if_match, lang))[1])


@router.post(
    "/{ticket}/survey",
    response_model=TicketOut,
    operation_id="survey_ticket",
    summary="The customer's satisfaction score",
    responses=responses(404, 409, 412),
)
async def survey(
    ticket: str, body: SurveyBody, env: EnvDep, who: Customer, lang: LangDep, if_match: IfMatch = None
) -> JSONResponse:
    return ticket_response((await env.db.run(actions.survey, env, who, ticket, body, if_match, lang))[1])


@router.post(
    "/{ticket}/assign",
    response_model=TicketOut,
    operation_id="assign_ticket",
    summary="Hand the ticket to another owner",
    responses=responses(404, 409, 412),
)
async def assign(
    ticket: str, body: AssignBody, env: EnvDep, who: Supervisor, lang: LangDep, if_match: IfMatch = None
) -> JSONResponse:
    return ticket_response((await env.db.run(actions.assign, env, who, ticket, body, if_match, lang))[1])


@router.post(
    "/{ticket}/forward",
    response_model=TicketOut,
    operation_id="forward_ticket",
    summary="Forward to the responsible department",
    responses=responses(404, 409, 412),
)
async def forward(
    ticket: str, body: ForwardBody, env: EnvDep, who: Agent, lang: LangDep, if_match: IfMatch = None
) -> JSONResponse:
    return ticket_response((await env.db.run(actions.forward, env, who, ticket, body, if_match, lang))[1])


@router.post(
    "/{ticket}/remedy",
    response_model=TicketOut,
    operation_id="remedy_ticket",
    summary="The department's remedy plan",
    responses=responses(404, 409, 412),
)
async def remedy(
    ticket: str, body: RemedyBody, env: EnvDep, who: Agent, lang: LangDep, if_match: IfMatch = None
) -> JSONResponse:
    return ticket_response((await env.db.run(actions.remedy, env, who, ticket, body, if_match, lang))[1])
