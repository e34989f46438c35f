"""Furniture of web discussion pages, lines of kinds rare on other pages: tried only when the
whole text holds one of its format's marks (forum.flag_rare_lines), to keep the per-line table
cheap.

- a forum thread's tools, pagination, breadcrumb and "Last edited by" notes (vBulletin, phpBB);
- a wiki talk page's header boxes: the talk-page notice and its etiquette, the contentious-
  topics notice, WikiProject banners with their ratings, the "In the news" note, the archive
  box and the notice over a closed discussion;
- a Telegram channel preview's prompts to open the app and the channel's promotion of itself;
- an issue or pull request page of a code host: comment headers and timeline events ("jo-ames
  closed this as completed in #415 on Nov 27, 2026"), reactions, the repository's header and
  tabs, the sidebar's fields and the sign-up prompt.
None of it is the discussion; the counts and dates in it would otherwise read as facts.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE
# "Nov 23, 2026", "23 Nov 2026": the day an issue page stamps its comments and events with.
_DAY_STAMP = r"(?:[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]{2,8}\.? \d{4})"
_AGO = r"\d{1,2} (?:minutes?|hours?|days?|weeks?|months?|years?) ago"
# Each format's marks, one or two per format (each is a scan of the whole text): a forum's
# poster details, a talk page's banners or title, a channel preview's app name, an issue
# page's comment headers.
_FORUM = ("Posts:", "Join Date")
_TALK_PAGE = ("WikiProject", "Talk:")
_CHANNEL = ("Telegram",)
_ISSUE_PAGE = (" commented on ",)

# (marks, (category, pattern, longest line in words, whether a sentence-like line may match))
# fmt: off
MARKED_KINDS: tuple[tuple[tuple[str, ...], tuple[str, re.Pattern[str], int, bool]], ...] = (
    # "Last edited by Jo; 11-25-2026 at 05:21 PM. Reason: added figures": the forum's note
    # that the poster changed the post (the reason is about the edit, not the events).
    (_FORUM,
     ("forum furniture", re.compile(r"^last edited by \S.{0,100}?\d{1,2}:\d{2}"
                                    r"(?:\s*[ap]\.?m\.?)?(?:[^.:]{0,60})\.?"
                                    r"(?:\s*reason\s*:.{0,200})?$", _I), 50, True)),
    # "Like | Reply With Quote | 14 Likes", "Quick Reply | Go Advanced", "Thread Tools |
    # Search this Thread | Display Modes": a forum post's and thread's tools.
    (_FORUM,
     ("share buttons", re.compile(r"^(?:like|thanks|reply|quote|multi-quote|report)(?:\s*\|\s*"
                                  r"(?:like|thanks|reply|reply with quote|quote|multi-quote|"
                                  r"report|\d[\d,]* (?:likes?|thanks)))+$|^quick reply\s*\|\s*"
                                  r"go advanced$|^thread tools\s*\|\s*search this thread"
                                  r"(?:\s*\|\s*(?:display modes|rate this thread))*$", _I),
      14, True)),
    # "Page 1 of 3 | 1 2 3 Next > Last »": a thread's pagination.
    (_FORUM,
     ("navigation", re.compile(r"^page \d{1,4} of \d{1,4}\s*\|[\d\s|]*(?:next\s*[>›»]?)?\s*"
                               r"(?:last\s*[»>›]?)?$", _I), 16, True)),
    # "Forum > Current Operations > Middle East": a forum's breadcrumb, from its index down.
    (_FORUM,
     ("navigation", re.compile(r"^(?:forums?|board index|forum index|community)\s*[›»>]\s*"
                               r"[^›»>]{1,60}[›»>]\s*\S", _I), 40, True)),
    # A wiki talk page's header boxes ("| " opens a box's row as a table reads).
    (_TALK_PAGE,
     ("forum furniture", re.compile(r"\bthis is the talk page for discussing improvements to\b|"
                                    r"\bput new text under old text\b|"
                                    r"\bsign your posts by typing four tildes\b|"
                                    r"\bassume good faith\b.{0,40}\bavoid personal attacks\b|"
                                    r"\bbe polite, and welcome to new users\b|"
                                    r"\bauto-archiving period\s*:\s*\d+ (?:days?|months?)\b|"
                                    r"\bcontentious topics? procedure applies to this page\b|"
                                    r"\bdesignated as a contentious topic\b|"
                                    r"\bon wikipedia['’]s content assessment scale\b|"
                                    r"\bwas featured on wikipedia['’]s main page\b|"
                                    r"^the following is a closed discussion\b|"
                                    r"\bthe above discussion is preserved as an archive\b", _I),
      80, True)),
    (_TALK_PAGE,
     ("forum furniture", re.compile(r"^\|?\s*wikiproject [^.!?]{2,100}$|^\|?\s*archive "
                                    r"\d{1,3}(?: \([^)]{3,30}\))?\s*\|?$", _I), 16, False)),
    # A Telegram channel preview: "VIEW IN TELEGRAM", "If you have Telegram, you can view and
    # join ... right away.", "Please open Telegram to view this post" (where a video would be).
    (_CHANNEL,
     ("social media", re.compile(r"^(?:view|open|join|preview)(?: channel)? in telegram$|"
                                 r"^download telegram$|^if you have telegram, you can view and "
                                 r"join\b|\bplease open telegram to view this post\b", _I),
      25, True)),
    # "📣 Our backup channel: @name2 . Share the channel with friends": its promotion of itself.
    (_CHANNEL,
     ("social media", re.compile(r"\b(?:our|the) (?:backup|reserve|spare|mirror) channel\s*:?\s*"
                                 r"@\w+|\bshare (?:the|our|this) channel with (?:your )?"
                                 r"friends\b", _I), 30, True)),
    # An issue page's comment headers and timeline events.
    (_ISSUE_PAGE,
     ("issue page furniture", re.compile(
         r"^[\w.-]{1,39}(?:\[bot\]| bot)?(?: \([A-Z][\w -]{2,30}\))* "
         r"(?:commented|opened this (?:issue|pull request)|(?:added|removed) the \S.{0,80}? "
         r"labels?|closed this(?: as [\w ]{3,20})?(?: in #\d+)?|reopened this|"
         r"(?:mentioned|referenced) this (?:issue|pull request)\b.{0,160}?|"
         r"(?:self-)?assigned \S+|unassigned \S+|changed the title\b.{0,160}?|"
         r"linked a pull request\b.{0,160}?|locked (?:and limited conversation|as) \S.{0,40}?|"
         r"marked this (?:as|pull request)\b.{0,40}?)"
         rf" (?:on {_DAY_STAMP}|{_AGO})(?:\s*[·•]\s*\d+ comments?)?$"), 40, False)),
    # An issue page's reactions, repository header and tabs, sidebar and sign-up prompt.
    (_ISSUE_PAGE,
     ("issue page furniture", re.compile(
         r"^reactions?\s*:\s*\S{1,4}\s*\d+(?:\s*[·•|]?\s*\S{1,4}\s*\d+){0,7}$|"
         r"^notifications\s*\|\s*fork \d[\d.,]*[kK]?\s*\|\s*star \d[\d.,]*[kK]?$|"
         r"^code\s*\|\s*issues(?: \d+)?\s*\|\s*pull requests\b|"
         r"^(?:assignees|reviewers|labels|projects|milestone)\s*:\s*\S.{0,80}$|"
         r"^participants\s*:\s*\d+$|^development\s*:\s*(?:no branches|successfully merging\b)",
         _I), 30, False)),
    # Its prompts, sentences of their own: "Sign up for free to join this conversation ...".
    (_ISSUE_PAGE,
     ("issue page furniture", re.compile(
         r"^sign up for free to join this conversation on github\b|"
         r"^you signed in with another tab or window\b", _I), 30, True)),
)
# fmt: on
