"""One careful HTTP client for the WebDAV and HTTPS targets, and what its answers mean.

TLS certificates are always verified (a charity's own CA file may be added); proxies
come from the environment/system as httpx reads them; redirects are never followed:
a redirect is reported, since a write sent to another host could leak personal data
and a Wi-Fi login page usually shows itself that way.
"""

from __future__ import annotations

import email.utils
import ssl
import time
from typing import Any

import httpx

from starapp import __version__
from starapp.sync.errors import NeedsAttention, TransientError


def make_client(
    *, ca_file: str | None = None, timeout: float = 30.0, auth: Any = None
) -> httpx.Client:
    verify: ssl.SSLContext | bool = True
    if ca_file:
        try:
            verify = ssl.create_default_context(cafile=ca_file)
        except (OSError, ssl.SSLError) as exc:
            raise NeedsAttention(
                "The certificate file {path} cannot be used ({detail}). Check the target's "
                "CA file setting.",
                path=ca_file,
                detail=str(exc),
            ) from None
    return httpx.Client(
        verify=verify,
        timeout=httpx.Timeout(timeout, connect=min(timeout, 15.0)),
        follow_redirects=False,
        trust_env=True,
        auth=auth,
        headers={"User-Agent": f"starapp/{__version__}"},
    )


def send(client: httpx.Client, method: str, url: str, **kwargs: Any) -> httpx.Response:
    """Send a request; a failure to get a complete answer is a TransientError."""
    try:
        return client.request(method, url, **kwargs)
    except httpx.TimeoutException:
        raise TransientError("The server took too long to answer.") from None
    except httpx.ConnectError as exc:
        if "CERTIFICATE_VERIFY_FAILED" in str(exc) or "certificate" in str(exc).lower():
            raise NeedsAttention(
                "The server's security certificate could not be verified, so nothing was "
                "sent. If the charity uses its own certificate, give its CA file in the "
                "target's settings."
            ) from None
        raise TransientError("Could not connect to the server (offline?).") from None
    except (httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError) as exc:
        raise TransientError(
            "The connection broke before the answer was complete ({detail}).", detail=str(exc)
        ) from None
    except httpx.TransportError as exc:
        raise TransientError("The network failed ({detail}).", detail=str(exc)) from None


def looks_like_login_page(resp: httpx.Response) -> bool:
    return "html" in resp.headers.get("content-type", "").lower()


def refuse_redirect(resp: httpx.Response, url: str) -> None:
    if not resp.is_redirect:
        return
    target = resp.headers.get("location", "")
    there = httpx.URL(url).join(target)
    if there.host != httpx.URL(url).host:
        raise NeedsAttention(
            "The server sent starapp to another address ({host}), so nothing was sent "
            "there. This is often a Wi-Fi login page: log in in a browser, then choose Try "
            "again. Otherwise check the target's URL.",
            host=there.host or target,
        )
    raise NeedsAttention(
        "The server asked starapp to use another address ({address}). Check the target's "
        "URL and change it if the charity has moved its server.",
        address=str(there),
    )


def raise_for_status(resp: httpx.Response, target: str) -> None:
    """Turn an error answer into TransientError (try later) or NeedsAttention (stop)."""
    code = resp.status_code
    if code < 400:
        return
    if code == 401:
        raise NeedsAttention(
            "The server for {target} did not accept the user name and password (or token). "
            "Check them in the target's settings.",
            target=target,
        )
    if code == 403:
        raise NeedsAttention(
            "The server for {target} does not allow this account to write there. Ask the "
            "charity to check the account's permissions.",
            target=target,
        )
    if code in (404, 410):
        raise NeedsAttention(
            "The server for {target} says the address does not exist. Check the target's URL.",
            target=target,
        )
    if code == 413:
        raise NeedsAttention(
            "The server for {target} refuses files this large. Ask the charity to raise its "
            "upload limit.",
            target=target,
        )
    if code in (408, 423, 425, 429) or (code >= 500 and code not in (501, 505)):
        raise TransientError(
            "The server for {target} is busy or failing (HTTP {code}); starapp will try again.",
            retry_after=retry_after(resp),
            target=target,
            code=code,
        )
    raise NeedsAttention(
        "The server for {target} refused the upload (HTTP {code}).", target=target, code=code
    )


def retry_after(resp: httpx.Response) -> float | None:
    value = resp.headers.get("retry-after")
    if not value:
        return None
    if value.strip().isdigit():
        return float(value.strip())
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())
