"""briefdeck: turn a news report into a briefing an analyst can stand behind."""

__version__ = "0.1.0"
