"""Typed dependencies: the environment, the caller, the caller's language."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Depends, Header, Path, Query, Request
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from ..core.errors import Forbidden, Invalid, Unauthenticated
from ..core.security import Principal, role_allows
from ..fields import NO_NUL, Instant
from ..rules.base import Lang
from ..services import keys
from ..services.env import Env
from .middleware import CALLER

bearer = HTTPBearer(auto_error=False, description="An API key from `aftersales-api keys create`.")


async def get_env(request: Request) -> Env:
    env: Env = request.app.state.env
    return env


EnvDep = Annotated[Env, Depends(get_env)]


async def current(
    request: Request, env: EnvDep, creds: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]
) -> Principal:
    if creds is None:
        raise Unauthenticated("Send Authorization: Bearer <api-key>.")
    who = keys.authenticate(env, creds.credentials, env.settings.auth_cache_seconds)
    request.scope[CALLER] = who.name  # for the access log
    return who


def require(*needs: str) -> Any:
    """A dependency admitting the named roles ('agent+' = agent or a higher level)."""

    async def check(who: Annotated[Principal, Depends(current)]) -> Principal:
        if not role_allows(who.role, needs):
            raise Forbidden(f"The {who.role} role may not do this; allowed: {', '.join(needs)}.")
        return who

    return Depends(check)


async def language(accept_language: Annotated[str | None, Header()] = None) -> Lang:
    return "zh" if accept_language and accept_language.lower().startswith("zh") else "en"


Anyone = Annotated[Principal, Depends(current)]
Customer = Annotated[Principal, require("storefront", "agent+")]
Agent = Annotated[Principal, require("agent+")]
Supervisor = Annotated[Principal, require("supervisor+")]
Warehouse = Annotated[Principal, require("warehouse", "supervisor+")]
Finance = Annotated[Principal, require("finance")]
Admin = Annotated[Principal, require("admin")]
LangDep = Annotated[Lang, Depends(language)]
IfMatch = Annotated[str | None, Header(description="The ticket's version (ETag); 412 when stale.")]
IdemKey = Annotated[
    str | None,
    Header(
        alias="Idempotency-Key", description="Retries with the same key and body replay the first response."
    ),
]

# Path and query parameters, bounded like the bodies (api.md "Conventions").
TicketRef = Annotated[
    str, Path(min_length=1, max_length=64, pattern=NO_NUL, description="The ticket's id or number.")
]
Cursor = Annotated[
    str | None,
    Query(max_length=400, pattern=r"^[A-Za-z0-9_-]+$", description="next_cursor of the previous page."),
]
Limit = Annotated[int, Query(ge=1, le=200)]
QueryText = Annotated[str | None, Query(min_length=1, max_length=100, pattern=NO_NUL)]
QueryInstant = Annotated[Instant | None, Query()]
QueryFlag = Annotated[bool, Query(description="true or false.")]


async def declared_query_only(request: Request) -> None:
    """Refuse query parameters the operation does not declare: a misspelt filter must
    not silently list everything."""
    route = request.scope.get("route")
    if not request.query_params or not isinstance(route, APIRoute):
        return
    known = _query_names(route)
    unknown = sorted(set(request.query_params) - known)
    if unknown:
        raise Invalid(
            f"Unknown query parameter(s): {', '.join(unknown)}; this operation takes: "
            f"{', '.join(sorted(known)) or 'none'}."
        )


def _query_names(route: APIRoute) -> set[str]:
    return _declared(route.dependant)


def _declared(dependant: Dependant) -> set[str]:
    names = {p.alias for p in dependant.query_params}
    for sub in dependant.dependencies:
        names |= _declared(sub)
    return names


STRICT_QUERY = [Depends(declared_query_only)]
