from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.oscal_catalog import OscalCatalog
from ...models.problem import Problem
from typing import cast



def _get_kwargs(
    framework: str,

) -> dict[str, Any]:
    

    

    

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/compliance/oscal/imports/{framework}/document".format(framework=quote(str(framework), safe=""),),
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> OscalCatalog | Problem | None:
    if response.status_code == 200:
        response_200 = OscalCatalog.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[OscalCatalog | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    framework: str,
    *,
    client: AuthenticatedClient,

) -> Response[OscalCatalog | Problem]:
    """ The OSCAL document kept for an import

     An imported catalog as it was received, or an imported profile's resolved catalog (OSCAL 1.1.3;
    metadata links source-profile and resolution-source name where it came from).

    Args:
        framework (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OscalCatalog | Problem]
     """


    kwargs = _get_kwargs(
        framework=framework,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    framework: str,
    *,
    client: AuthenticatedClient,

) -> OscalCatalog | Problem | None:
    """ The OSCAL document kept for an import

     An imported catalog as it was received, or an imported profile's resolved catalog (OSCAL 1.1.3;
    metadata links source-profile and resolution-source name where it came from).

    Args:
        framework (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OscalCatalog | Problem
     """


    return sync_detailed(
        framework=framework,
client=client,

    ).parsed

async def asyncio_detailed(
    framework: str,
    *,
    client: AuthenticatedClient,

) -> Response[OscalCatalog | Problem]:
    """ The OSCAL document kept for an import

     An imported catalog as it was received, or an imported profile's resolved catalog (OSCAL 1.1.3;
    metadata links source-profile and resolution-source name where it came from).

    Args:
        framework (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OscalCatalog | Problem]
     """


    kwargs = _get_kwargs(
        framework=framework,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    framework: str,
    *,
    client: AuthenticatedClient,

) -> OscalCatalog | Problem | None:
    """ The OSCAL document kept for an import

     An imported catalog as it was received, or an imported profile's resolved catalog (OSCAL 1.1.3;
    metadata links source-profile and resolution-source name where it came from).

    Args:
        framework (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OscalCatalog | Problem
     """


    return (await asyncio_detailed(
        framework=framework,
client=client,

    )).parsed
