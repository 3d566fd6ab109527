from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.certificate_document import CertificateDocument
from ...models.problem import Problem
from typing import cast



def _get_kwargs(
    certification: str,

) -> dict[str, Any]:
    

    

    

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/compliance/certifications/{certification}/document".format(certification=quote(str(certification), safe=""),),
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CertificateDocument | Problem | None:
    if response.status_code == 200:
        response_200 = CertificateDocument.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[CertificateDocument | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    certification: str,
    *,
    client: AuthenticatedClient,

) -> Response[CertificateDocument | Problem]:
    """ The signed certificate document (Ed25519, the audit log's digest key)

     payload is the exact signed bytes (base64) of certificate; verify offline with the public key of GET
    /v1/compliance/audit-log/public-key: jq -r .payload | base64 -d > cert.json; jq -r .signature |
    base64 -d > cert.sig; openssl pkeyutl -verify -pubin -inkey audit-log.pem -rawin -in cert.json
    -sigfile cert.sig

    Args:
        certification (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CertificateDocument | Problem]
     """


    kwargs = _get_kwargs(
        certification=certification,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    certification: str,
    *,
    client: AuthenticatedClient,

) -> CertificateDocument | Problem | None:
    """ The signed certificate document (Ed25519, the audit log's digest key)

     payload is the exact signed bytes (base64) of certificate; verify offline with the public key of GET
    /v1/compliance/audit-log/public-key: jq -r .payload | base64 -d > cert.json; jq -r .signature |
    base64 -d > cert.sig; openssl pkeyutl -verify -pubin -inkey audit-log.pem -rawin -in cert.json
    -sigfile cert.sig

    Args:
        certification (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CertificateDocument | Problem
     """


    return sync_detailed(
        certification=certification,
client=client,

    ).parsed

async def asyncio_detailed(
    certification: str,
    *,
    client: AuthenticatedClient,

) -> Response[CertificateDocument | Problem]:
    """ The signed certificate document (Ed25519, the audit log's digest key)

     payload is the exact signed bytes (base64) of certificate; verify offline with the public key of GET
    /v1/compliance/audit-log/public-key: jq -r .payload | base64 -d > cert.json; jq -r .signature |
    base64 -d > cert.sig; openssl pkeyutl -verify -pubin -inkey audit-log.pem -rawin -in cert.json
    -sigfile cert.sig

    Args:
        certification (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CertificateDocument | Problem]
     """


    kwargs = _get_kwargs(
        certification=certification,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    certification: str,
    *,
    client: AuthenticatedClient,

) -> CertificateDocument | Problem | None:
    """ The signed certificate document (Ed25519, the audit log's digest key)

     payload is the exact signed bytes (base64) of certificate; verify offline with the public key of GET
    /v1/compliance/audit-log/public-key: jq -r .payload | base64 -d > cert.json; jq -r .signature |
    base64 -d > cert.sig; openssl pkeyutl -verify -pubin -inkey audit-log.pem -rawin -in cert.json
    -sigfile cert.sig

    Args:
        certification (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CertificateDocument | Problem
     """


    return (await asyncio_detailed(
        certification=certification,
client=client,

    )).parsed
