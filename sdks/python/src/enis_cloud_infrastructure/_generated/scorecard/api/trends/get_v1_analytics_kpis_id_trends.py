from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.get_v1_analytics_kpis_id_trends_method import GetV1AnalyticsKpisIdTrendsMethod
from ...models.problem import Problem
from ...models.trend_report import TrendReport
from ...types import UNSET, Unset
from typing import cast
import datetime



def _get_kwargs(
    id: str,
    *,
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    method: GetV1AnalyticsKpisIdTrendsMethod | Unset = GetV1AnalyticsKpisIdTrendsMethod.AUTO,
    horizon: int | Unset = 7,
    window: int | Unset = 7,
    season: int | Unset = 7,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_from_: str | Unset = UNSET
    if not isinstance(from_, Unset):
        json_from_ = from_.isoformat()
    params["from"] = json_from_

    json_to: str | Unset = UNSET
    if not isinstance(to, Unset):
        json_to = to.isoformat()
    params["to"] = json_to

    json_method: str | Unset = UNSET
    if not isinstance(method, Unset):
        json_method = method.value

    params["method"] = json_method

    params["horizon"] = horizon

    params["window"] = window

    params["season"] = season


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/analytics/kpis/{id}/trends".format(id=quote(str(id), safe=""),),
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | TrendReport | None:
    if response.status_code == 200:
        response_200 = TrendReport.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | TrendReport]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    method: GetV1AnalyticsKpisIdTrendsMethod | Unset = GetV1AnalyticsKpisIdTrendsMethod.AUTO,
    horizon: int | Unset = 7,
    window: int | Unset = 7,
    season: int | Unset = 7,

) -> Response[Problem | TrendReport]:
    """ Trends of a KPI: daily series, moving average, regression, forecast with 95% bands, projected
    attainment, anomalies

    Args:
        id (str):
        from_ (datetime.datetime | Unset):
        to (datetime.datetime | Unset):
        method (GetV1AnalyticsKpisIdTrendsMethod | Unset):  Default:
            GetV1AnalyticsKpisIdTrendsMethod.AUTO.
        horizon (int | Unset):  Default: 7.
        window (int | Unset):  Default: 7.
        season (int | Unset):  Default: 7.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TrendReport]
     """


    kwargs = _get_kwargs(
        id=id,
from_=from_,
to=to,
method=method,
horizon=horizon,
window=window,
season=season,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    id: str,
    *,
    client: AuthenticatedClient,
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    method: GetV1AnalyticsKpisIdTrendsMethod | Unset = GetV1AnalyticsKpisIdTrendsMethod.AUTO,
    horizon: int | Unset = 7,
    window: int | Unset = 7,
    season: int | Unset = 7,

) -> Problem | TrendReport | None:
    """ Trends of a KPI: daily series, moving average, regression, forecast with 95% bands, projected
    attainment, anomalies

    Args:
        id (str):
        from_ (datetime.datetime | Unset):
        to (datetime.datetime | Unset):
        method (GetV1AnalyticsKpisIdTrendsMethod | Unset):  Default:
            GetV1AnalyticsKpisIdTrendsMethod.AUTO.
        horizon (int | Unset):  Default: 7.
        window (int | Unset):  Default: 7.
        season (int | Unset):  Default: 7.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TrendReport
     """


    return sync_detailed(
        id=id,
client=client,
from_=from_,
to=to,
method=method,
horizon=horizon,
window=window,
season=season,

    ).parsed

async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    method: GetV1AnalyticsKpisIdTrendsMethod | Unset = GetV1AnalyticsKpisIdTrendsMethod.AUTO,
    horizon: int | Unset = 7,
    window: int | Unset = 7,
    season: int | Unset = 7,

) -> Response[Problem | TrendReport]:
    """ Trends of a KPI: daily series, moving average, regression, forecast with 95% bands, projected
    attainment, anomalies

    Args:
        id (str):
        from_ (datetime.datetime | Unset):
        to (datetime.datetime | Unset):
        method (GetV1AnalyticsKpisIdTrendsMethod | Unset):  Default:
            GetV1AnalyticsKpisIdTrendsMethod.AUTO.
        horizon (int | Unset):  Default: 7.
        window (int | Unset):  Default: 7.
        season (int | Unset):  Default: 7.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TrendReport]
     """


    kwargs = _get_kwargs(
        id=id,
from_=from_,
to=to,
method=method,
horizon=horizon,
window=window,
season=season,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    method: GetV1AnalyticsKpisIdTrendsMethod | Unset = GetV1AnalyticsKpisIdTrendsMethod.AUTO,
    horizon: int | Unset = 7,
    window: int | Unset = 7,
    season: int | Unset = 7,

) -> Problem | TrendReport | None:
    """ Trends of a KPI: daily series, moving average, regression, forecast with 95% bands, projected
    attainment, anomalies

    Args:
        id (str):
        from_ (datetime.datetime | Unset):
        to (datetime.datetime | Unset):
        method (GetV1AnalyticsKpisIdTrendsMethod | Unset):  Default:
            GetV1AnalyticsKpisIdTrendsMethod.AUTO.
        horizon (int | Unset):  Default: 7.
        window (int | Unset):  Default: 7.
        season (int | Unset):  Default: 7.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TrendReport
     """


    return (await asyncio_detailed(
        id=id,
client=client,
from_=from_,
to=to,
method=method,
horizon=horizon,
window=window,
season=season,

    )).parsed
