from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.customer_body import CustomerBody
from ...models.customer_out import CustomerOut
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    customer: str,
    *,
    body: CustomerBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/customers/{customer}".format(
            customer=quote(str(customer), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CustomerOut | Problem | None:
    if response.status_code == 200:
        response_200 = CustomerOut.from_dict(response.json())

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
) -> Response[CustomerOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    customer: str,
    *,
    client: AuthenticatedClient,
    body: CustomerBody,
) -> Response[CustomerOut | Problem]:
    """Set a customer's tier and block (audited)

    Args:
        customer (str):
        body (CustomerBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerOut | Problem]
    """

    kwargs = _get_kwargs(
        customer=customer,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    customer: str,
    *,
    client: AuthenticatedClient,
    body: CustomerBody,
) -> CustomerOut | Problem | None:
    """Set a customer's tier and block (audited)

    Args:
        customer (str):
        body (CustomerBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerOut | Problem
    """

    return sync_detailed(
        customer=customer,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    customer: str,
    *,
    client: AuthenticatedClient,
    body: CustomerBody,
) -> Response[CustomerOut | Problem]:
    """Set a customer's tier and block (audited)

    Args:
        customer (str):
        body (CustomerBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerOut | Problem]
    """

    kwargs = _get_kwargs(
        customer=customer,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    customer: str,
    *,
    client: AuthenticatedClient,
    body: CustomerBody,
) -> CustomerOut | Problem | None:
    """Set a customer's tier and block (audited)

    Args:
        customer (str):
        body (CustomerBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerOut | Problem
    """

    return (
        await asyncio_detailed(
            customer=customer,
            client=client,
            body=body,
        )
    ).parsed
