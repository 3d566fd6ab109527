from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.evidence import Evidence
from ...models.post_v1_compliance_audit_audit_evidence_files_type import PostV1ComplianceAuditAuditEvidenceFilesType
from ...models.problem import Problem
from ...types import File, FileTypes
from ...types import UNSET, Unset
from io import BytesIO
from typing import cast
import datetime



def _get_kwargs(
    audit: str,
    *,
    body: File,
    title: str,
    controls: str,
    sha256: str,
    collected_at: datetime.datetime | Unset = UNSET,
    collector: str | Unset = UNSET,
    type_: PostV1ComplianceAuditAuditEvidenceFilesType | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    params: dict[str, Any] = {}

    params["title"] = title

    params["controls"] = controls

    params["sha256"] = sha256

    json_collected_at: str | Unset = UNSET
    if not isinstance(collected_at, Unset):
        json_collected_at = collected_at.isoformat()
    params["collectedAt"] = json_collected_at

    params["collector"] = collector

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/compliance/audit/{audit}/evidence/files".format(audit=quote(str(audit), safe=""),),
        "params": params,
    }

    _kwargs["content"] = body.payload
    headers["Content-Type"] = "application/octet-stream"

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
    body: File,
    title: str,
    controls: str,
    sha256: str,
    collected_at: datetime.datetime | Unset = UNSET,
    collector: str | Unset = UNSET,
    type_: PostV1ComplianceAuditAuditEvidenceFilesType | Unset = UNSET,

) -> Response[Evidence | Problem]:
    """ Upload an evidence file

    Args:
        audit (str):
        title (str):
        controls (str):
        sha256 (str):
        collected_at (datetime.datetime | Unset):
        collector (str | Unset):
        type_ (PostV1ComplianceAuditAuditEvidenceFilesType | Unset):
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Evidence | Problem]
     """


    kwargs = _get_kwargs(
        audit=audit,
body=body,
title=title,
controls=controls,
sha256=sha256,
collected_at=collected_at,
collector=collector,
type_=type_,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    audit: str,
    *,
    client: AuthenticatedClient,
    body: File,
    title: str,
    controls: str,
    sha256: str,
    collected_at: datetime.datetime | Unset = UNSET,
    collector: str | Unset = UNSET,
    type_: PostV1ComplianceAuditAuditEvidenceFilesType | Unset = UNSET,

) -> Evidence | Problem | None:
    """ Upload an evidence file

    Args:
        audit (str):
        title (str):
        controls (str):
        sha256 (str):
        collected_at (datetime.datetime | Unset):
        collector (str | Unset):
        type_ (PostV1ComplianceAuditAuditEvidenceFilesType | Unset):
        body (File):

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
title=title,
controls=controls,
sha256=sha256,
collected_at=collected_at,
collector=collector,
type_=type_,

    ).parsed

async def asyncio_detailed(
    audit: str,
    *,
    client: AuthenticatedClient,
    body: File,
    title: str,
    controls: str,
    sha256: str,
    collected_at: datetime.datetime | Unset = UNSET,
    collector: str | Unset = UNSET,
    type_: PostV1ComplianceAuditAuditEvidenceFilesType | Unset = UNSET,

) -> Response[Evidence | Problem]:
    """ Upload an evidence file

    Args:
        audit (str):
        title (str):
        controls (str):
        sha256 (str):
        collected_at (datetime.datetime | Unset):
        collector (str | Unset):
        type_ (PostV1ComplianceAuditAuditEvidenceFilesType | Unset):
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Evidence | Problem]
     """


    kwargs = _get_kwargs(
        audit=audit,
body=body,
title=title,
controls=controls,
sha256=sha256,
collected_at=collected_at,
collector=collector,
type_=type_,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    audit: str,
    *,
    client: AuthenticatedClient,
    body: File,
    title: str,
    controls: str,
    sha256: str,
    collected_at: datetime.datetime | Unset = UNSET,
    collector: str | Unset = UNSET,
    type_: PostV1ComplianceAuditAuditEvidenceFilesType | Unset = UNSET,

) -> Evidence | Problem | None:
    """ Upload an evidence file

    Args:
        audit (str):
        title (str):
        controls (str):
        sha256 (str):
        collected_at (datetime.datetime | Unset):
        collector (str | Unset):
        type_ (PostV1ComplianceAuditAuditEvidenceFilesType | Unset):
        body (File):

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
title=title,
controls=controls,
sha256=sha256,
collected_at=collected_at,
collector=collector,
type_=type_,

    )).parsed
