from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.post_v1_metrics_content_encoding import PostV1MetricsContentEncoding
from ...models.post_v1_metrics_json_body import PostV1MetricsJsonBody
from ...models.post_v1_metrics_response_200 import PostV1MetricsResponse200
from ...models.post_v1_metrics_response_400 import PostV1MetricsResponse400
from ...models.post_v1_metrics_response_401 import PostV1MetricsResponse401
from ...models.post_v1_metrics_response_403 import PostV1MetricsResponse403
from ...models.post_v1_metrics_response_413 import PostV1MetricsResponse413
from ...models.post_v1_metrics_response_415 import PostV1MetricsResponse415
from ...models.post_v1_metrics_response_422 import PostV1MetricsResponse422
from ...models.post_v1_metrics_response_429 import PostV1MetricsResponse429
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    body: PostV1MetricsJsonBody,
    x_scope_org_id: str | Unset = UNSET,
    content_encoding: PostV1MetricsContentEncoding | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_scope_org_id, Unset):
        headers["X-Scope-OrgID"] = x_scope_org_id

    if not isinstance(content_encoding, Unset):
        headers["Content-Encoding"] = str(content_encoding)




    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/metrics",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PostV1MetricsResponse200 | PostV1MetricsResponse400 | PostV1MetricsResponse401 | PostV1MetricsResponse403 | PostV1MetricsResponse413 | PostV1MetricsResponse415 | PostV1MetricsResponse422 | PostV1MetricsResponse429 | Problem | None:
    if response.status_code == 200:
        response_200 = PostV1MetricsResponse200.from_dict(response.json())



        return response_200

    if response.status_code == 400:
        response_400 = PostV1MetricsResponse400.from_dict(response.json())



        return response_400

    if response.status_code == 401:
        response_401 = PostV1MetricsResponse401.from_dict(response.json())



        return response_401

    if response.status_code == 403:
        response_403 = PostV1MetricsResponse403.from_dict(response.json())



        return response_403

    if response.status_code == 413:
        response_413 = PostV1MetricsResponse413.from_dict(response.json())



        return response_413

    if response.status_code == 415:
        response_415 = PostV1MetricsResponse415.from_dict(response.json())



        return response_415

    if response.status_code == 422:
        response_422 = PostV1MetricsResponse422.from_dict(response.json())



        return response_422

    if response.status_code == 429:
        response_429 = PostV1MetricsResponse429.from_dict(response.json())



        return response_429

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())



        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[PostV1MetricsResponse200 | PostV1MetricsResponse400 | PostV1MetricsResponse401 | PostV1MetricsResponse403 | PostV1MetricsResponse413 | PostV1MetricsResponse415 | PostV1MetricsResponse422 | PostV1MetricsResponse429 | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: PostV1MetricsJsonBody,
    x_scope_org_id: str | Unset = UNSET,
    content_encoding: PostV1MetricsContentEncoding | Unset = UNSET,

) -> Response[PostV1MetricsResponse200 | PostV1MetricsResponse400 | PostV1MetricsResponse401 | PostV1MetricsResponse403 | PostV1MetricsResponse413 | PostV1MetricsResponse415 | PostV1MetricsResponse422 | PostV1MetricsResponse429 | Problem]:
    """ OTLP/HTTP metrics export, protobuf or JSON: the path OpenTelemetry exporters use
    (OTEL_EXPORTER_OTLP_METRICS_ENDPOINT=<base>/v1/metrics)

     Translated as Prometheus' OTLP receiver does (UnderscoreEscapingWithSuffixes): gauges, cumulative
    sums (monotonic -> _total counters), explicit-bucket histograms (_bucket/_sum/_count), summaries;
    service.name/namespace -> job, service.instance.id -> instance, other resource attributes ->
    target_info. Delta temporality, exponential histograms and points over the limits are rejected in
    partialSuccess; see docs/api/observability.md (OTLP).

    Args:
        x_scope_org_id (str | Unset):
        content_encoding (PostV1MetricsContentEncoding | Unset):
        body (PostV1MetricsJsonBody): OTLP ExportMetricsServiceRequest, JSON encoding
            (lowerCamelCase, int64 as strings, enums as integers)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PostV1MetricsResponse200 | PostV1MetricsResponse400 | PostV1MetricsResponse401 | PostV1MetricsResponse403 | PostV1MetricsResponse413 | PostV1MetricsResponse415 | PostV1MetricsResponse422 | PostV1MetricsResponse429 | Problem]
     """


    kwargs = _get_kwargs(
        body=body,
x_scope_org_id=x_scope_org_id,
content_encoding=content_encoding,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    body: PostV1MetricsJsonBody,
    x_scope_org_id: str | Unset = UNSET,
    content_encoding: PostV1MetricsContentEncoding | Unset = UNSET,

) -> PostV1MetricsResponse200 | PostV1MetricsResponse400 | PostV1MetricsResponse401 | PostV1MetricsResponse403 | PostV1MetricsResponse413 | PostV1MetricsResponse415 | PostV1MetricsResponse422 | PostV1MetricsResponse429 | Problem | None:
    """ OTLP/HTTP metrics export, protobuf or JSON: the path OpenTelemetry exporters use
    (OTEL_EXPORTER_OTLP_METRICS_ENDPOINT=<base>/v1/metrics)

     Translated as Prometheus' OTLP receiver does (UnderscoreEscapingWithSuffixes): gauges, cumulative
    sums (monotonic -> _total counters), explicit-bucket histograms (_bucket/_sum/_count), summaries;
    service.name/namespace -> job, service.instance.id -> instance, other resource attributes ->
    target_info. Delta temporality, exponential histograms and points over the limits are rejected in
    partialSuccess; see docs/api/observability.md (OTLP).

    Args:
        x_scope_org_id (str | Unset):
        content_encoding (PostV1MetricsContentEncoding | Unset):
        body (PostV1MetricsJsonBody): OTLP ExportMetricsServiceRequest, JSON encoding
            (lowerCamelCase, int64 as strings, enums as integers)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PostV1MetricsResponse200 | PostV1MetricsResponse400 | PostV1MetricsResponse401 | PostV1MetricsResponse403 | PostV1MetricsResponse413 | PostV1MetricsResponse415 | PostV1MetricsResponse422 | PostV1MetricsResponse429 | Problem
     """


    return sync_detailed(
        client=client,
body=body,
x_scope_org_id=x_scope_org_id,
content_encoding=content_encoding,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: PostV1MetricsJsonBody,
    x_scope_org_id: str | Unset = UNSET,
    content_encoding: PostV1MetricsContentEncoding | Unset = UNSET,

) -> Response[PostV1MetricsResponse200 | PostV1MetricsResponse400 | PostV1MetricsResponse401 | PostV1MetricsResponse403 | PostV1MetricsResponse413 | PostV1MetricsResponse415 | PostV1MetricsResponse422 | PostV1MetricsResponse429 | Problem]:
    """ OTLP/HTTP metrics export, protobuf or JSON: the path OpenTelemetry exporters use
    (OTEL_EXPORTER_OTLP_METRICS_ENDPOINT=<base>/v1/metrics)

     Translated as Prometheus' OTLP receiver does (UnderscoreEscapingWithSuffixes): gauges, cumulative
    sums (monotonic -> _total counters), explicit-bucket histograms (_bucket/_sum/_count), summaries;
    service.name/namespace -> job, service.instance.id -> instance, other resource attributes ->
    target_info. Delta temporality, exponential histograms and points over the limits are rejected in
    partialSuccess; see docs/api/observability.md (OTLP).

    Args:
        x_scope_org_id (str | Unset):
        content_encoding (PostV1MetricsContentEncoding | Unset):
        body (PostV1MetricsJsonBody): OTLP ExportMetricsServiceRequest, JSON encoding
            (lowerCamelCase, int64 as strings, enums as integers)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PostV1MetricsResponse200 | PostV1MetricsResponse400 | PostV1MetricsResponse401 | PostV1MetricsResponse403 | PostV1MetricsResponse413 | PostV1MetricsResponse415 | PostV1MetricsResponse422 | PostV1MetricsResponse429 | Problem]
     """


    kwargs = _get_kwargs(
        body=body,
x_scope_org_id=x_scope_org_id,
content_encoding=content_encoding,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    body: PostV1MetricsJsonBody,
    x_scope_org_id: str | Unset = UNSET,
    content_encoding: PostV1MetricsContentEncoding | Unset = UNSET,

) -> PostV1MetricsResponse200 | PostV1MetricsResponse400 | PostV1MetricsResponse401 | PostV1MetricsResponse403 | PostV1MetricsResponse413 | PostV1MetricsResponse415 | PostV1MetricsResponse422 | PostV1MetricsResponse429 | Problem | None:
    """ OTLP/HTTP metrics export, protobuf or JSON: the path OpenTelemetry exporters use
    (OTEL_EXPORTER_OTLP_METRICS_ENDPOINT=<base>/v1/metrics)

     Translated as Prometheus' OTLP receiver does (UnderscoreEscapingWithSuffixes): gauges, cumulative
    sums (monotonic -> _total counters), explicit-bucket histograms (_bucket/_sum/_count), summaries;
    service.name/namespace -> job, service.instance.id -> instance, other resource attributes ->
    target_info. Delta temporality, exponential histograms and points over the limits are rejected in
    partialSuccess; see docs/api/observability.md (OTLP).

    Args:
        x_scope_org_id (str | Unset):
        content_encoding (PostV1MetricsContentEncoding | Unset):
        body (PostV1MetricsJsonBody): OTLP ExportMetricsServiceRequest, JSON encoding
            (lowerCamelCase, int64 as strings, enums as integers)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PostV1MetricsResponse200 | PostV1MetricsResponse400 | PostV1MetricsResponse401 | PostV1MetricsResponse403 | PostV1MetricsResponse413 | PostV1MetricsResponse415 | PostV1MetricsResponse422 | PostV1MetricsResponse429 | Problem
     """


    return (await asyncio_detailed(
        client=client,
body=body,
x_scope_org_id=x_scope_org_id,
content_encoding=content_encoding,

    )).parsed
