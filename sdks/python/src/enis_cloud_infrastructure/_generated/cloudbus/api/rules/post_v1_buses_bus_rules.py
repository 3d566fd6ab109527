from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.rule import Rule
from ...models.rule_input import RuleInput
from typing import cast



def _get_kwargs(
    bus: str,
    *,
    body: RuleInput,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/buses/{bus}/rules".format(bus=quote(str(bus), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | Rule | None:
    if response.status_code == 201:
        response_201 = Rule.from_dict(response.json())



        return response_201

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())



        return response_400

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

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())



        return response_413

    if response.status_code == 429:
        response_429 = Problem.from_dict(response.json())



        return response_429

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())



        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | Rule]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    bus: str,
    *,
    client: AuthenticatedClient,
    body: RuleInput,

) -> Response[Problem | Rule]:
    """ Create a rule: pattern and up to 5 targets; a malformed pattern is refused with its path

    Args:
        bus (str):
        body (RuleInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Rule]
     """


    kwargs = _get_kwargs(
        bus=bus,
body=body,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    bus: str,
    *,
    client: AuthenticatedClient,
    body: RuleInput,

) -> Problem | Rule | None:
    """ Create a rule: pattern and up to 5 targets; a malformed pattern is refused with its path

    Args:
        bus (str):
        body (RuleInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Rule
     """


    return sync_detailed(
        bus=bus,
client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    bus: str,
    *,
    client: AuthenticatedClient,
    body: RuleInput,

) -> Response[Problem | Rule]:
    """ Create a rule: pattern and up to 5 targets; a malformed pattern is refused with its path

    Args:
        bus (str):
        body (RuleInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Rule]
     """


    kwargs = _get_kwargs(
        bus=bus,
body=body,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    bus: str,
    *,
    client: AuthenticatedClient,
    body: RuleInput,

) -> Problem | Rule | None:
    """ Create a rule: pattern and up to 5 targets; a malformed pattern is refused with its path

    Args:
        bus (str):
        body (RuleInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Rule
     """


    return (await asyncio_detailed(
        bus=bus,
client=client,
body=body,

    )).parsed
