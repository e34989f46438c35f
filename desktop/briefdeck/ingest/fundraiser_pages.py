"""A crowdfunding page saved as text: the appeal's story and updates, then the donors.

A fundraiser's page (GoFundMe and its like) runs: the site's menu, the appeal's title, its
counters ("$38,465 raised of $60,000 goal", "612 donations"), the organizer's line and the
date it was created, a category, the story, the organizer's updates; then the donors'
"Words of support" and the donations list, each row a name, an amount and an age ("$250 · 5
d") with a message, the organizer and beneficiary cards, "Report fundraiser" and the site's
footer. The story and the updates are the page's report; the counters, the rows of donors
(their amounts are not figures of the story, their messages are not its sources) and
everything round them are the site's.
"""

from __future__ import annotations

import re

from briefdeck.ingest.line_kinds import ArticleLine, is_prose

# "$38,465 raised of $60,000 goal", "€1.2k raised", "612 donations", "1.1K donors"
_COUNTER = re.compile(
    r"^(?:[$€£]\s?[\d,.]+k?\s+(?:\w+\s+)?raised(?:\s+of\s+[$€£]\s?[\d,.]+k?(?:\s+(?:goal|target))?)?"
    r"|[\d,.]+k?\s+(?:donations|donors|supporters|backers))$",
    re.I,
)
# "$250 · 5 d", "Kerry Ames $25 · 3 d", "Anonymous · $100 · 2 hrs": a donation's amount and age.
_DONATION = re.compile(
    r"(?:^|\s)[$€£]\s?[\d,.]+\s*[·•|-]\s*\d{1,3}\s*(?:d|h|hrs?|hours?|m|mins?|minutes?|w|wks?|"
    r"weeks?|mos?|months?|y|yrs?|years?|days?)(?:\s+ago)?$",
    re.I,
)
# The donors' block headings: "Words of support (214)", "Donations (612)", "Top donations".
_DONOR_HEADING = re.compile(
    r"^(?:words of support|comments|messages of support|(?:recent |top |all )?donations)"
    r"(?:\s*\(\d[\d,]*\))?$",
    re.I,
)
_UPDATES = re.compile(r"^updates?\s*(?:\(\d+\)|#\d+)", re.I)
_CREATED = re.compile(r"^created\b", re.I)
_START_APPEAL = re.compile(r"^start an? (?:\w+\s?){1,2}$", re.I)


def is_fundraiser(text: str, lines: list[ArticleLine]) -> bool:
    """A raised counter near the top and donation rows."""
    if "raised" not in text[:4000] or "·" not in text and "•" not in text:
        return False
    counter = any(_COUNTER.match(ln.text) for ln in lines[:30] if "raised" in ln.text)
    return counter and sum(1 for ln in lines if _DONATION.search(ln.text)) >= 2


def flag_fundraiser(text: str, lines: list[ArticleLine], flags: dict[int, str]) -> None:
    """Flag a fundraiser page's counters, menus, category and everything from the donors'
    blocks on (see the module's note); the story and the updates are left as they are."""
    if not is_fundraiser(text, lines):
        return
    counters = [i for i, ln in enumerate(lines[:30]) if _COUNTER.match(ln.text)]
    title = counters[0] - 1
    for i in range(title):  # the site's name and menu above the appeal's title
        if "   " in lines[i].text or _START_APPEAL.match(lines[i].text):
            flags[i] = "navigation"
    for i in counters:
        flags[i] = "fundraiser counters"
    # the category between the created date and the story: "Medical, Illness & Healing"
    created = next(
        (i for i in range(title + 1, min(title + 12, len(lines))) if _CREATED.match(lines[i].text)),
        None,
    )
    story = title
    if created is not None:
        story = next(
            (i for i in range(created + 1, len(lines)) if is_prose(lines[i].text, lines[i].words)),
            created,
        )
        for i in range(created + 1, story):
            flags.setdefault(i, "fundraiser category")
    donors = next(
        (i for i in range(story + 1, len(lines)) if _DONOR_HEADING.match(lines[i].text)), None
    )
    if donors is None:
        return
    in_updates = False
    for i in range(donors, len(lines)):
        if _UPDATES.match(lines[i].text):
            in_updates = True
        elif _DONOR_HEADING.match(lines[i].text):
            in_updates = False
        if not in_updates:
            flags[i] = "donors and site footer"
