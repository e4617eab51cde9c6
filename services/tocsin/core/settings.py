"""One settings object, read from environment variables.

Every service reads the same `Settings`; the README's configuration table is
generated from the field descriptions here (`tocsin config --markdown`), so the
documentation cannot drift from the code.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Literal

from pydantic import Field, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="", case_sensitive=False, extra="ignore")

    # Plumbing
    kafka_bootstrap: str = Field("", description="Kafka bootstrap servers (host:port,...). Empty: `tocsin local` starts an embedded Tansu broker.")
    redis_url: str = Field("", description="Redis URL. Empty: `tocsin local` starts an embedded redis-server.")
    topic_articles: str = Field("tocsin.articles", description="Topic the ingest service publishes articles to (key: article id).")
    topic_events: str = Field("tocsin.events", description="Topic of detected events (key: incident grouping key).")
    topic_alerts: str = Field("tocsin.alerts", description="Topic of incident alerts (CloudEvents; key: incident id).")
    topic_partitions: int = Field(4, description="Partitions used when tocsin creates its topics.")
    topic_replication: int = Field(1, description="Replication factor used when tocsin creates its topics.")
    redis_prefix: str = Field("tocsin", description="Prefix of every Redis key tocsin writes.")

    # Ingest
    ingest_host: str = Field("127.0.0.1", description="Ingest API bind address.")
    ingest_port: int = Field(8080, description="Ingest API port.")
    ingest_max_body_bytes: int = Field(1_048_576, description="Largest accepted request body, in bytes (larger: HTTP 413).")
    ingest_max_batch: int = Field(1000, description="Most articles accepted in one batch request.")

    # Detector (faust)
    detector_app_id: str = Field("tocsin-detector", description="faust application id (consumer group and table prefix).")
    detector_data_dir: str = Field(".tocsin/detector", description="faust data directory.")
    broker_session_timeout: float = Field(6.0, description="Kafka consumer session timeout, seconds (low keeps group joins fast).")
    incident_window_hours: float = Field(72.0, description="Events this close in time to an open incident may join it.")
    incident_update_interval_seconds: float = Field(600.0, description="Minimum time between two `update` alerts of one incident.")
    background_age_days: int = Field(7, description="Events dated more than this many days before publication are background.")

    # Notifier
    notifier_host: str = Field("127.0.0.1", description="Notifier (subscriptions API) bind address.")
    notifier_port: int = Field(8081, description="Notifier (subscriptions API) port.")
    notifier_group: str = Field("tocsin-notifier", description="Kafka consumer group of the notifier.")
    api_token: str = Field("", description="Bearer token required by the subscriptions API. Empty: no authentication (local use only; a warning is logged).")
    alert_source: str = Field("urn:tocsin", description="CloudEvents `source` of every alert.")
    webhook_timeout_seconds: float = Field(10.0, description="Timeout of one webhook POST.")
    webhook_allowlist: str = Field("", description="Comma-separated CIDRs that webhooks may reach although not public (e.g. 127.0.0.0/8 for local receivers).")
    retry_schedule: str = Field("0,5,30,120,600,1800,3600,10800,21600,43200,86400", description="Delivery attempt delays in seconds, comma-separated; the count is the number of attempts.")
    retry_jitter: float = Field(0.2, description="Relative jitter applied to each retry delay (0.2 = +/-20%).")
    delivery_claim_seconds: float = Field(60.0, description="How long a worker owns a delivery before another may reclaim it.")
    delivery_workers: int = Field(4, description="Concurrent delivery workers per notifier process.")
    secret_rotation_grace_hours: float = Field(24.0, description="After a secret rotation, webhooks are signed with both secrets for this long.")
    slack_min_interval_seconds: float = Field(1.0, description="Least time between two messages to one Slack incoming webhook (Slack allows one per second).")
    smtp_host: str = Field("", description="SMTP server for the email channel (empty: email subscriptions are refused).")
    smtp_port: int = Field(587, description="SMTP port.")
    smtp_security: Literal["starttls", "tls", "none"] = Field("starttls", description="`starttls`, `tls` (implicit TLS, port 465) or `none` (local relays only).")
    smtp_username: str = Field("", description="SMTP login (empty: no authentication).")
    smtp_password: str = Field("", description="SMTP password.")
    email_from: str = Field("tocsin <alerts@tocsin.invalid>", description="From address of alert emails; its domain names the Message-IDs.")

    @model_validator(mode="after")
    def _claim_outlives_a_send(self) -> Settings:
        # a claim that expired mid-send would let a second worker send the same delivery
        if self.delivery_claim_seconds <= self.webhook_timeout_seconds + 1:
            raise ValueError("DELIVERY_CLAIM_SECONDS must exceed WEBHOOK_TIMEOUT_SECONDS by more than a second")
        return self

    # Observability
    log_level: str = Field("INFO", description="Log level.")
    log_format: str = Field("console", description="`json` for one JSON object per line, `console` for humans.")


@lru_cache
def get_settings() -> Settings:
    return Settings()
