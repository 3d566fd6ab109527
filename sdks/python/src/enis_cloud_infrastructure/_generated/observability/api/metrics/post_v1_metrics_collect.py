from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.post_v1_metrics_collect_json_body_type_2 import PostV1MetricsCollectJsonBodyType2
from ...models.post_v1_metrics_collect_response_200 import PostV1MetricsCollectResponse200
from ...models.problem import Problem
from ...models.sample import Sample
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    body: list[Sample] | PostV1MetricsCollectJsonBodyType2 | Sample,
    x_scope_org_id: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_scope_org_id, Unset):
        headers["X-Scope-OrgID"] = x_scope_org_id



    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/metrics/collect",
    }

    
    if isinstance(body, Sample):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, list):
        _kwargs["json"] = []
        for body_type_1_item_data in body:
            body_type_1_item = body_type_1_item_data.to_dict()
            _kwargs["json"].append(body_type_1_item)


    else:
        _kwargs["json"] = body.to_dict()


    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PostV1MetricsCollectResponse200 | Problem | None:
    if response.status_code == 200:
        response_200 = PostV1MetricsCollectResponse200.from_dict(response.json())



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

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())



        return response_413

    if response.status_code == 415:
        response_415 = Problem.from_dict(response.json())



        return response_415

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[PostV1MetricsCollectResponse200 | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: list[Sample] | PostV1MetricsCollectJsonBodyType2 | Sample,
    x_scope_org_id: str | Unset = UNSET,

) -> Response[PostV1MetricsCollectResponse200 | Problem]:
    """ Ingest samples: JSON (one, an array, or {samples: [...]}) or Prometheus text format; all-or-nothing

    Args:
        x_scope_org_id (str | Unset):
        body (list[Sample] | PostV1MetricsCollectJsonBodyType2 | Sample):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PostV1MetricsCollectResponse200 | Problem]
     """


    kwargs = _get_kwargs(
        body=body,
x_scope_org_id=x_scope_org_id,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    body: list[Sample] | PostV1MetricsCollectJsonBodyType2 | Sample,
    x_scope_org_id: str | Unset = UNSET,

) -> PostV1MetricsCollectResponse200 | Problem | None:
    """ Ingest samples: JSON (one, an array, or {samples: [...]}) or Prometheus text format; all-or-nothing

    Args:
        x_scope_org_id (str | Unset):
        body (list[Sample] | PostV1MetricsCollectJsonBodyType2 | Sample):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PostV1MetricsCollectResponse200 | Problem
     """


    return sync_detailed(
        client=client,
body=body,
x_scope_org_id=x_scope_org_id,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: list[Sample] | PostV1MetricsCollectJsonBodyType2 | Sample,
    x_scope_org_id: str | Unset = UNSET,

) -> Response[PostV1MetricsCollectResponse200 | Problem]:
    """ Ingest samples: JSON (one, an array, or {samples: [...]}) or Prometheus text format; all-or-nothing

    Args:
        x_scope_org_id (str | Unset):
        body (list[Sample] | PostV1MetricsCollectJsonBodyType2 | Sample):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PostV1MetricsCollectResponse200 | Problem]
     """


    kwargs = _get_kwargs(
        body=body,
x_scope_org_id=x_scope_org_id,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    body: list[Sample] | PostV1MetricsCollectJsonBodyType2 | Sample,
    x_scope_org_id: str | Unset = UNSET,

) -> PostV1MetricsCollectResponse200 | Problem | None:
    """ Ingest samples: JSON (one, an array, or {samples: [...]}) or Prometheus text format; all-or-nothing

    Args:
        x_scope_org_id (str | Unset):
        body (list[Sample] | PostV1MetricsCollectJsonBodyType2 | Sample):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PostV1MetricsCollectResponse200 | Problem
     """


    return (await asyncio_detailed(
        client=client,
body=body,
x_scope_org_id=x_scope_org_id,

    )).parsed
