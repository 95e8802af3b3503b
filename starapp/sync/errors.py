"""Errors of export, delivery and import. Messages are sentences a worker can act on."""

from __future__ import annotations

from typing import Any

from starapp.core.errors import StarappError


class BundleRejected(StarappError):
    """A bundle cannot be imported; the data file has not been changed."""


class TargetConfigError(StarappError):
    """A target's settings are not usable (a URL that is not a URL, a missing secret)."""


class DeliveryError(StarappError):
    """A delivery attempt failed."""


class TransientError(DeliveryError):
    """Worth trying again later: offline, a timeout, the server busy or failing."""

    def __init__(self, message: str, /, *, retry_after: float | None = None, **values: Any) -> None:
        super().__init__(message, **values)
        self.retry_after = retry_after


class NeedsAttention(DeliveryError):
    """Retrying cannot help (bad password, forbidden, not found, too large, a Wi-Fi login
    page): stop until the settings change or the user says try again."""


class BundleConflict(DeliveryError):
    """The target already holds a different file under this bundle's name."""
