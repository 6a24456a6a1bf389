import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.case_page import CasePage
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    sku: None | str | Unset = UNSET,
    category: None | str | Unset = UNSET,
    department: None | str | Unset = UNSET,
    closed_from: datetime.datetime | None | Unset = UNSET,
    closed_to: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_sku: None | str | Unset
    if isinstance(sku, Unset):
        json_sku = UNSET
    else:
        json_sku = sku
    params["sku"] = json_sku

    json_category: None | str | Unset
    if isinstance(category, Unset):
        json_category = UNSET
    else:
        json_category = category
    params["category"] = json_category

    json_department: None | str | Unset
    if isinstance(department, Unset):
        json_department = UNSET
    else:
        json_department = department
    params["department"] = json_department

    json_closed_from: None | str | Unset
    if isinstance(closed_from, Unset):
        json_closed_from = UNSET
    elif isinstance(closed_from, datetime.datetime):
        json_closed_from = closed_from.isoformat()
    else:
        json_closed_from = closed_from
    params["closed_from"] = json_closed_from

    json_closed_to: None | str | Unset
    if isinstance(closed_to, Unset):
        json_closed_to = UNSET
    elif isinstance(closed_to, datetime.datetime):
        json_closed_to = closed_to.isoformat()
    else:
        json_closed_to = closed_to
    params["closed_to"] = json_closed_to

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
        "url": "/v1/cases",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CasePage | Problem | None:
    if response.status_code == 200:
        response_200 = CasePage.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[CasePage | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    sku: None | str | Unset = UNSET,
    category: None | str | Unset = UNSET,
    department: None | str | Unset = UNSET,
    closed_from: datetime.datetime | None | Unset = UNSET,
    closed_to: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[CasePage | Problem]:
    """The case library: closed tickets' root causes

    Args:
        sku (None | str | Unset):
        category (None | str | Unset):
        department (None | str | Unset):
        closed_from (datetime.datetime | None | Unset):
        closed_to (datetime.datetime | None | Unset):
        limit (int | Unset):  Default: 50.
        cursor (None | str | Unset): next_cursor of the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CasePage | Problem]
    """

    kwargs = _get_kwargs(
        sku=sku,
        category=category,
        department=department,
        closed_from=closed_from,
        closed_to=closed_to,
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    sku: None | str | Unset = UNSET,
    category: None | str | Unset = UNSET,
    department: None | str | Unset = UNSET,
    closed_from: datetime.datetime | None | Unset = UNSET,
    closed_to: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> CasePage | Problem | None:
    """The case library: closed tickets' root causes

    Args:
        sku (None | str | Unset):
        category (None | str | Unset):
        department (None | str | Unset):
        closed_from (datetime.datetime | None | Unset):
        closed_to (datetime.datetime | None | Unset):
        limit (int | Unset):  Default: 50.
        cursor (None | str | Unset): next_cursor of the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CasePage | Problem
    """

    return sync_detailed(
        client=client,
        sku=sku,
        category=category,
        department=department,
        closed_from=closed_from,
        closed_to=closed_to,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    sku: None | str | Unset = UNSET,
    category: None | str | Unset = UNSET,
    department: None | str | Unset = UNSET,
    closed_from: datetime.datetime | None | Unset = UNSET,
    closed_to: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[CasePage | Problem]:
    """The case library: closed tickets' root causes

    Args:
        sku (None | str | Unset):
        category (None | str | Unset):
        department (None | str | Unset):
        closed_from (datetime.datetime | None | Unset):
        closed_to (datetime.datetime | None | Unset):
        limit (int | Unset):  Default: 50.
        cursor (None | str | Unset): next_cursor of the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CasePage | Problem]
    """

    kwargs = _get_kwargs(
        sku=sku,
        category=category,
        department=department,
        closed_from=closed_from,
        closed_to=closed_to,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    sku: None | str | Unset = UNSET,
    category: None | str | Unset = UNSET,
    department: None | str | Unset = UNSET,
    closed_from: datetime.datetime | None | Unset = UNSET,
    closed_to: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> CasePage | Problem | None:
    """The case library: closed tickets' root causes

    Args:
        sku (None | str | Unset):
        category (None | str | Unset):
        department (None | str | Unset):
        closed_from (datetime.datetime | None | Unset):
        closed_to (datetime.datetime | None | Unset):
        limit (int | Unset):  Default: 50.
        cursor (None | str | Unset): next_cursor of the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CasePage | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            sku=sku,
            category=category,
            department=department,
            closed_from=closed_from,
            closed_to=closed_to,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
