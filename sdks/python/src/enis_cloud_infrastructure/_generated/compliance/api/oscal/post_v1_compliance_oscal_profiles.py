from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.oscal_import import OscalImport
from ...models.post_v1_compliance_oscal_profiles_body import PostV1ComplianceOscalProfilesBody
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    body: PostV1ComplianceOscalProfilesBody,
    framework: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    params: dict[str, Any] = {}

    params["framework"] = framework


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/compliance/oscal/profiles",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> OscalImport | Problem | None:
    if response.status_code == 201:
        response_201 = OscalImport.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[OscalImport | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: PostV1ComplianceOscalProfilesBody,
    framework: str | Unset = UNSET,

) -> Response[OscalImport | Problem]:
    """ Import an OSCAL 1.1.3 profile as a new framework

     The document is checked against NIST's OSCAL 1.1.3 profile JSON schema first: a document that fails
    it is refused with 400, one error per problem naming its JSON path (catalog.metadata.title) and what
    the schema allows; nothing is stored and nothing appended to the audit log. It is then resolved as
    NIST's OSCAL profile resolution specifies. Imports: each href names a catalog held here: a framework
    id or the catalog export URL (/v1/compliance/oscal/catalog?framework=ISO27001) for the export of
    those frameworks, urn:uuid:<uuid> of an imported catalog (as received, params and parts included),
    or #<uuid> of a back-matter resource whose rlinks hold one of these; include-all, include-controls
    and exclude-controls select by with-ids (OSCAL ids or labels such as the framework's own id),
    matching patterns (* and ?) and with-child-controls. Merge: combine method keep (the default without
    merge; two controls with one id are then refused), use-first or merge (the default of a merge
    without combine); as-is keeps the catalogs' groups, flat (or no merge) has none; custom is refused.
    Modify: set-parameters (label, values, select, class, usage, depends-on replaced; constraints and
    guidelines added; props by name and links by href replaced or added), alters with removes (by-name,
    by-class, by-id, by-ns, by-item-name) and adds (position starting, ending, before, after; by-id a
    part of the control). The resolved catalog must conform to the catalog schema; it is stored (GET
    /v1/compliance/oscal/imports/{framework}/document) and becomes the framework, each control mapped
    equal (strength 10) to its source. 422 naming the JSON path of an href, control id, param-id,
    control-id or by-id that does not resolve and of an unsupported option, with what is allowed.

    Args:
        framework (str | Unset):
        body (PostV1ComplianceOscalProfilesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OscalImport | Problem]
     """


    kwargs = _get_kwargs(
        body=body,
framework=framework,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    body: PostV1ComplianceOscalProfilesBody,
    framework: str | Unset = UNSET,

) -> OscalImport | Problem | None:
    """ Import an OSCAL 1.1.3 profile as a new framework

     The document is checked against NIST's OSCAL 1.1.3 profile JSON schema first: a document that fails
    it is refused with 400, one error per problem naming its JSON path (catalog.metadata.title) and what
    the schema allows; nothing is stored and nothing appended to the audit log. It is then resolved as
    NIST's OSCAL profile resolution specifies. Imports: each href names a catalog held here: a framework
    id or the catalog export URL (/v1/compliance/oscal/catalog?framework=ISO27001) for the export of
    those frameworks, urn:uuid:<uuid> of an imported catalog (as received, params and parts included),
    or #<uuid> of a back-matter resource whose rlinks hold one of these; include-all, include-controls
    and exclude-controls select by with-ids (OSCAL ids or labels such as the framework's own id),
    matching patterns (* and ?) and with-child-controls. Merge: combine method keep (the default without
    merge; two controls with one id are then refused), use-first or merge (the default of a merge
    without combine); as-is keeps the catalogs' groups, flat (or no merge) has none; custom is refused.
    Modify: set-parameters (label, values, select, class, usage, depends-on replaced; constraints and
    guidelines added; props by name and links by href replaced or added), alters with removes (by-name,
    by-class, by-id, by-ns, by-item-name) and adds (position starting, ending, before, after; by-id a
    part of the control). The resolved catalog must conform to the catalog schema; it is stored (GET
    /v1/compliance/oscal/imports/{framework}/document) and becomes the framework, each control mapped
    equal (strength 10) to its source. 422 naming the JSON path of an href, control id, param-id,
    control-id or by-id that does not resolve and of an unsupported option, with what is allowed.

    Args:
        framework (str | Unset):
        body (PostV1ComplianceOscalProfilesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OscalImport | Problem
     """


    return sync_detailed(
        client=client,
body=body,
framework=framework,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: PostV1ComplianceOscalProfilesBody,
    framework: str | Unset = UNSET,

) -> Response[OscalImport | Problem]:
    """ Import an OSCAL 1.1.3 profile as a new framework

     The document is checked against NIST's OSCAL 1.1.3 profile JSON schema first: a document that fails
    it is refused with 400, one error per problem naming its JSON path (catalog.metadata.title) and what
    the schema allows; nothing is stored and nothing appended to the audit log. It is then resolved as
    NIST's OSCAL profile resolution specifies. Imports: each href names a catalog held here: a framework
    id or the catalog export URL (/v1/compliance/oscal/catalog?framework=ISO27001) for the export of
    those frameworks, urn:uuid:<uuid> of an imported catalog (as received, params and parts included),
    or #<uuid> of a back-matter resource whose rlinks hold one of these; include-all, include-controls
    and exclude-controls select by with-ids (OSCAL ids or labels such as the framework's own id),
    matching patterns (* and ?) and with-child-controls. Merge: combine method keep (the default without
    merge; two controls with one id are then refused), use-first or merge (the default of a merge
    without combine); as-is keeps the catalogs' groups, flat (or no merge) has none; custom is refused.
    Modify: set-parameters (label, values, select, class, usage, depends-on replaced; constraints and
    guidelines added; props by name and links by href replaced or added), alters with removes (by-name,
    by-class, by-id, by-ns, by-item-name) and adds (position starting, ending, before, after; by-id a
    part of the control). The resolved catalog must conform to the catalog schema; it is stored (GET
    /v1/compliance/oscal/imports/{framework}/document) and becomes the framework, each control mapped
    equal (strength 10) to its source. 422 naming the JSON path of an href, control id, param-id,
    control-id or by-id that does not resolve and of an unsupported option, with what is allowed.

    Args:
        framework (str | Unset):
        body (PostV1ComplianceOscalProfilesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OscalImport | Problem]
     """


    kwargs = _get_kwargs(
        body=body,
framework=framework,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    body: PostV1ComplianceOscalProfilesBody,
    framework: str | Unset = UNSET,

) -> OscalImport | Problem | None:
    """ Import an OSCAL 1.1.3 profile as a new framework

     The document is checked against NIST's OSCAL 1.1.3 profile JSON schema first: a document that fails
    it is refused with 400, one error per problem naming its JSON path (catalog.metadata.title) and what
    the schema allows; nothing is stored and nothing appended to the audit log. It is then resolved as
    NIST's OSCAL profile resolution specifies. Imports: each href names a catalog held here: a framework
    id or the catalog export URL (/v1/compliance/oscal/catalog?framework=ISO27001) for the export of
    those frameworks, urn:uuid:<uuid> of an imported catalog (as received, params and parts included),
    or #<uuid> of a back-matter resource whose rlinks hold one of these; include-all, include-controls
    and exclude-controls select by with-ids (OSCAL ids or labels such as the framework's own id),
    matching patterns (* and ?) and with-child-controls. Merge: combine method keep (the default without
    merge; two controls with one id are then refused), use-first or merge (the default of a merge
    without combine); as-is keeps the catalogs' groups, flat (or no merge) has none; custom is refused.
    Modify: set-parameters (label, values, select, class, usage, depends-on replaced; constraints and
    guidelines added; props by name and links by href replaced or added), alters with removes (by-name,
    by-class, by-id, by-ns, by-item-name) and adds (position starting, ending, before, after; by-id a
    part of the control). The resolved catalog must conform to the catalog schema; it is stored (GET
    /v1/compliance/oscal/imports/{framework}/document) and becomes the framework, each control mapped
    equal (strength 10) to its source. 422 naming the JSON path of an href, control id, param-id,
    control-id or by-id that does not resolve and of an unsupported option, with what is allowed.

    Args:
        framework (str | Unset):
        body (PostV1ComplianceOscalProfilesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OscalImport | Problem
     """


    return (await asyncio_detailed(
        client=client,
body=body,
framework=framework,

    )).parsed
