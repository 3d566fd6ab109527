from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.evidence import Evidence
from ...models.evidence_link import EvidenceLink
from ...models.problem import Problem
from typing import cast



def _get_kwargs(
    audit: str,
    *,
    body: EvidenceLink,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/compliance/audit/{audit}/evidence".format(audit=quote(str(audit), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Evidence | Problem | None:
    if response.status_code == 201:
        response_201 = Evidence.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Evidence | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    audit: str,
    *,
    client: AuthenticatedClient,
    body: EvidenceLink,

) -> Response[Evidence | Problem]:
    """ Record a link to a document kept elsewhere, with its SHA-256

    Args:
        audit (str):
        body (EvidenceLink):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Evidence | Problem]
     """


    kwargs = _get_kwargs(
        audit=audit,
body=body,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    audit: str,
    *,
    client: AuthenticatedClient,
    body: EvidenceLink,

) -> Evidence | Problem | None:
    """ Record a link to a document kept elsewhere, with its SHA-256

    Args:
        audit (str):
        body (EvidenceLink):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Evidence | Problem
     """


    return sync_detailed(
        audit=audit,
client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    audit: str,
    *,
    client: AuthenticatedClient,
    body: EvidenceLink,

) -> Response[Evidence | Problem]:
    """ Record a link to a document kept elsewhere, with its SHA-256

    Args:
        audit (str):
        body (EvidenceLink):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Evidence | Problem]
     """


    kwargs = _get_kwargs(
        audit=audit,
body=body,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    audit: str,
    *,
    client: AuthenticatedClient,
    body: EvidenceLink,

) -> Evidence | Problem | None:
    """ Record a link to a document kept elsewhere, with its SHA-256

    Args:
        audit (str):
        body (EvidenceLink):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Evidence | Problem
     """


    return (await asyncio_detailed(
        audit=audit,
client=client,
body=body,

    )).parsed
