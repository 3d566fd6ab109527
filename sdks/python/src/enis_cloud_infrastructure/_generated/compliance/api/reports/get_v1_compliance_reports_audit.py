from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.audit_report import AuditReport
from ...models.get_v1_compliance_reports_audit_format import GetV1ComplianceReportsAuditFormat
from ...models.oscal_assessment_results import OscalAssessmentResults
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast
import datetime



def _get_kwargs(
    audit: str,
    *,
    as_of: datetime.datetime | Unset = UNSET,
    format_: GetV1ComplianceReportsAuditFormat | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_as_of: str | Unset = UNSET
    if not isinstance(as_of, Unset):
        json_as_of = as_of.isoformat()
    params["asOf"] = json_as_of

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/compliance/reports/{audit}".format(audit=quote(str(audit), safe=""),),
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AuditReport | OscalAssessmentResults | Problem | None:
    if response.status_code == 200:
        def _parse_response_200(data: object) -> AuditReport | OscalAssessmentResults:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = AuditReport.from_dict(data)



                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = OscalAssessmentResults.from_dict(data)



            return response_200_type_1

        response_200 = _parse_response_200(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[AuditReport | OscalAssessmentResults | Problem]:
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
    as_of: datetime.datetime | Unset = UNSET,
    format_: GetV1ComplianceReportsAuditFormat | Unset = UNSET,

) -> Response[AuditReport | OscalAssessmentResults | Problem]:
    """ An audit's frameworks with their counts at a date

     JSON: the counts per framework. HTML: one self-contained page under Content-Security-Policy default-
    src 'none' (inline style allowed by hash). PDF: the same content, the same bytes for the same asOf.
    OSCAL: assessment results (one result per framework, a finding per control, an observation per piece
    of evidence), as JSON.

    Args:
        audit (str):
        as_of (datetime.datetime | Unset):
        format_ (GetV1ComplianceReportsAuditFormat | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuditReport | OscalAssessmentResults | Problem]
     """


    kwargs = _get_kwargs(
        audit=audit,
as_of=as_of,
format_=format_,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    audit: str,
    *,
    client: AuthenticatedClient,
    as_of: datetime.datetime | Unset = UNSET,
    format_: GetV1ComplianceReportsAuditFormat | Unset = UNSET,

) -> AuditReport | OscalAssessmentResults | Problem | None:
    """ An audit's frameworks with their counts at a date

     JSON: the counts per framework. HTML: one self-contained page under Content-Security-Policy default-
    src 'none' (inline style allowed by hash). PDF: the same content, the same bytes for the same asOf.
    OSCAL: assessment results (one result per framework, a finding per control, an observation per piece
    of evidence), as JSON.

    Args:
        audit (str):
        as_of (datetime.datetime | Unset):
        format_ (GetV1ComplianceReportsAuditFormat | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuditReport | OscalAssessmentResults | Problem
     """


    return sync_detailed(
        audit=audit,
client=client,
as_of=as_of,
format_=format_,

    ).parsed

async def asyncio_detailed(
    audit: str,
    *,
    client: AuthenticatedClient,
    as_of: datetime.datetime | Unset = UNSET,
    format_: GetV1ComplianceReportsAuditFormat | Unset = UNSET,

) -> Response[AuditReport | OscalAssessmentResults | Problem]:
    """ An audit's frameworks with their counts at a date

     JSON: the counts per framework. HTML: one self-contained page under Content-Security-Policy default-
    src 'none' (inline style allowed by hash). PDF: the same content, the same bytes for the same asOf.
    OSCAL: assessment results (one result per framework, a finding per control, an observation per piece
    of evidence), as JSON.

    Args:
        audit (str):
        as_of (datetime.datetime | Unset):
        format_ (GetV1ComplianceReportsAuditFormat | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuditReport | OscalAssessmentResults | Problem]
     """


    kwargs = _get_kwargs(
        audit=audit,
as_of=as_of,
format_=format_,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    audit: str,
    *,
    client: AuthenticatedClient,
    as_of: datetime.datetime | Unset = UNSET,
    format_: GetV1ComplianceReportsAuditFormat | Unset = UNSET,

) -> AuditReport | OscalAssessmentResults | Problem | None:
    """ An audit's frameworks with their counts at a date

     JSON: the counts per framework. HTML: one self-contained page under Content-Security-Policy default-
    src 'none' (inline style allowed by hash). PDF: the same content, the same bytes for the same asOf.
    OSCAL: assessment results (one result per framework, a finding per control, an observation per piece
    of evidence), as JSON.

    Args:
        audit (str):
        as_of (datetime.datetime | Unset):
        format_ (GetV1ComplianceReportsAuditFormat | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuditReport | OscalAssessmentResults | Problem
     """


    return (await asyncio_detailed(
        audit=audit,
client=client,
as_of=as_of,
format_=format_,

    )).parsed
