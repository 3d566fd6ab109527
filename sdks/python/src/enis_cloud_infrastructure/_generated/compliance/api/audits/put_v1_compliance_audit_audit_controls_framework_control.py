from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.control_status import ControlStatus
from ...models.decision_request import DecisionRequest
from ...models.problem import Problem
from typing import cast



def _get_kwargs(
    audit: str,
    framework: str,
    control: str,
    *,
    body: DecisionRequest,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/compliance/audit/{audit}/controls/{framework}/{control}".format(audit=quote(str(audit), safe=""),framework=quote(str(framework), safe=""),control=quote(str(control), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ControlStatus | Problem | None:
    if response.status_code == 200:
        response_200 = ControlStatus.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ControlStatus | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    audit: str,
    framework: str,
    control: str,
    *,
    client: AuthenticatedClient,
    body: DecisionRequest,

) -> Response[ControlStatus | Problem]:
    """ Decide a control: not applicable, waived (justification, approver, expiry) or automatic

    Args:
        audit (str):
        framework (str):
        control (str):
        body (DecisionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ControlStatus | Problem]
     """


    kwargs = _get_kwargs(
        audit=audit,
framework=framework,
control=control,
body=body,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    audit: str,
    framework: str,
    control: str,
    *,
    client: AuthenticatedClient,
    body: DecisionRequest,

) -> ControlStatus | Problem | None:
    """ Decide a control: not applicable, waived (justification, approver, expiry) or automatic

    Args:
        audit (str):
        framework (str):
        control (str):
        body (DecisionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ControlStatus | Problem
     """


    return sync_detailed(
        audit=audit,
framework=framework,
control=control,
client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    audit: str,
    framework: str,
    control: str,
    *,
    client: AuthenticatedClient,
    body: DecisionRequest,

) -> Response[ControlStatus | Problem]:
    """ Decide a control: not applicable, waived (justification, approver, expiry) or automatic

    Args:
        audit (str):
        framework (str):
        control (str):
        body (DecisionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ControlStatus | Problem]
     """


    kwargs = _get_kwargs(
        audit=audit,
framework=framework,
control=control,
body=body,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    audit: str,
    framework: str,
    control: str,
    *,
    client: AuthenticatedClient,
    body: DecisionRequest,

) -> ControlStatus | Problem | None:
    """ Decide a control: not applicable, waived (justification, approver, expiry) or automatic

    Args:
        audit (str):
        framework (str):
        control (str):
        body (DecisionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ControlStatus | Problem
     """


    return (await asyncio_detailed(
        audit=audit,
framework=framework,
control=control,
client=client,
body=body,

    )).parsed
