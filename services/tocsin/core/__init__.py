"""Code every service shares: settings, wire models, ids, Kafka and Redis plumbing."""
