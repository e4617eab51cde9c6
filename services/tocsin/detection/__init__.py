"""Event detection: a plain library, no Kafka. `detect_article()` is the entry point."""
