from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.cloud_event import CloudEvent
from ...models.problem import Problem
from ...models.publish_result import PublishResult
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    bus: str,
    *,
    body:    CloudEvent  |     list[CloudEvent]  | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key



    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/buses/{bus}/events".format(bus=quote(str(bus), safe=""),),
    }

    if isinstance(body, CloudEvent):
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/cloudevents+json"
    if isinstance(body, list[CloudEvent]):
        _kwargs["json"] = []
        for body_item_data in body:
            body_item = body_item_data.to_dict()
            _kwargs["json"].append(body_item)



        headers["Content-Type"] = "application/cloudevents-batch+json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | PublishResult | None:
    if response.status_code == 202:
        response_202 = PublishResult.from_dict(response.json())



        return response_202

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | PublishResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    bus: str,
    *,
    client: AuthenticatedClient,
    body:    CloudEvent  |     list[CloudEvent]  | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,

) -> Response[Problem | PublishResult]:
    """ Publish to a bus

    Args:
        bus (str):
        idempotency_key (str | Unset):
        body (CloudEvent): CloudEvents 1.0, JSON format; at most MAX_EVENT_BYTES (256 KiB) as
            JSON. Optional attributes may be null (absent).
        body (list[CloudEvent]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | PublishResult]
     """


    kwargs = _get_kwargs(
        bus=bus,
body=body,
idempotency_key=idempotency_key,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    bus: str,
    *,
    client: AuthenticatedClient,
    body:    CloudEvent  |     list[CloudEvent]  | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,

) -> Problem | PublishResult | None:
    """ Publish to a bus

    Args:
        bus (str):
        idempotency_key (str | Unset):
        body (CloudEvent): CloudEvents 1.0, JSON format; at most MAX_EVENT_BYTES (256 KiB) as
            JSON. Optional attributes may be null (absent).
        body (list[CloudEvent]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | PublishResult
     """


    return sync_detailed(
        bus=bus,
client=client,
body=body,
idempotency_key=idempotency_key,

    ).parsed

async def asyncio_detailed(
    bus: str,
    *,
    client: AuthenticatedClient,
    body:    CloudEvent  |     list[CloudEvent]  | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,

) -> Response[Problem | PublishResult]:
    """ Publish to a bus

    Args:
        bus (str):
        idempotency_key (str | Unset):
        body (CloudEvent): CloudEvents 1.0, JSON format; at most MAX_EVENT_BYTES (256 KiB) as
            JSON. Optional attributes may be null (absent).
        body (list[CloudEvent]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | PublishResult]
     """


    kwargs = _get_kwargs(
        bus=bus,
body=body,
idempotency_key=idempotency_key,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    bus: str,
    *,
    client: AuthenticatedClient,
    body:    CloudEvent  |     list[CloudEvent]  | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,

) -> Problem | PublishResult | None:
    """ Publish to a bus

    Args:
        bus (str):
        idempotency_key (str | Unset):
        body (CloudEvent): CloudEvents 1.0, JSON format; at most MAX_EVENT_BYTES (256 KiB) as
            JSON. Optional attributes may be null (absent).
        body (list[CloudEvent]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | PublishResult
     """


    return (await asyncio_detailed(
        bus=bus,
client=client,
body=body,
idempotency_key=idempotency_key,

    )).parsed
