import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_tickets_kind_type_0 import ListTicketsKindType0
from ...models.list_tickets_level_type_0 import ListTicketsLevelType0
from ...models.list_tickets_priority_type_0 import ListTicketsPriorityType0
from ...models.list_tickets_state_type_0 import ListTicketsStateType0
from ...models.problem import Problem
from ...models.ticket_page import TicketPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    state: ListTicketsStateType0 | None | Unset = UNSET,
    kind: ListTicketsKindType0 | None | Unset = UNSET,
    level: ListTicketsLevelType0 | None | Unset = UNSET,
    priority: ListTicketsPriorityType0 | None | Unset = UNSET,
    customer_id: None | str | Unset = UNSET,
    owner: None | str | Unset = UNSET,
    due_before: datetime.datetime | None | Unset = UNSET,
    overdue: bool | Unset = False,
    created_from: datetime.datetime | None | Unset = UNSET,
    created_to: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept_language, Unset):
        headers["accept-language"] = accept_language

    params: dict[str, Any] = {}

    json_state: None | str | Unset
    if isinstance(state, Unset):
        json_state = UNSET
    elif isinstance(state, ListTicketsStateType0):
        json_state = state.value
    else:
        json_state = state
    params["state"] = json_state

    json_kind: None | str | Unset
    if isinstance(kind, Unset):
        json_kind = UNSET
    elif isinstance(kind, ListTicketsKindType0):
        json_kind = kind.value
    else:
        json_kind = kind
    params["kind"] = json_kind

    json_level: None | str | Unset
    if isinstance(level, Unset):
        json_level = UNSET
    elif isinstance(level, ListTicketsLevelType0):
        json_level = level.value
    else:
        json_level = level
    params["level"] = json_level

    json_priority: None | str | Unset
    if isinstance(priority, Unset):
        json_priority = UNSET
    elif isinstance(priority, ListTicketsPriorityType0):
        json_priority = priority.value
    else:
        json_priority = priority
    params["priority"] = json_priority

    json_customer_id: None | str | Unset
    if isinstance(customer_id, Unset):
        json_customer_id = UNSET
    else:
        json_customer_id = customer_id
    params["customer_id"] = json_customer_id

    json_owner: None | str | Unset
    if isinstance(owner, Unset):
        json_owner = UNSET
    else:
        json_owner = owner
    params["owner"] = json_owner

    json_due_before: None | str | Unset
    if isinstance(due_before, Unset):
        json_due_before = UNSET
    elif isinstance(due_before, datetime.datetime):
        json_due_before = due_before.isoformat()
    else:
        json_due_before = due_before
    params["due_before"] = json_due_before

    params["overdue"] = overdue

    json_created_from: None | str | Unset
    if isinstance(created_from, Unset):
        json_created_from = UNSET
    elif isinstance(created_from, datetime.datetime):
        json_created_from = created_from.isoformat()
    else:
        json_created_from = created_from
    params["created_from"] = json_created_from

    json_created_to: None | str | Unset
    if isinstance(created_to, Unset):
        json_created_to = UNSET
    elif isinstance(created_to, datetime.datetime):
        json_created_to = created_to.isoformat()
    else:
        json_created_to = created_to
    params["created_to"] = json_created_to

    params["limit"] = limit

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/tickets",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | TicketPage | None:
    if response.status_code == 200:
        response_200 = TicketPage.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Problem | TicketPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    state: ListTicketsStateType0 | None | Unset = UNSET,
    kind: ListTicketsKindType0 | None | Unset = UNSET,
    level: ListTicketsLevelType0 | None | Unset = UNSET,
    priority: ListTicketsPriorityType0 | None | Unset = UNSET,
    customer_id: None | str | Unset = UNSET,
    owner: None | str | Unset = UNSET,
    due_before: datetime.datetime | None | Unset = UNSET,
    overdue: bool | Unset = False,
    created_from: datetime.datetime | None | Unset = UNSET,
    created_to: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> Response[Problem | TicketPage]:
    """List tickets

    Args:
        state (ListTicketsStateType0 | None | Unset):
        kind (ListTicketsKindType0 | None | Unset):
        level (ListTicketsLevelType0 | None | Unset):
        priority (ListTicketsPriorityType0 | None | Unset):
        customer_id (None | str | Unset):
        owner (None | str | Unset):
        due_before (datetime.datetime | None | Unset):
        overdue (bool | Unset): true or false. Default: False.
        created_from (datetime.datetime | None | Unset):
        created_to (datetime.datetime | None | Unset):
        limit (int | Unset):  Default: 50.
        cursor (None | str | Unset): next_cursor of the previous page.
        accept_language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TicketPage]
    """

    kwargs = _get_kwargs(
        state=state,
        kind=kind,
        level=level,
        priority=priority,
        customer_id=customer_id,
        owner=owner,
        due_before=due_before,
        overdue=overdue,
        created_from=created_from,
        created_to=created_to,
        limit=limit,
        cursor=cursor,
        accept_language=accept_language,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    state: ListTicketsStateType0 | None | Unset = UNSET,
    kind: ListTicketsKindType0 | None | Unset = UNSET,
    level: ListTicketsLevelType0 | None | Unset = UNSET,
    priority: ListTicketsPriorityType0 | None | Unset = UNSET,
    customer_id: None | str | Unset = UNSET,
    owner: None | str | Unset = UNSET,
    due_before: datetime.datetime | None | Unset = UNSET,
    overdue: bool | Unset = False,
    created_from: datetime.datetime | None | Unset = UNSET,
    created_to: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> Problem | TicketPage | None:
    """List tickets

    Args:
        state (ListTicketsStateType0 | None | Unset):
        kind (ListTicketsKindType0 | None | Unset):
        level (ListTicketsLevelType0 | None | Unset):
        priority (ListTicketsPriorityType0 | None | Unset):
        customer_id (None | str | Unset):
        owner (None | str | Unset):
        due_before (datetime.datetime | None | Unset):
        overdue (bool | Unset): true or false. Default: False.
        created_from (datetime.datetime | None | Unset):
        created_to (datetime.datetime | None | Unset):
        limit (int | Unset):  Default: 50.
        cursor (None | str | Unset): next_cursor of the previous page.
        accept_language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TicketPage
    """

    return sync_detailed(
        client=client,
        state=state,
        kind=kind,
        level=level,
        priority=priority,
        customer_id=customer_id,
        owner=owner,
        due_before=due_before,
        overdue=overdue,
        created_from=created_from,
        created_to=created_to,
        limit=limit,
        cursor=cursor,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    state: ListTicketsStateType0 | None | Unset = UNSET,
    kind: ListTicketsKindType0 | None | Unset = UNSET,
    level: ListTicketsLevelType0 | None | Unset = UNSET,
    priority: ListTicketsPriorityType0 | None | Unset = UNSET,
    customer_id: None | str | Unset = UNSET,
    owner: None | str | Unset = UNSET,
    due_before: datetime.datetime | None | Unset = UNSET,
    overdue: bool | Unset = False,
    created_from: datetime.datetime | None | Unset = UNSET,
    created_to: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> Response[Problem | TicketPage]:
    """List tickets

    Args:
        state (ListTicketsStateType0 | None | Unset):
        kind (ListTicketsKindType0 | None | Unset):
        level (ListTicketsLevelType0 | None | Unset):
        priority (ListTicketsPriorityType0 | None | Unset):
        customer_id (None | str | Unset):
        owner (None | str | Unset):
        due_before (datetime.datetime | None | Unset):
        overdue (bool | Unset): true or false. Default: False.
        created_from (datetime.datetime | None | Unset):
        created_to (datetime.datetime | None | Unset):
        limit (int | Unset):  Default: 50.
        cursor (None | str | Unset): next_cursor of the previous page.
        accept_language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TicketPage]
    """

    kwargs = _get_kwargs(
        state=state,
        kind=kind,
        level=level,
        priority=priority,
        customer_id=customer_id,
        owner=owner,
        due_before=due_before,
        overdue=overdue,
        created_from=created_from,
        created_to=created_to,
        limit=limit,
        cursor=cursor,
        accept_language=accept_language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    state: ListTicketsStateType0 | None | Unset = UNSET,
    kind: ListTicketsKindType0 | None | Unset = UNSET,
    level: ListTicketsLevelType0 | None | Unset = UNSET,
    priority: ListTicketsPriorityType0 | None | Unset = UNSET,
    customer_id: None | str | Unset = UNSET,
    owner: None | str | Unset = UNSET,
    due_before: datetime.datetime | None | Unset = UNSET,
    overdue: bool | Unset = False,
    created_from: datetime.datetime | None | Unset = UNSET,
    created_to: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> Problem | TicketPage | None:
    """List tickets

    Args:
        state (ListTicketsStateType0 | None | Unset):
        kind (ListTicketsKindType0 | None | Unset):
        level (ListTicketsLevelType0 | None | Unset):
        priority (ListTicketsPriorityType0 | None | Unset):
        customer_id (None | str | Unset):
        owner (None | str | Unset):
        due_before (datetime.datetime | None | Unset):
        overdue (bool | Unset): true or false. Default: False.
        created_from (datetime.datetime | None | Unset):
        created_to (datetime.datetime | None | Unset):
        limit (int | Unset):  Default: 50.
        cursor (None | str | Unset): next_cursor of the previous page.
        accept_language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TicketPage
    """

    return (
        await asyncio_detailed(
            client=client,
            state=state,
            kind=kind,
            level=level,
            priority=priority,
            customer_id=customer_id,
            owner=owner,
            due_before=due_before,
            overdue=overdue,
            created_from=created_from,
            created_to=created_to,
            limit=limit,
            cursor=cursor,
            accept_language=accept_language,
        )
    ).parsed
