"""The notifier's Prometheus metrics (served at /metrics)."""

from __future__ import annotations

from prometheus_client import Counter, Histogram

ALERTS = Counter("tocsin_alerts_received_total", "Alerts read from the alerts topic.")
QUEUED = Counter("tocsin_deliveries_queued_total", "Deliveries queued, by channel.", ["channel"])
ATTEMPTS = Counter("tocsin_delivery_attempts_total", "Delivery attempts, by channel and result class (2xx, 5xx, error, refused).", ["channel", "result"])
DELIVERIES = Counter("tocsin_deliveries_total", "Deliveries that reached a final state, by channel and state.", ["channel", "state"])
LATENCY = Histogram("tocsin_delivery_latency_seconds", "Time from sending to the destination's answer.", ["channel"])
RECORD_WINDOW = Histogram(
    "tocsin_delivery_record_seconds",
    "Time from a 2xx answer to its durable record: the window in which a crash could cause a resend.",
    buckets=(0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.5),
)
