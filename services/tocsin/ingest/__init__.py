"""The ingest service: articles in over HTTP or NDJSON, onto the articles topic."""
