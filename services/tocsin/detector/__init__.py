"""The detector: a faust app that reads articles, writes events, and groups them into incidents."""
