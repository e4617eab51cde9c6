"""Where a webhook may point: public addresses only, unless allowlisted.

Resolved at every delivery (not only at subscription time) and the request
is sent to the address that was checked, so a DNS answer that changes
between check and connect (rebinding) cannot redirect a delivery inward.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from dataclasses import dataclass
from urllib.parse import urlsplit

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Network = ipaddress.IPv4Network | ipaddress.IPv6Network


class UnsafeURL(ValueError):
    """The URL may not be delivered to; the message says why."""


@dataclass(frozen=True, slots=True)
class Target:
    scheme: str
    host: str
    port: int
    address: str  # the checked IP the request must go to


def parse_allowlist(raw: str) -> list[Network]:
    nets = []
    for item in raw.split(","):
        item = item.strip()
        if item:
            nets.append(ipaddress.ip_network(item, strict=False))
    return nets


def _refusal(ip: IPAddress) -> str | None:
    if ip.is_loopback:
        return "a loopback address"
    if ip.is_link_local:
        return "a link-local address (cloud metadata lives here)"
    if ip.is_private:
        return "a private address"
    if ip.is_multicast or ip.is_reserved or ip.is_unspecified:
        return "a reserved address"
    if isinstance(ip, ipaddress.IPv4Address) and ip in ipaddress.ip_network("100.64.0.0/10"):
        return "a carrier-grade NAT address"
    if not ip.is_global:
        return "a non-public address"
    return None


async def resolve_target(url: str, allowlist: list[Network]) -> Target:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise UnsafeURL(f"scheme {parts.scheme!r} is not allowed (http or https only)")
    if not parts.hostname:
        raise UnsafeURL("the URL has no host")
    if parts.username or parts.password:
        raise UnsafeURL("credentials in the URL are not allowed")
    port = parts.port or (443 if parts.scheme == "https" else 80)
    try:
        infos = await asyncio.get_running_loop().getaddrinfo(parts.hostname, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise UnsafeURL(f"host {parts.hostname!r} does not resolve ({exc.strerror})") from None
    addresses = [ipaddress.ip_address(info[4][0].split("%")[0]) for info in infos]
    for ip in addresses:
        if any(ip in net for net in allowlist):
            continue
        reason = _refusal(ip)
        if reason:
            raise UnsafeURL(f"host {parts.hostname!r} resolves to {ip}, {reason}; add it to WEBHOOK_ALLOWLIST to allow it")
    return Target(parts.scheme, parts.hostname, port, str(addresses[0]))
