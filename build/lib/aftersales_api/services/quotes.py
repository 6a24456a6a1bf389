"""REPAIR_QUOTE: the quote of a paid repair (parts, labour, travel) and the customer's
answer. A paid repair resolves only against the accepted quote."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from ..core.errors import InvalidTransition, NotFound, RuleViolation
from ..core.security import Principal
from ..models import Quote, Ticket
from ..rules.base import Lang, entry, trace_dicts
from ..schemas import QuoteBody, QuoteDecisionBody
from . import views
from .changes import Outcome, write
from .env import Env

QUOTABLE_STATES = ("received", "verified")


def _quotable(t: Ticket, lang: Lang) -> None:
    if t.kind != "repair" or t.state not in QUOTABLE_STATES:
        raise InvalidTransition(
            f"Quotes are for repair tickets before resolution; this is a {t.state} {t.kind}."
        )
    if t.decision.get("warranty") is not False:
        check = entry(
            "REPAIR_QUOTE",
            False,
            "A free repair under warranty needs no quote.",
            "保修期内免费维修,无需报价。",
        )
        raise RuleViolation(check.message, trace=trace_dicts([check], lang))


def create(
    env: Env, who: Principal, ref: str, body: QuoteBody, key: str | None, if_match: str | None, lang: Lang
) -> Outcome:
    """A new quote, while no other waits for an answer or stands accepted."""
    made: dict[str, Any] = {}

    def work(session: Session, t: Ticket, now: datetime) -> dict[str, Any]:
        _quotable(t, lang)
        standing = next((q for q in t.quotes if q.status in ("pending", "accepted")), None)
        if standing is not None:
            raise InvalidTransition(
                f"Quote {standing.n} is {standing.status}; a new quote follows a refusal."
            )
        quote = Quote(
            ticket_id=t.id,
            n=len(t.quotes) + 1,
            parts=[{"name": p.name, "amount": f"{p.amount:.2f}"} for p in body.parts],
            labour=body.labour,
            travel=body.travel,
            total=body.total,
            note=body.note,
            status="pending",
            actor=who.name,
            at=now,
        )
        t.quotes.append(quote)
        made.update(views.quote(quote))
        return {"n": quote.n, "total": f"{quote.total:.2f}"}

    return write(
        env,
        who,
        ref,
        if_match,
        lang,
        "quote",
        work,
        key=key,
        body=body,
        status=201,
        path="quotes",
        extra=lambda: made,
    )


def decide(
    env: Env,
    who: Principal,
    ref: str,
    n: int,
    body: QuoteDecisionBody,
    key: str | None,
    if_match: str | None,
    lang: Lang,
) -> Outcome:
    """The customer accepts or refuses a pending quote, once."""
    decided: dict[str, Any] = {}

    def work(session: Session, t: Ticket, now: datetime) -> dict[str, Any]:
        quote = next((q for q in t.quotes if q.n == n), None)
        if quote is None:
            raise NotFound(f"Ticket {ref} has no quote {n}.")
        if t.state not in QUOTABLE_STATES:
            raise InvalidTransition(f"The ticket is {t.state}: quotes are decided before resolution.")
        if quote.status != "pending":
            raise InvalidTransition(f"Quote {n} has already been {quote.status}.")
        quote.status = "accepted" if body.accepted else "refused"
        quote.decided_by, quote.decided_at, quote.decision_note = who.name, now, body.note
        decided.update(views.quote(quote))
        return {"n": n, "accepted": body.accepted, "total": f"{quote.total:.2f}", "note": body.note}

    return write(
        env,
        who,
        ref,
        if_match,
        lang,
        "quote_decision",
        work,
        key=key,
        body=body,
        path=f"quotes/{n}/decision",
        extra=lambda: decided,
    )
