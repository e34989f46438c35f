"""A video call's saved chat (Zoom, Webex): the small talk of the call is not reporting.

Each message sits under its head ("10:03:50 From Kemal Aydin to Everyone:", Webex's "from
Kemal Aydin to everyone:  10:03 AM"). Around the team's news the chat carries the call's own
business: greetings while people join, "video off to save bandwidth", "is it just me or ...",
"has anyone got the link ...", a bare "thanks 🙌", and the short banter answering such a line
("it's the cat"). Those messages are flagged; the heads (who spoke) and every other message
stay as they are. Only a text with several such heads is read this way.
"""

from __future__ import annotations

import re

# "10:03:50 From Kemal Aydin (Qamishli) to Everyone:", "10:03:50\t From  Kemal : text",
# "from Kemal Aydin to everyone:    10:03 AM"
_HEAD = re.compile(r"^(?:\d{1,2}:\d{2}(?::\d{2})?\s+From\s+\S.{0,80}?(?:\s+to\s+\S.{0,40}?)?\s*:|"
                   r"from\s+\S.{0,80}?\s+to\s+\S.{0,40}?:\s+\d{1,2}:\d{2}(?:\s?[AaPp][Mm])?$)",
                   re.IGNORECASE)
_MIN_HEADS = 3
_CHATTER_WORDS = 25  # a longer message is the team's business

# A message that only thanks, greets or agrees: "thanks 🙌", "ty", "+1", "will do".
_ACK = re.compile(r"^(?:thanks?(?: you)?(?: (?:all|everyone|guys|team))?|thx|ty|cheers|"
                  r"will do|got it|ok(?:ay)?|sure|np|no worries|\+1|bye(?: all)?|"
                  r"(?:good )?(?:morning|afternoon|evening)(?: all| everyone| team)?|"
                  r"hi(?: all| everyone| team)?|hello(?: all| everyone)?)"
                  r"[\s!.,:)\u2600-\u27bf\U0001f300-\U0001faff\ufe0f\u200d]*$", re.IGNORECASE)
# The call itself: who has joined, picture and sound, the link, a pet on the keyboard.
_CALL_TALK = re.compile(
    r"\b(?:video|camera|cam|mic|audio|sound) (?:is )?(?:off|cut|frozen|dropped|not working)\b|"
    r"\bbandwidth\b|\b(?:on|off) mute\b|\byou(?:'re|’re| are) (?:still )?muted\b|"
    r"\bcan (?:you|everyone|anyone) (?:all )?(?:hear|see) (?:me|us)\b|"
    r"\bcan(?:'t|’t|not) hear (?:you|me|us)\b|"
    r"\b(?:still |trying to |waiting (?:for [^.,;]{1,40} )?to |can(?:'t|’t|not) )(?:re)?join\b|"
    r"\b(?:link|connection|internet|wifi|wi-fi) (?:is |was )?(?:slow|down|dead|broken|bad|"
    r"dropping|unstable)\b|\bhas anyone (?:got|have|seen) the link\b|\bthe old one 404s?\b|"
    r"\bscreen ?shar|\bis it just me or\b|\b(?:I|I've|I’ve|I got|got) (?:dropped|kicked) "
    r"(?:off|out)\b|\bon the keyboard\b|\bsorry (?:i'm|i’m|i am|for being) late\b|"
    r"\bback in \d+ ?min",
    re.IGNORECASE)
_WORD = re.compile(r"\b[a-z]{3,}\b")  # lower case as written: no names of places
_COMMON = frozenset("the and you she her his him they them that this what with from have has was "
                    "were are its it's not but all our who can just again about here there one"
                    .split())


def _heads(lines: list) -> list[int]:
    return [i for i, ln in enumerate(lines) if ln.words <= 24 and _HEAD.match(ln.text)]


def flag_call_chatter(lines: list, flags: dict[int, str]) -> None:
    """Flag the small talk of a saved call chat (see the module's docstring)."""
    heads = _heads(lines)
    if len(heads) < _MIN_HEADS:
        return
    last_chatter: set[str] = set()  # words of the message before, when it was small talk
    for n, head in enumerate(heads):
        body = range(head + 1, heads[n + 1] if n + 1 < len(heads) else len(lines))
        message = [i for i in body if i not in flags]
        if not message:
            continue  # a reaction, a pasted link: already flagged, and no talk to answer
        text = " ".join(lines[i].text for i in message)
        words = sum(lines[i].words for i in message)
        own = {w for w in _WORD.findall(text) if w not in _COMMON}
        chatter = words <= _CHATTER_WORDS and (
            bool(_ACK.match(text)) or bool(_CALL_TALK.search(text))
            # banter answering banter: short, on the same thing, no figure
            or (words <= 10 and not any(c.isdigit() for c in text) and bool(own & last_chatter))
        )
        if chatter:
            for i in message:
                flags[i] = "chat small talk"
        last_chatter = own if chatter else set()


# Zoom saves a call's chat in a folder named for the call's start and topic ("2026-12-02
# 10.00.41 NES security call/meeting_saved_chat.txt"); a cloud recording's files carry
# "GMT20261202-100041".
_CALL_FOLDER = re.compile(r"(?:^|[/\\])(\d{4})-(\d{2})-(\d{2}) \d{2}\.\d{2}\.\d{2}\b([^/\\]*)[/\\]"
                          r"[^/\\]+$|\bGMT(\d{4})(\d{2})(\d{2})-\d{6}")
_HEAD_IN_TEXT = re.compile(r"(?m)^(\d{1,2}:\d{2})(?::\d{2})?[ \t]+From[ \t]+\S[^\n]{0,80}?:[ \t]*$")
_MONTHS = ("January February March April May June July August September October November "
           "December").split()


def call_hints(text: str, name: str) -> dict[str, str]:
    """A saved call chat's title and day. Its lines carry only clock times and no title, so
    the folder Zoom named for the call gives the day it was held and the meeting's topic;
    without one the chat is titled by its span of clock times (no day is guessed)."""
    if "veryone:" not in text[:5000]:
        return {}
    times = _HEAD_IN_TEXT.findall(text, 0, 20000)
    if len(times) < _MIN_HEADS:
        return {}
    m = _CALL_FOLDER.search(name)
    if not m:
        return {"headline": f"Zoom chat, {times[0]} to {times[-1]}"}
    topic = (m.group(4) or "").strip()
    year, month, day = (g for g in (*m.groups()[:3], *m.groups()[4:]) if g)
    if not 1 <= int(month) <= 12:
        return {"headline": f"Zoom chat, {times[0]} to {times[-1]}"}
    when = f"Zoom chat, {int(day)} {_MONTHS[int(month) - 1]} {year}"
    headline = f"{topic} ({when})" if topic else when
    return {"published": f"{year}-{month}-{day}", "headline": headline}
