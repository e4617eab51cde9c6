"""The notifier: subscriptions, per-subscriber deduplication, signed delivery with retries."""
