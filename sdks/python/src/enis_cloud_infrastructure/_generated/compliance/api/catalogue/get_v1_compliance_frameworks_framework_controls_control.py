from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.control import Control
from ...models.problem import Problem
from typing import cast



def _get_kwargs(
    framework: str,
    control: str,

) -> dict[str, Any]:
    

    

    

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/compliance/frameworks/{framework}/controls/{control}".format(framework=quote(str(framework), safe=""),control=quote(str(control), safe=""),),
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Control | Problem | None:
    if response.status_code == 200:
        response_200 = Control.from_dict(response.json())



        return response_200

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Control | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    framework: str,
    control: str,
    *,
    client: AuthenticatedClient,

) -> Response[Control | Problem]:
    """ One control, the rules that check it and its mappings

    Args:
        framework (str):
        control (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Control | Problem]
     """


    kwargs = _get_kwargs(
        framework=framework,
control=control,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    framework: str,
    control: str,
    *,
    client: AuthenticatedClient,

) -> Control | Problem | None:
    """ One control, the rules that check it and its mappings

    Args:
        framework (str):
        control (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Control | Problem
     """


    return sync_detailed(
        framework=framework,
control=control,
client=client,

    ).parsed

async def asyncio_detailed(
    framework: str,
    control: str,
    *,
    client: AuthenticatedClient,

) -> Response[Control | Problem]:
    """ One control, the rules that check it and its mappings

    Args:
        framework (str):
        control (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Control | Problem]
     """


    kwargs = _get_kwargs(
        framework=framework,
control=control,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    framework: str,
    control: str,
    *,
    client: AuthenticatedClient,

) -> Control | Problem | None:
    """ One control, the rules that check it and its mappings

    Args:
        framework (str):
        control (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Control | Problem
     """


    return (await asyncio_detailed(
        framework=framework,
control=control,
client=client,

    )).parsed
