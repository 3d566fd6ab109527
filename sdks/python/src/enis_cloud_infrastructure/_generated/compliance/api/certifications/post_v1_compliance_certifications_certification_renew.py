from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.certification import Certification
from ...models.post_v1_compliance_certifications_certification_renew_body import PostV1ComplianceCertificationsCertificationRenewBody
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    certification: str,
    *,
    body: PostV1ComplianceCertificationsCertificationRenewBody | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/compliance/certifications/{certification}/renew".format(certification=quote(str(certification), safe=""),),
    }

    
    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Certification | Problem | None:
    if response.status_code == 200:
        response_200 = Certification.from_dict(response.json())



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

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())



        return response_409

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())



        return response_413

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())



        return response_422

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Certification | Problem]:
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
    body: PostV1ComplianceCertificationsCertificationRenewBody | Unset = UNSET,

) -> Response[Certification | Problem]:
    """ Renew: check the requirements again and restart the validity now

     The body is optional; audit defaults to the certificate's. A revoked certificate is not renewed
    (409). Audit-logged; a cloud-bus event certification.renewed.

    Args:
        certification (str):
        body (PostV1ComplianceCertificationsCertificationRenewBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Certification | Problem]
     """


    kwargs = _get_kwargs(
        certification=certification,
body=body,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    certification: str,
    *,
    client: AuthenticatedClient,
    body: PostV1ComplianceCertificationsCertificationRenewBody | Unset = UNSET,

) -> Certification | Problem | None:
    """ Renew: check the requirements again and restart the validity now

     The body is optional; audit defaults to the certificate's. A revoked certificate is not renewed
    (409). Audit-logged; a cloud-bus event certification.renewed.

    Args:
        certification (str):
        body (PostV1ComplianceCertificationsCertificationRenewBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Certification | Problem
     """


    return sync_detailed(
        certification=certification,
client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    certification: str,
    *,
    client: AuthenticatedClient,
    body: PostV1ComplianceCertificationsCertificationRenewBody | Unset = UNSET,

) -> Response[Certification | Problem]:
    """ Renew: check the requirements again and restart the validity now

     The body is optional; audit defaults to the certificate's. A revoked certificate is not renewed
    (409). Audit-logged; a cloud-bus event certification.renewed.

    Args:
        certification (str):
        body (PostV1ComplianceCertificationsCertificationRenewBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Certification | Problem]
     """


    kwargs = _get_kwargs(
        certification=certification,
body=body,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    certification: str,
    *,
    client: AuthenticatedClient,
    body: PostV1ComplianceCertificationsCertificationRenewBody | Unset = UNSET,

) -> Certification | Problem | None:
    """ Renew: check the requirements again and restart the validity now

     The body is optional; audit defaults to the certificate's. A revoked certificate is not renewed
    (409). Audit-logged; a cloud-bus event certification.renewed.

    Args:
        certification (str):
        body (PostV1ComplianceCertificationsCertificationRenewBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Certification | Problem
     """


    return (await asyncio_detailed(
        certification=certification,
client=client,
body=body,

    )).parsed
