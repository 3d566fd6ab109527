from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.otlp_traces import OtlpTraces
from ...models.post_v1_traces_content_encoding import PostV1TracesContentEncoding
from ...models.post_v1_traces_response_200 import PostV1TracesResponse200
from ...models.post_v1_traces_response_400 import PostV1TracesResponse400
from ...models.post_v1_traces_response_401 import PostV1TracesResponse401
from ...models.post_v1_traces_response_403 import PostV1TracesResponse403
from ...models.post_v1_traces_response_413 import PostV1TracesResponse413
from ...models.post_v1_traces_response_415 import PostV1TracesResponse415
from ...models.post_v1_traces_response_429 import PostV1TracesResponse429
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    body: OtlpTraces,
    x_scope_org_id: str | Unset = UNSET,
    content_encoding: PostV1TracesContentEncoding | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_scope_org_id, Unset):
        headers["X-Scope-OrgID"] = x_scope_org_id

    if not isinstance(content_encoding, Unset):
        headers["Content-Encoding"] = str(content_encoding)




    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/traces",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PostV1TracesResponse200 | PostV1TracesResponse400 | PostV1TracesResponse401 | PostV1TracesResponse403 | PostV1TracesResponse413 | PostV1TracesResponse415 | PostV1TracesResponse429 | Problem | None:
    if response.status_code == 200:
        response_200 = PostV1TracesResponse200.from_dict(response.json())



        return response_200

    if response.status_code == 400:
        response_400 = PostV1TracesResponse400.from_dict(response.json())



        return response_400

    if response.status_code == 401:
        response_401 = PostV1TracesResponse401.from_dict(response.json())



        return response_401

    if response.status_code == 403:
        response_403 = PostV1TracesResponse403.from_dict(response.json())



        return response_403

    if response.status_code == 413:
        response_413 = PostV1TracesResponse413.from_dict(response.json())



        return response_413

    if response.status_code == 415:
        response_415 = PostV1TracesResponse415.from_dict(response.json())



        return response_415

    if response.status_code == 429:
        response_429 = PostV1TracesResponse429.from_dict(response.json())



        return response_429

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())



        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[PostV1TracesResponse200 | PostV1TracesResponse400 | PostV1TracesResponse401 | PostV1TracesResponse403 | PostV1TracesResponse413 | PostV1TracesResponse415 | PostV1TracesResponse429 | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: OtlpTraces,
    x_scope_org_id: str | Unset = UNSET,
    content_encoding: PostV1TracesContentEncoding | Unset = UNSET,

) -> Response[PostV1TracesResponse200 | PostV1TracesResponse400 | PostV1TracesResponse401 | PostV1TracesResponse403 | PostV1TracesResponse413 | PostV1TracesResponse415 | PostV1TracesResponse429 | Problem]:
    """ OTLP/HTTP trace export, protobuf or JSON: the path OpenTelemetry exporters use
    (OTEL_EXPORTER_OTLP_TRACES_ENDPOINT=<base>/v1/traces)

     Spans with invalid ids, names or times are rejected in partialSuccess and the others stored; see
    docs/api/observability.md (OTLP).

    Args:
        x_scope_org_id (str | Unset):
        content_encoding (PostV1TracesContentEncoding | Unset):
        body (OtlpTraces): OTLP ExportTraceServiceRequest, JSON encoding (hex ids, nanosecond
            strings)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PostV1TracesResponse200 | PostV1TracesResponse400 | PostV1TracesResponse401 | PostV1TracesResponse403 | PostV1TracesResponse413 | PostV1TracesResponse415 | PostV1TracesResponse429 | Problem]
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
    body: OtlpTraces,
    x_scope_org_id: str | Unset = UNSET,
    content_encoding: PostV1TracesContentEncoding | Unset = UNSET,

) -> PostV1TracesResponse200 | PostV1TracesResponse400 | PostV1TracesResponse401 | PostV1TracesResponse403 | PostV1TracesResponse413 | PostV1TracesResponse415 | PostV1TracesResponse429 | Problem | None:
    """ OTLP/HTTP trace export, protobuf or JSON: the path OpenTelemetry exporters use
    (OTEL_EXPORTER_OTLP_TRACES_ENDPOINT=<base>/v1/traces)

     Spans with invalid ids, names or times are rejected in partialSuccess and the others stored; see
    docs/api/observability.md (OTLP).

    Args:
        x_scope_org_id (str | Unset):
        content_encoding (PostV1TracesContentEncoding | Unset):
        body (OtlpTraces): OTLP ExportTraceServiceRequest, JSON encoding (hex ids, nanosecond
            strings)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PostV1TracesResponse200 | PostV1TracesResponse400 | PostV1TracesResponse401 | PostV1TracesResponse403 | PostV1TracesResponse413 | PostV1TracesResponse415 | PostV1TracesResponse429 | Problem
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
    body: OtlpTraces,
    x_scope_org_id: str | Unset = UNSET,
    content_encoding: PostV1TracesContentEncoding | Unset = UNSET,

) -> Response[PostV1TracesResponse200 | PostV1TracesResponse400 | PostV1TracesResponse401 | PostV1TracesResponse403 | PostV1TracesResponse413 | PostV1TracesResponse415 | PostV1TracesResponse429 | Problem]:
    """ OTLP/HTTP trace export, protobuf or JSON: the path OpenTelemetry exporters use
    (OTEL_EXPORTER_OTLP_TRACES_ENDPOINT=<base>/v1/traces)

     Spans with invalid ids, names or times are rejected in partialSuccess and the others stored; see
    docs/api/observability.md (OTLP).

    Args:
        x_scope_org_id (str | Unset):
        content_encoding (PostV1TracesContentEncoding | Unset):
        body (OtlpTraces): OTLP ExportTraceServiceRequest, JSON encoding (hex ids, nanosecond
            strings)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PostV1TracesResponse200 | PostV1TracesResponse400 | PostV1TracesResponse401 | PostV1TracesResponse403 | PostV1TracesResponse413 | PostV1TracesResponse415 | PostV1TracesResponse429 | Problem]
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
    body: OtlpTraces,
    x_scope_org_id: str | Unset = UNSET,
    content_encoding: PostV1TracesContentEncoding | Unset = UNSET,

) -> PostV1TracesResponse200 | PostV1TracesResponse400 | PostV1TracesResponse401 | PostV1TracesResponse403 | PostV1TracesResponse413 | PostV1TracesResponse415 | PostV1TracesResponse429 | Problem | None:
    """ OTLP/HTTP trace export, protobuf or JSON: the path OpenTelemetry exporters use
    (OTEL_EXPORTER_OTLP_TRACES_ENDPOINT=<base>/v1/traces)

     Spans with invalid ids, names or times are rejected in partialSuccess and the others stored; see
    docs/api/observability.md (OTLP).

    Args:
        x_scope_org_id (str | Unset):
        content_encoding (PostV1TracesContentEncoding | Unset):
        body (OtlpTraces): OTLP ExportTraceServiceRequest, JSON encoding (hex ids, nanosecond
            strings)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PostV1TracesResponse200 | PostV1TracesResponse400 | PostV1TracesResponse401 | PostV1TracesResponse403 | PostV1TracesResponse413 | PostV1TracesResponse415 | PostV1TracesResponse429 | Problem
     """


    return (await asyncio_detailed(
        client=client,
body=body,
x_scope_org_id=x_scope_org_id,
content_encoding=content_encoding,

    )).parsed
