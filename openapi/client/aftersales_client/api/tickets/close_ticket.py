from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.close_body import CloseBody
from ...models.problem import Problem
from ...models.ticket_out import TicketOut
from ...types import UNSET, Response, Unset


def _get_kwargs(
    ticket: str,
    *,
    body: CloseBody | Unset = UNSET,
    if_match: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["if-match"] = if_match

    if not isinstance(accept_language, Unset):
        headers["accept-language"] = accept_language

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/tickets/{ticket}/close".format(
            ticket=quote(str(ticket), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | TicketOut | None:
    if response.status_code == 200:
        response_200 = TicketOut.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

    if response.status_code == 412:
        response_412 = Problem.from_dict(response.json())

        return response_412

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | TicketOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    ticket: str,
    *,
    client: AuthenticatedClient,
    body: CloseBody | Unset = UNSET,
    if_match: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> Response[Problem | TicketOut]:
    """Close after confirmation: confirmed → closed

     Only after confirmation and after any payout is paid (`CLOSED_LOOP`, `REFUND_DUE`).

    Args:
        ticket (str): The ticket's id or number.
        if_match (None | str | Unset): The ticket's version (ETag); 412 when stale.
        accept_language (None | str | Unset):
        body (CloseBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TicketOut]
    """

    kwargs = _get_kwargs(
        ticket=ticket,
        body=body,
        if_match=if_match,
        accept_language=accept_language,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    ticket: str,
    *,
    client: AuthenticatedClient,
    body: CloseBody | Unset = UNSET,
    if_match: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> Problem | TicketOut | None:
    """Close after confirmation: confirmed → closed

     Only after confirmation and after any payout is paid (`CLOSED_LOOP`, `REFUND_DUE`).

    Args:
        ticket (str): The ticket's id or number.
        if_match (None | str | Unset): The ticket's version (ETag); 412 when stale.
        accept_language (None | str | Unset):
        body (CloseBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TicketOut
    """

    return sync_detailed(
        ticket=ticket,
        client=client,
        body=body,
        if_match=if_match,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    ticket: str,
    *,
    client: AuthenticatedClient,
    body: CloseBody | Unset = UNSET,
    if_match: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> Response[Problem | TicketOut]:
    """Close after confirmation: confirmed → closed

     Only after confirmation and after any payout is paid (`CLOSED_LOOP`, `REFUND_DUE`).

    Args:
        ticket (str): The ticket's id or number.
        if_match (None | str | Unset): The ticket's version (ETag); 412 when stale.
        accept_language (None | str | Unset):
        body (CloseBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TicketOut]
    """

    kwargs = _get_kwargs(
        ticket=ticket,
        body=body,
        if_match=if_match,
        accept_language=accept_language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    ticket: str,
    *,
    client: AuthenticatedClient,
    body: CloseBody | Unset = UNSET,
    if_match: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> Problem | TicketOut | None:
    """Close after confirmation: confirmed → closed

     Only after confirmation and after any payout is paid (`CLOSED_LOOP`, `REFUND_DUE`).

    Args:
        ticket (str): The ticket's id or number.
        if_match (None | str | Unset): The ticket's version (ETag); 412 when stale.
        accept_language (None | str | Unset):
        body (CloseBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TicketOut
    """

    return (
        await asyncio_detailed(
            ticket=ticket,
            client=client,
            body=body,
            if_match=if_match,
            accept_language=accept_language,
        )
    ).parsed
