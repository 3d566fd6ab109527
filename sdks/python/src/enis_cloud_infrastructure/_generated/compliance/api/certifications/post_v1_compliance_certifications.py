from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.certification import Certification
from ...models.new_certification import NewCertification
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    body: NewCertification,
    idempotency_key: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key



    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/compliance/certifications",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Certification | Problem | None:
    if response.status_code == 201:
        response_201 = Certification.from_dict(response.json())



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
    *,
    client: AuthenticatedClient,
    body: NewCertification,
    idempotency_key: str | Unset = UNSET,

) -> Response[Certification | Problem]:
    """ Issue a certificate at a level, if every requirement of the level holds in the audit's evidence

     basic (1 year): the latest infrastructure scan of each stack without high or critical findings,
    integration_tests and documentation evidence; professional (2 years) adds security_testing,
    performance_optimization, load_testing; enterprise (3) adds compliance_validation,
    disaster_recovery_test, third_party_audit; critical_systems (5) adds government_standards,
    air_gap_validation, red_team_test. Evidence counts when it passed and was collected within the last
    365 days. Audit-logged; a cloud-bus event certification.issued.

    Args:
        idempotency_key (str | Unset):
        body (NewCertification):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Certification | Problem]
     """


    kwargs = _get_kwargs(
        body=body,
idempotency_key=idempotency_key,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    body: NewCertification,
    idempotency_key: str | Unset = UNSET,

) -> Certification | Problem | None:
    """ Issue a certificate at a level, if every requirement of the level holds in the audit's evidence

     basic (1 year): the latest infrastructure scan of each stack without high or critical findings,
    integration_tests and documentation evidence; professional (2 years) adds security_testing,
    performance_optimization, load_testing; enterprise (3) adds compliance_validation,
    disaster_recovery_test, third_party_audit; critical_systems (5) adds government_standards,
    air_gap_validation, red_team_test. Evidence counts when it passed and was collected within the last
    365 days. Audit-logged; a cloud-bus event certification.issued.

    Args:
        idempotency_key (str | Unset):
        body (NewCertification):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Certification | Problem
     """


    return sync_detailed(
        client=client,
body=body,
idempotency_key=idempotency_key,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: NewCertification,
    idempotency_key: str | Unset = UNSET,

) -> Response[Certification | Problem]:
    """ Issue a certificate at a level, if every requirement of the level holds in the audit's evidence

     basic (1 year): the latest infrastructure scan of each stack without high or critical findings,
    integration_tests and documentation evidence; professional (2 years) adds security_testing,
    performance_optimization, load_testing; enterprise (3) adds compliance_validation,
    disaster_recovery_test, third_party_audit; critical_systems (5) adds government_standards,
    air_gap_validation, red_team_test. Evidence counts when it passed and was collected within the last
    365 days. Audit-logged; a cloud-bus event certification.issued.

    Args:
        idempotency_key (str | Unset):
        body (NewCertification):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Certification | Problem]
     """


    kwargs = _get_kwargs(
        body=body,
idempotency_key=idempotency_key,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    body: NewCertification,
    idempotency_key: str | Unset = UNSET,

) -> Certification | Problem | None:
    """ Issue a certificate at a level, if every requirement of the level holds in the audit's evidence

     basic (1 year): the latest infrastructure scan of each stack without high or critical findings,
    integration_tests and documentation evidence; professional (2 years) adds security_testing,
    performance_optimization, load_testing; enterprise (3) adds compliance_validation,
    disaster_recovery_test, third_party_audit; critical_systems (5) adds government_standards,
    air_gap_validation, red_team_test. Evidence counts when it passed and was collected within the last
    365 days. Audit-logged; a cloud-bus event certification.issued.

    Args:
        idempotency_key (str | Unset):
        body (NewCertification):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Certification | Problem
     """


    return (await asyncio_detailed(
        client=client,
body=body,
idempotency_key=idempotency_key,

    )).parsed
