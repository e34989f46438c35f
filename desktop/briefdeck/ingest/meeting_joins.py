"""The join block an online-meeting invitation carries under its text (Teams, Zoom, Webex,
Google Meet): how to join, the meeting's number and passcode, the dial-in numbers, the
client's links.

Outlook and the other clients paste the same block into every invitation, often between two
rules of underscores: "Microsoft Teams meeting" / "Join on your computer, mobile app or room
device" / "Click here to join the meeting" / "Meeting ID: ..." / "Passcode: ..." / "Or call in
(audio only)" / "+1 202-555-0100,,123456789# United States, Washington DC" / "Phone Conference
ID: ..." / "Find a local number | Reset PIN" / "Learn More | Meeting options". It says how to
attend, never what the meeting is about. The block runs from its heading while its lines are
join furniture (or blank), and ends at its closing rule.
"""

from __future__ import annotations

import re

from briefdeck.ingest.line_kinds import ArticleLine

_HEADING = re.compile(
    r"^(?:microsoft teams(?: meeting| need help\?)?|join (?:the )?(?:zoom|webex|microsoft teams|"
    r"teams|google meet|skype)(?: meeting| call)?|join with google meet|(?:google meet|zoom|webex)"
    r" (?:joining (?:info|information)|meeting(?: invitation)?)|join (?:the )?meeting now|"
    r"click here to join the meeting)\s*:?$",
    re.IGNORECASE,
)
_RULE = re.compile(r"^[_\-=~*]{8,}$")
# A line of the block: a join link or instruction, the meeting's number or passcode, a dial-in
# number, the client's help and option links.
_JOIN_LINE = re.compile(
    r"^(?:join\b|click here to join|meeting (?:id|number|password|passcode|options|link)\b|"
    r"(?:pass ?code|password|access code|pin|conference id|phone conference id|webinar id|"
    r"dial[- ]in|one tap mobile|dial by your location|video conferencing device|"
    r"or call in|call in|or dial|dial|find (?:a|your) local number|reset (?:dial-in )?pin|"
    r"learn more|for organi[sz]ers|download (?:teams|zoom|webex)|need help|help|"
    r"privacy and security|meeting options|tap to join)\b|"
    r"\+?\(?\d[\d ()./-]{6,}\d(?:,,[\d#*]+)?#?(?:\s+[A-Z][\w ,.()-]{0,60})?$|"
    r"https?://\S+$|<https?://\S+>$)",
    re.IGNORECASE,
)
_MAX_BLOCK = 40
_MAX_WORDS = 16


def flag_join_blocks(lines: list[ArticleLine], flags: dict[int, str]) -> None:
    """Flag each join block: its heading, its lines, the rules that open and close it."""
    i = 0
    while i < len(lines):
        if not (lines[i].words <= 8 and _HEADING.match(lines[i].text)):
            i += 1
            continue
        if i > 0 and _RULE.match(lines[i - 1].text):
            flags.setdefault(i - 1, "meeting join details")
        flags.setdefault(i, "meeting join details")
        k = i + 1
        while k < len(lines) and k - i <= _MAX_BLOCK:
            line = lines[k]
            if _RULE.match(line.text):
                flags.setdefault(k, "meeting join details")
                k += 1
                break
            if line.words > _MAX_WORDS or not _JOIN_LINE.match(line.text):
                break
            flags.setdefault(k, "meeting join details")
            k += 1
        i = k
