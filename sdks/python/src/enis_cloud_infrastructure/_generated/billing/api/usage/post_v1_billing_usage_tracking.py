from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.recorded import Recorded
from ...models.recorded_batch import RecordedBatch
from ...models.usage_batch import UsageBatch
from ...models.usage_event import UsageEvent
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    body: UsageBatch | UsageEvent,
    idempotency_key: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key



    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/billing/usage-tracking",
    }

    
    if isinstance(body, UsageEvent):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()


    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | Recorded | Recorded | RecordedBatch | None:
    if response.status_code == 200:
        def _parse_response_200(data: object) -> Recorded | RecordedBatch:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = Recorded.from_dict(data)



                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = RecordedBatch.from_dict(data)



            return response_200_type_1

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = Recorded.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | Recorded | Recorded | RecordedBatch]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: UsageBatch | UsageEvent,
    idempotency_key: str | Unset = UNSET,

) -> Response[Problem | Recorded | Recorded | RecordedBatch]:
    """ Report usage: one event, or a batch of up to 1000 (all stored, or none)

     409: a transaction_id stored with another payload (both named). 422: usage-too-late (the period
    closed longer ago than USAGE_GRACE_PERIOD), subscription-not-running (no period at that time: before
    the start, paused, canceled or ended), metric-not-metered, period-invoiced (the closed period's
    invoice is already finalized; the detail names it). 400 also for a property value of 1e15 or more.

    Args:
        idempotency_key (str | Unset):
        body (UsageBatch | UsageEvent):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Recorded | Recorded | RecordedBatch]
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
    body: UsageBatch | UsageEvent,
    idempotency_key: str | Unset = UNSET,

) -> Problem | Recorded | Recorded | RecordedBatch | None:
    """ Report usage: one event, or a batch of up to 1000 (all stored, or none)

     409: a transaction_id stored with another payload (both named). 422: usage-too-late (the period
    closed longer ago than USAGE_GRACE_PERIOD), subscription-not-running (no period at that time: before
    the start, paused, canceled or ended), metric-not-metered, period-invoiced (the closed period's
    invoice is already finalized; the detail names it). 400 also for a property value of 1e15 or more.

    Args:
        idempotency_key (str | Unset):
        body (UsageBatch | UsageEvent):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Recorded | Recorded | RecordedBatch
     """


    return sync_detailed(
        client=client,
body=body,
idempotency_key=idempotency_key,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: UsageBatch | UsageEvent,
    idempotency_key: str | Unset = UNSET,

) -> Response[Problem | Recorded | Recorded | RecordedBatch]:
    """ Report usage: one event, or a batch of up to 1000 (all stored, or none)

     409: a transaction_id stored with another payload (both named). 422: usage-too-late (the period
    closed longer ago than USAGE_GRACE_PERIOD), subscription-not-running (no period at that time: before
    the start, paused, canceled or ended), metric-not-metered, period-invoiced (the closed period's
    invoice is already finalized; the detail names it). 400 also for a property value of 1e15 or more.

    Args:
        idempotency_key (str | Unset):
        body (UsageBatch | UsageEvent):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Recorded | Recorded | RecordedBatch]
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
    body: UsageBatch | UsageEvent,
    idempotency_key: str | Unset = UNSET,

) -> Problem | Recorded | Recorded | RecordedBatch | None:
    """ Report usage: one event, or a batch of up to 1000 (all stored, or none)

     409: a transaction_id stored with another payload (both named). 422: usage-too-late (the period
    closed longer ago than USAGE_GRACE_PERIOD), subscription-not-running (no period at that time: before
    the start, paused, canceled or ended), metric-not-metered, period-invoiced (the closed period's
    invoice is already finalized; the detail names it). 400 also for a property value of 1e15 or more.

    Args:
        idempotency_key (str | Unset):
        body (UsageBatch | UsageEvent):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Recorded | Recorded | RecordedBatch
     """


    return (await asyncio_detailed(
        client=client,
body=body,
idempotency_key=idempotency_key,

    )).parsed
