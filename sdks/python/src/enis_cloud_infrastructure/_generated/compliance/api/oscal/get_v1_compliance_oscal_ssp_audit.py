from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.oscal_system_security_plan import OscalSystemSecurityPlan
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast
import datetime



def _get_kwargs(
    audit: str,
    *,
    as_of: datetime.datetime | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_as_of: str | Unset = UNSET
    if not isinstance(as_of, Unset):
        json_as_of = as_of.isoformat()
    params["asOf"] = json_as_of


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/compliance/oscal/ssp/{audit}".format(audit=quote(str(audit), safe=""),),
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> OscalSystemSecurityPlan | Problem | None:
    if response.status_code == 200:
        response_200 = OscalSystemSecurityPlan.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[OscalSystemSecurityPlan | Problem]:
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

) -> Response[OscalSystemSecurityPlan | Problem]:
    """ An OSCAL 1.1.3 system security plan skeleton of an audit

     The audit's scope as the system, one this-system component, and an implemented-requirement per
    control of its frameworks with its status (property) and reasons; what only people know is marked
    TODO.

    Args:
        audit (str):
        as_of (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OscalSystemSecurityPlan | Problem]
     """


    kwargs = _get_kwargs(
        audit=audit,
as_of=as_of,

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

) -> OscalSystemSecurityPlan | Problem | None:
    """ An OSCAL 1.1.3 system security plan skeleton of an audit

     The audit's scope as the system, one this-system component, and an implemented-requirement per
    control of its frameworks with its status (property) and reasons; what only people know is marked
    TODO.

    Args:
        audit (str):
        as_of (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OscalSystemSecurityPlan | Problem
     """


    return sync_detailed(
        audit=audit,
client=client,
as_of=as_of,

    ).parsed

async def asyncio_detailed(
    audit: str,
    *,
    client: AuthenticatedClient,
    as_of: datetime.datetime | Unset = UNSET,

) -> Response[OscalSystemSecurityPlan | Problem]:
    """ An OSCAL 1.1.3 system security plan skeleton of an audit

     The audit's scope as the system, one this-system component, and an implemented-requirement per
    control of its frameworks with its status (property) and reasons; what only people know is marked
    TODO.

    Args:
        audit (str):
        as_of (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OscalSystemSecurityPlan | Problem]
     """


    kwargs = _get_kwargs(
        audit=audit,
as_of=as_of,

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

) -> OscalSystemSecurityPlan | Problem | None:
    """ An OSCAL 1.1.3 system security plan skeleton of an audit

     The audit's scope as the system, one this-system component, and an implemented-requirement per
    control of its frameworks with its status (property) and reasons; what only people know is marked
    TODO.

    Args:
        audit (str):
        as_of (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OscalSystemSecurityPlan | Problem
     """


    return (await asyncio_detailed(
        audit=audit,
client=client,
as_of=as_of,

    )).parsed
