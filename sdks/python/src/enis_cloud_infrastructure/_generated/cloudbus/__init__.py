
""" A client library for accessing ENIS cloud-bus API """
from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
