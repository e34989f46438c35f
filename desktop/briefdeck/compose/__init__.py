"""Briefing -> what goes on which slide and on the one-pager. No Qt."""

from briefdeck.compose.selection import Selection, select_facts

__all__ = ["Selection", "select_facts"]
