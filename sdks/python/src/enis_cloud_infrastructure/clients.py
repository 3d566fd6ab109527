"""The service clients: async (the seed's) and sync, one pair per service."""
from __future__ import annotations

import datetime
import uuid
from typing import Any

from . import _validate
from ._base import AsyncServiceClient, ServiceClient
from ._generated.observability.api.metrics import post_v1_metrics_collect
from ._generated.observability.models import PostV1MetricsCollectResponse200, Sample, SampleLabels
from ._generated.observability.types import UNSET


def _sample(name: str, value: float, labels: dict[str, str] | None, timestamp: str | datetime.datetime | None) -> Sample:
    when = _validate.metric(name, value, labels, timestamp)
    sample_labels = UNSET
    if labels is not None:
        sample_labels = SampleLabels()
        sample_labels.additional_properties = dict(labels)
    return Sample(name=name, value=float(value), labels=sample_labels, timestamp=when if when is not None else UNSET)


def _event(type: str, source: str, data: Any, id: str | None, subject: str | None, time: str | None) -> dict:
    event = {"specversion": "1.0", "id": id or str(uuid.uuid4()), "source": _validate.required_text("source", source),
             "type": _validate.required_text("type", type)}
    if subject is not None:
        event["subject"] = _validate.required_text("subject", subject)
    if time is not None:
        _validate.date_time("time", time)
        event["time"] = time
    if data is not None:
        event["datacontenttype"] = "application/json"
        event["data"] = data
    return event


def _dashboard(name: str, kpis: list, extra: dict) -> dict:
    # kpis: KPI ids, {"id", "title"} or inline KPIs ({"name", "target", "current", "unit", ...}); the
    # operation's schema checks them before the request is sent
    return {"name": name, "kpis": kpis, **extra}


class ObservabilityClient(AsyncServiceClient):
    """Observability (metrics, traces, alerts). ``ENIS_OBSERVABILITY_URL`` overrides the base URL."""

    service = "observability"

    async def send_metric(self, name: str, value: float, labels: dict[str, str] | None = None,
                          timestamp: str | datetime.datetime | None = None) -> PostV1MetricsCollectResponse200:
        """POST /v1/metrics/collect with one sample; the answer's ``id`` names the stored write."""
        return await self.call(post_v1_metrics_collect, body=_sample(name, value, labels, timestamp))

    async def query(self, query: str, time: str | None = None) -> Any:
        """GET /v1/metrics/query (instant PromQL query)."""
        params = {"query": query, **({"time": time} if time else {})}
        return await self.request("GET", "/v1/metrics/query", params=params)


class SyncObservabilityClient(ServiceClient):
    """Synchronous :class:`ObservabilityClient`."""

    service = "observability"

    def send_metric(self, name: str, value: float, labels: dict[str, str] | None = None,
                    timestamp: str | datetime.datetime | None = None) -> PostV1MetricsCollectResponse200:
        return self.call(post_v1_metrics_collect, body=_sample(name, value, labels, timestamp))

    def query(self, query: str, time: str | None = None) -> Any:
        params = {"query": query, **({"time": time} if time else {})}
        return self.request("GET", "/v1/metrics/query", params=params)


class CloudBusClient(AsyncServiceClient):
    """Cloud-bus (CloudEvents routing). ``ENIS_CLOUD_BUS_URL`` overrides the base URL."""

    service = "cloud-bus"

    async def publish_event(self, type: str, source: str, data: Any = None, *, bus: str | None = None,
                            id: str | None = None, subject: str | None = None, time: str | None = None,
                            idempotency_key: str | None = None) -> Any:
        """Publishes one structured CloudEvent (to ``bus``, else the default bus); an Idempotency-Key is
        sent automatically (the same one on every retry) unless given."""
        path = f"/v1/buses/{bus}/events" if bus else "/v1/events"
        headers = {"Idempotency-Key": idempotency_key} if idempotency_key else None
        return await self.request("POST", path, json_body=_event(type, source, data, id, subject, time),
                                  headers=headers, content_type="application/cloudevents+json")

    async def create_bus(self, name: str, description: str | None = None) -> Any:
        body = {"name": name, **({"description": description} if description else {})}
        return await self.request("POST", "/v1/buses", json_body=body)

    async def list_buses(self) -> Any:
        return await self.request("GET", "/v1/buses")


class SyncCloudBusClient(ServiceClient):
    """Synchronous :class:`CloudBusClient`."""

    service = "cloud-bus"

    def publish_event(self, type: str, source: str, data: Any = None, *, bus: str | None = None,
                      id: str | None = None, subject: str | None = None, time: str | None = None,
                      idempotency_key: str | None = None) -> Any:
        path = f"/v1/buses/{bus}/events" if bus else "/v1/events"
        headers = {"Idempotency-Key": idempotency_key} if idempotency_key else None
        return self.request("POST", path, json_body=_event(type, source, data, id, subject, time),
                            headers=headers, content_type="application/cloudevents+json")

    def create_bus(self, name: str, description: str | None = None) -> Any:
        body = {"name": name, **({"description": description} if description else {})}
        return self.request("POST", "/v1/buses", json_body=body)

    def list_buses(self) -> Any:
        return self.request("GET", "/v1/buses")


class ScorecardClient(AsyncServiceClient):
    """Scorecard (analytics and KPIs). ``ENIS_SCORECARD_URL`` overrides the base URL."""

    service = "scorecard"

    async def create_dashboard(self, name: str, kpis: list, **extra: Any) -> Any:
        """POST /v1/analytics/dashboard: a dashboard with a panel per KPI (a KPI id, ``{"id", "title"}``, or an
        inline KPI created with it: ``{"name", "target", "unit", "current", ...}``); ``extra`` e.g.
        ``timeRange={"last": "30d"}``. The answer's ``id`` names it; an Idempotency-Key is sent."""
        return await self.request("POST", "/v1/analytics/dashboard", json_body=_dashboard(name, kpis, extra))


class SyncScorecardClient(ServiceClient):
    """Synchronous :class:`ScorecardClient`."""

    service = "scorecard"

    def create_dashboard(self, name: str, kpis: list, **extra: Any) -> Any:
        return self.request("POST", "/v1/analytics/dashboard", json_body=_dashboard(name, kpis, extra))
