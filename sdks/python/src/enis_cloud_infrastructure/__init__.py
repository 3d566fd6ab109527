"""ENIS Cloud client SDK: clients of the ENIS Cloud services, generated from their OpenAPI documents
(openapi-python-client) under a thin hand-written layer (base URL and key, retries, idempotency keys,
typed errors, pagination).

    from enis_cloud_infrastructure import ObservabilityClient
    metric = await ObservabilityClient(api_key="...").send_metric(name="up", value=1)
"""
from ._base import DEFAULT_BASE_URL, ApiObject, AsyncServiceClient, ServiceClient
from ._retry import RetryPolicy
from ._service_clients import *  # noqa: F401,F403  a client per covered service without a hand-written one
from ._service_clients import __all__ as _generated_clients
from ._version import __version__
from .clients import (CloudBusClient, ObservabilityClient, ScorecardClient, SyncCloudBusClient,
                      SyncObservabilityClient, SyncScorecardClient)
from .errors import (ApiError, ConnectionFailedError, EnisError, FieldError, InvalidArgumentError,
                     RateLimitedError)

__all__ = ["DEFAULT_BASE_URL", "ApiObject", "AsyncServiceClient", "ServiceClient", "RetryPolicy", "__version__",
           "ObservabilityClient", "SyncObservabilityClient", "CloudBusClient", "SyncCloudBusClient",
           "ScorecardClient", "SyncScorecardClient", "ApiError", "RateLimitedError", "ConnectionFailedError",
           "EnisError", "FieldError", "InvalidArgumentError", *_generated_clients]
