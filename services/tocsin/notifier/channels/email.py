"""The email channel: multipart text + HTML through SMTP, threaded per incident.

Every alert of one incident carries the incident's first alert as
In-Reply-To/References and the same subject, so mail clients show one thread.
"""

from __future__ import annotations

from email.message import EmailMessage
from email.utils import formatdate, parseaddr
from typing import Any

import aiosmtplib

from tocsin.core.settings import Settings
from tocsin.notifier import channels, render


def message_id(alert_id: str, domain: str) -> str:
    return f"<{alert_id}@{domain}>"


def build(alert: dict[str, Any], to: list[str], settings: Settings) -> EmailMessage:
    data = alert["data"]
    domain = parseaddr(settings.email_from)[1].rpartition("@")[2] or "tocsin.invalid"
    msg = EmailMessage()
    msg["From"] = settings.email_from
    msg["To"] = ", ".join(to)
    msg["Subject"] = f"[tocsin] {data['headline']}"
    msg["Date"] = formatdate(localtime=False)
    msg["Message-ID"] = message_id(alert["id"], domain)
    if data["revision"] > 1:
        first = message_id(f"{data['incident_id']}.r1", domain)
        msg["In-Reply-To"] = first
        msg["References"] = first
    msg["X-Tocsin-Incident"] = data["incident_id"]
    msg.set_content(render.plain_text(alert))
    msg.add_alternative(render.html(alert), subtype="html")
    return msg


async def send(alert: dict[str, Any], to: list[str], settings: Settings) -> channels.Outcome:
    if not settings.smtp_host:
        return channels.Outcome(error="no SMTP_HOST configured", permanent=True)
    try:
        errors, reply = await aiosmtplib.send(
            build(alert, to, settings),
            hostname=settings.smtp_host, port=settings.smtp_port,
            username=settings.smtp_username or None, password=settings.smtp_password or None,
            use_tls=settings.smtp_security == "tls", start_tls=settings.smtp_security == "starttls",
            timeout=settings.webhook_timeout_seconds,
        )
    except aiosmtplib.SMTPRecipientsRefused as exc:
        return channels.Outcome(error=f"recipients refused: {exc}"[:300], permanent=True)
    except aiosmtplib.SMTPResponseException as exc:
        return channels.Outcome(status_code=exc.code, error=exc.message[:300], permanent=500 <= exc.code < 600)
    except (aiosmtplib.SMTPException, OSError) as exc:
        return channels.Outcome(error=f"{type(exc).__name__}: {exc}"[:300])
    refused = ", ".join(sorted(errors))
    return channels.Outcome(ok=True, status_code=int(reply.split()[0]) if reply[:3].isdigit() else 250,
                            error=f"some recipients refused: {refused}" if refused else "")
