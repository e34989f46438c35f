"""Event feeds: a live map's or a wire ticker's stamped one-line items, each a happening on its
stamp's day. Which pages are feeds, and where their items are, is decided in live_feeds.py
(the sourcing scan reads the same items); this name stays for the events reader."""

from briefdeck.extract.live_feeds import feed_entries

__all__ = ["feed_entries"]
