"""A WebDAV target (Nextcloud, ownCloud, any WebDAV server).

``PUT`` with ``If-None-Match: *`` never overwrites: if the server already has a file of
that name (say an earlier attempt arrived but its answer was lost), starapp fetches it
and compares: the same bytes count as delivered, different bytes are a conflict shown
to the user. Missing folders are made with ``MKCOL``.
"""

from __future__ import annotations

import hashlib

import httpx

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


class WebDavTarget:
    def __init__(
        self,
        name: str,
        url: str,
        *,
        username: str = "",
        password: str | None = None,
        ca_file: str | None = None,
        timeout: float = 30.0,
    ) -> None:
        self.name = name
        self.base = url.rstrip("/")
        auth = httpx.BasicAuth(username, password or "") if username else None
        self.client = make_client(ca_file=ca_file, timeout=timeout, auth=auth)
        self._made: set[str] = set()

    def deliver(self, bundle: FrozenBundle, source_install: str) -> str:
        if bundle.data is None:
            raise NeedsAttention("The bundle's stored bytes are missing.")
        folder = f"{self.base}/{source_install}"
        url = f"{folder}/{bundle.file_name}"
        resp = self._put(url, bundle.data)
        if resp.status_code in (404, 409) and folder not in self._made:
            self._mkcol(self.base)
            self._mkcol(folder)
            resp = self._put(url, bundle.data)
        if resp.status_code == 412:
            return self._compare(url, bundle)
        if resp.status_code == 409:
            raise NeedsAttention("The folder {folder} cannot be made on the server.", folder=folder)
        raise_for_status(resp, self.name)
        portal = resp.status_code == 200 and looks_like_login_page(resp)
        if portal or resp.status_code not in (200, 201, 204):
            raise NeedsAttention(
                "The network answered with a web page instead of the WebDAV server: probably "
                "a Wi-Fi login page. Log in in a browser, then choose Try again."
            )
        self._made.add(folder)
        return "uploaded"

    def _put(self, url: str, data: bytes) -> httpx.Response:
        resp = send(
            self.client,
            "PUT",
            url,
            content=data,
            headers={"If-None-Match": "*", "Content-Type": content_type(data)},
        )
        refuse_redirect(resp, url)
        return resp

    def _mkcol(self, url: str, depth: int = 0) -> None:
        """Make a folder, and its missing parents (409 means "parent missing")."""
        if url in self._made:
            return
        resp = send(self.client, "MKCOL", url)
        refuse_redirect(resp, url)
        if resp.status_code == 409 and depth < 8:
            parent = url.rsplit("/", 1)[0]
            if httpx.URL(parent).path not in ("", "/"):
                self._mkcol(parent, depth + 1)
                resp = send(self.client, "MKCOL", url)
        if resp.status_code in (201, 405):  # made, or already there
            self._made.add(url)
            return
        raise_for_status(resp, self.name)
        raise NeedsAttention("The folder {folder} cannot be made on the server.", folder=url)

    def _compare(self, url: str, bundle: FrozenBundle) -> str:
        resp = send(self.client, "GET", url)
        refuse_redirect(resp, url)
        raise_for_status(resp, self.name)
        if hashlib.sha256(resp.content).hexdigest() == bundle.sha256:
            return "already there"
        if looks_like_login_page(resp):
            raise NeedsAttention(
                "The network answered with a web page instead of the WebDAV server: probably "
                "a Wi-Fi login page. Log in in a browser, then choose Try again."
            )
        raise BundleConflict(
            "The server already has a different file called {file}. Ask the charity to move "
            "it away, then choose Try again.",
            file=bundle.file_name,
        )

    def close(self) -> None:
        self.client.close()
