from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.prometheus_response import PrometheusResponse
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    query: str,
    time: str | Unset = UNSET,
    start: str | Unset = UNSET,
    end: str | Unset = UNSET,
    step: str | Unset = UNSET,
    x_scope_org_id: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_scope_org_id, Unset):
        headers["X-Scope-OrgID"] = x_scope_org_id



    

    params: dict[str, Any] = {}

    params["query"] = query

    params["time"] = time

    params["start"] = start

    params["end"] = end

    params["step"] = step


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/metrics/query",
        "params": params,
    }


    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | PrometheusResponse | None:
    if response.status_code == 200:
        response_200 = PrometheusResponse.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | PrometheusResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    query: str,
    time: str | Unset = UNSET,
    start: str | Unset = UNSET,
    end: str | Unset = UNSET,
    step: str | Unset = UNSET,
    x_scope_org_id: str | Unset = UNSET,

) -> Response[Problem | PrometheusResponse]:
    """ Instant query, or range query when start, end and step are given

    Args:
        query (str):
        time (str | Unset):
        start (str | Unset):
        end (str | Unset):
        step (str | Unset):
        x_scope_org_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | PrometheusResponse]
     """


    kwargs = _get_kwargs(
        query=query,
time=time,
start=start,
end=end,
step=step,
x_scope_org_id=x_scope_org_id,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    query: str,
    time: str | Unset = UNSET,
    start: str | Unset = UNSET,
    end: str | Unset = UNSET,
    step: str | Unset = UNSET,
    x_scope_org_id: str | Unset = UNSET,

) -> Problem | PrometheusResponse | None:
    """ Instant query, or range query when start, end and step are given

    Args:
        query (str):
        time (str | Unset):
        start (str | Unset):
        end (str | Unset):
        step (str | Unset):
        x_scope_org_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | PrometheusResponse
     """


    return sync_detailed(
        client=client,
query=query,
time=time,
start=start,
end=end,
step=step,
x_scope_org_id=x_scope_org_id,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    query: str,
    time: str | Unset = UNSET,
    start: str | Unset = UNSET,
    end: str | Unset = UNSET,
    step: str | Unset = UNSET,
    x_scope_org_id: str | Unset = UNSET,

) -> Response[Problem | PrometheusResponse]:
    """ Instant query, or range query when start, end and step are given

    Args:
        query (str):
        time (str | Unset):
        start (str | Unset):
        end (str | Unset):
        step (str | Unset):
        x_scope_org_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | PrometheusResponse]
     """


    kwargs = _get_kwargs(
        query=query,
time=time,
start=start,
end=end,
step=step,
x_scope_org_id=x_scope_org_id,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    query: str,
    time: str | Unset = UNSET,
    start: str | Unset = UNSET,
    end: str | Unset = UNSET,
    step: str | Unset = UNSET,
    x_scope_org_id: str | Unset = UNSET,

) -> Problem | PrometheusResponse | None:
    """ Instant query, or range query when start, end and step are given

    Args:
        query (str):
        time (str | Unset):
        start (str | Unset):
        end (str | Unset):
        step (str | Unset):
        x_scope_org_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | PrometheusResponse
     """


    return (await asyncio_detailed(
        client=client,
query=query,
time=time,
start=start,
end=end,
step=step,
x_scope_org_id=x_scope_org_id,

    )).parsed
