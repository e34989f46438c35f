"""A prediction market's page (a question traded as Yes/No shares) read with its comments.

Such a page carries the market's question, its odds, volume and end date, Buy Yes/Buy No
buttons and its resolution rules; the news that moves the price is in the traders' comment
stream under it (a command's statement pasted, one trader correcting another's toll, a
wire's anonymous officials). The page marks each comment as a "comment", which the story
reader drops as readers' comments under a story; on a market page they are renamed before
it reads, as an issue page's are (issue_threads). Each comment's head (handle, age and the
position held), its like/reply line, "Load N more comments" and the odds lines are
furniture (RULES below); the market's end date dates no page (publication_dates).
"""

from __future__ import annotations

import re

from briefdeck.ingest.issue_threads import rename_comment_blocks
from briefdeck.ingest.rules import Rule, _rule

_COMMENT = re.compile(r"comment", re.IGNORECASE)
_PAGE_CHARS = 60_000  # a market's buttons and rules sit in its first screens
# "Buy Yes 21¢", "Buy No · 80¢": the trade buttons only a market's page shows.
_BUY = re.compile(r"\bBuy (?:Yes|No)\b")
# "This market will resolve to "Yes" if ...": the rules every market states.
_RESOLVES = re.compile(r"\b(?:market|question) (?:will )?resolves? (?:to )?[\"“']?(?:Yes|No)\b")


def is_market_page(tree) -> bool:
    """A prediction market's page: its Buy Yes/No buttons and its resolution rules."""
    text = tree.text_content()[:_PAGE_CHARS]
    if "Buy " not in text or "resolve" not in text:
        return False
    return bool(_BUY.search(text)) and bool(_RESOLVES.search(text))


def keep_market_comments(tree) -> None:
    """On a prediction market's page, rename the comment blocks' classes and ids so that the
    reader keeps the traders' comments as the page's content."""
    if is_market_page(tree):
        rename_comment_blocks(tree, _COMMENT)


_AGO = r"\d{1,3}\s?(?:s|m|min|h|hr|d|w|mo|y|(?:second|minute|hour|day|week|month|year)s?) ago"
_SHARES = r"\d[\d,.]{0,12}\s?[kKmM]?(?: shares)? (?:Yes|No)"

# fmt: off
RULES: tuple[Rule, ...] = (
    # A comment's head: "trader_9 · 2h ago · 4,120 Yes", "mod · 1d ago · Moderator": the
    # handle, the age and the position held (a share count would read as a figure).
    _rule("comment furniture", rf"^@?[\w.-]{{2,40}}\s*[·•|]\s*{_AGO}"
          rf"(?:\s*[·•|]\s*(?:{_SHARES}|moderator|holder|top holder|creator))?$", 8,
          flags=0, hints=(" ago",)),
    # "♥ 38 · Reply", "♡ 4": a comment's likes and its reply button.
    _rule("comment furniture", r"^[♥♡❤]\ufe0f?\s?\d[\d,.]{0,8}[kKmM]?"
          r"(?:\s*[·•|]\s*(?:reply|share|report))*$", 6, hints=("♥", "♡", "❤")),
    # "Sort by: Newest · Holders only": the comment stream's sort and filter options.
    _rule("comment furniture", r"^sort(?:ed)? by\s*:\s*[\w -]{2,20}"
          r"(?:\s*[·•|]\s*[\w -]{2,20}){1,5}$", 10, hints=("sort",)),
    # "Buy Yes 21¢ · Buy No 80¢": the trade buttons.
    _rule("market furniture", r"^buy (?:yes|no)\b[^.]{0,60}$", 10, hints=("buy ",)),
)
# fmt: on
