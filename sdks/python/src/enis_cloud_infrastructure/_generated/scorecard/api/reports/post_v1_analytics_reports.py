from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.report import Report
from ...models.report_request import ReportRequest
from ...models.report_schedule import ReportSchedule
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    body: ReportRequest,
    idempotency_key: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key



    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/analytics/reports",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | Report | ReportSchedule | None:
    if response.status_code == 201:
        def _parse_response_201(data: object) -> Report | ReportSchedule:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_201_type_0 = Report.from_dict(data)



                return response_201_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_201_type_1 = ReportSchedule.from_dict(data)



            return response_201_type_1

        response_201 = _parse_response_201(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | Report | ReportSchedule]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ReportRequest,
    idempotency_key: str | Unset = UNSET,

) -> Response[Problem | Report | ReportSchedule]:
    """ Make a report now, or schedule one (cron)

     Without schedule: the report is generated now, stored as JSON, HTML and PDF, and announced by a
    cloud.enis.scorecard.report.ready CloudEvent with its links (when a cloud-bus is configured); 201
    with the Report. With schedule: 201 with the ReportSchedule; each run makes a report the same way.

    Args:
        idempotency_key (str | Unset):
        body (ReportRequest): a report over a dashboard (dashboardId) or a set of KPIs (kpiIds):
            exactly one of them. With schedule it is made at each run of the cron expression, over
            period.last before the run; without, now. No period: the dashboard's time range
            (DEFAULT_TIME_RANGE for KPIs).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Report | ReportSchedule]
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
    body: ReportRequest,
    idempotency_key: str | Unset = UNSET,

) -> Problem | Report | ReportSchedule | None:
    """ Make a report now, or schedule one (cron)

     Without schedule: the report is generated now, stored as JSON, HTML and PDF, and announced by a
    cloud.enis.scorecard.report.ready CloudEvent with its links (when a cloud-bus is configured); 201
    with the Report. With schedule: 201 with the ReportSchedule; each run makes a report the same way.

    Args:
        idempotency_key (str | Unset):
        body (ReportRequest): a report over a dashboard (dashboardId) or a set of KPIs (kpiIds):
            exactly one of them. With schedule it is made at each run of the cron expression, over
            period.last before the run; without, now. No period: the dashboard's time range
            (DEFAULT_TIME_RANGE for KPIs).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Report | ReportSchedule
     """


    return sync_detailed(
        client=client,
body=body,
idempotency_key=idempotency_key,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ReportRequest,
    idempotency_key: str | Unset = UNSET,

) -> Response[Problem | Report | ReportSchedule]:
    """ Make a report now, or schedule one (cron)

     Without schedule: the report is generated now, stored as JSON, HTML and PDF, and announced by a
    cloud.enis.scorecard.report.ready CloudEvent with its links (when a cloud-bus is configured); 201
    with the Report. With schedule: 201 with the ReportSchedule; each run makes a report the same way.

    Args:
        idempotency_key (str | Unset):
        body (ReportRequest): a report over a dashboard (dashboardId) or a set of KPIs (kpiIds):
            exactly one of them. With schedule it is made at each run of the cron expression, over
            period.last before the run; without, now. No period: the dashboard's time range
            (DEFAULT_TIME_RANGE for KPIs).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Report | ReportSchedule]
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
    body: ReportRequest,
    idempotency_key: str | Unset = UNSET,

) -> Problem | Report | ReportSchedule | None:
    """ Make a report now, or schedule one (cron)

     Without schedule: the report is generated now, stored as JSON, HTML and PDF, and announced by a
    cloud.enis.scorecard.report.ready CloudEvent with its links (when a cloud-bus is configured); 201
    with the Report. With schedule: 201 with the ReportSchedule; each run makes a report the same way.

    Args:
        idempotency_key (str | Unset):
        body (ReportRequest): a report over a dashboard (dashboardId) or a set of KPIs (kpiIds):
            exactly one of them. With schedule it is made at each run of the cron expression, over
            period.last before the run; without, now. No period: the dashboard's time range
            (DEFAULT_TIME_RANGE for KPIs).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Report | ReportSchedule
     """


    return (await asyncio_detailed(
        client=client,
body=body,
idempotency_key=idempotency_key,

    )).parsed
