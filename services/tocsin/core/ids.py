"""Deterministic identifiers: the same input always gets the same id.

Idempotency everywhere downstream rests on these: an article posted twice has
one id, so its events have the same ids, so an alert is never sent twice.
"""

from __future__ import annotations

import hashlib
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

_TRACKING_PARAMS = {"fbclid", "gclid", "mc_cid", "mc_eid", "ocid", "cmpid", "smid", "ref", "taid"}


def canonical_url(url: str) -> str:
    """Lower-case scheme and host, drop fragment, default ports, tracking parameters."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if host.startswith("www."):
        host = host[4:]
    port = parts.port
    if port and not ((scheme == "http" and port == 80) or (scheme == "https" and port == 443)):
        host = f"{host}:{port}"
    query = sorted(
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if not k.lower().startswith("utm_") and k.lower() not in _TRACKING_PARAMS
    )
    path = parts.path.rstrip("/") or "/"
    return urlunsplit((scheme, host, path, urlencode(query), ""))


def digest(*parts: str, length: int = 16) -> str:
    h = hashlib.sha256()
    for part in parts:
        h.update(part.encode("utf-8"))
        h.update(b"\x1f")
    return h.hexdigest()[:length]


def article_id(url: str | None, title: str = "", body: str = "") -> str:
    """`art_` + hash of the canonical URL, else of the content."""
    if url:
        return "art_" + digest("url", canonical_url(url))
    return "art_" + digest("content", title.strip(), body.strip())
