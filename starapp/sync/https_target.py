"""An HTTPS endpoint the charity controls (a webhook): one POST per bundle, with a
bearer token and ``Idempotency-Key`` = the bundle id, so a retry of a bundle the
endpoint already stored is recognised there and not stored twice (see
docs/bundle-format.md, "HTTPS endpoint")."""

from __future__ import annotations

from starapp.store.outbox import FrozenBundle
from starapp.sync.bundle_crypto import content_type
from starapp.sync.errors import BundleConflict, NeedsAttention
from starapp.sync.http import (
    looks_like_login_page,
    make_client,
    raise_for_status,
    refuse_redirect,
    send,
)


class HttpsTarget:
    def __init__(
        self,
        name: str,
        url: str,
        *,
        token: str | None = None,
        ca_file: str | None = None,
        timeout: float = 30.0,
    ) -> None:
        self.name = name
        self.url = url
        self.token = token or ""
        self.client = make_client(ca_file=ca_file, timeout=timeout)

    def deliver(self, bundle: FrozenBundle, source_install: str) -> str:
        if bundle.data is None:
            raise NeedsAttention("The bundle's stored bytes are missing.")
        resp = send(
            self.client,
            "POST",
            self.url,
            content=bundle.data,
            headers={
                "Authorization": f"Bearer {self.token}",
                "Idempotency-Key": bundle.id,
                "Content-Type": content_type(bundle.data),
                "X-Starapp-Sha256": bundle.sha256,
                "X-Starapp-Source-Install": source_install,
                "X-Starapp-File-Name": bundle.file_name,
            },
        )
        refuse_redirect(resp, self.url)
        if resp.status_code == 409:
            raise BundleConflict(
                "The endpoint already holds a different bundle with this id. Ask the charity "
                "to check it, then choose Try again."
            )
        raise_for_status(resp, self.name)
        if looks_like_login_page(resp) or not 200 <= resp.status_code < 300:
            raise NeedsAttention(
                "The network answered with a web page instead of the charity's endpoint: "
                "probably a Wi-Fi login page. Log in in a browser, then choose Try again."
            )
        return "posted"

    def close(self) -> None:
        self.client.close()
