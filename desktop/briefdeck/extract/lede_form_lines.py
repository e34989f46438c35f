"""Lines of a form, a masthead or a newsletter column that read like sentences but open no
story.

- A form's field ("Place of Performance: Camp Arifjan, Kuwait, with onward delivery to
  installations in Iraq and Syria"): a name in title case, a colon and a value with no verb.
  A notice's news is in its description, not in its fields.
- An issue stamp ("Issued 0410 GMT Thursday, Dec. 3, 2026 by the Middle East desk, Dubai",
  "Last updated 4 Dec 2026 by the duty editor"): when and by whom the page went out.
- A flash label before a post's words ("🚨 BREAKING | Several loud blasts heard from ..."): the
  words after it are the lede; the label is the channel's.
- A form's ticked or blank box ("[X] B. THE ORDER IS CHANGED UNDER: (name the authority)
  [ ] C. OTHER"): one of the options the form offers, however long, is no news.
- A column's address to its readers ("Families and friends of the Desert Sentinels, this has
  been a month none of us will forget."): a greeting and a mood, no news; the column's news
  is in its next sentence.
"""

from __future__ import annotations

import re

from briefdeck.extract.lede_filters import has_verb, tells_news

# A field's name: up to five words in title case (small words between), then a colon.
_FIELD = re.compile(
    r"[A-Z][\w/.&'’-]*(?:[ \t]+(?:of|and|for|to|the|[A-Z][\w/.&'’-]*)){0,4}"
    r"[ \t]*:[ \t]+(?=\S)"
)


def form_field(words: str) -> bool:
    """A field's name and its verbless value ("Summary: U.S. forces are moving ..." has a
    verb: a label over a sentence, which stays)."""
    if ":" not in words[:60]:
        return False
    m = _FIELD.match(words)
    if m is None:
        return False
    value = words[m.end() :]
    return not has_verb(value) and not tells_news(value)


_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_DAY = r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b"
_STAMP = re.compile(
    rf"(?:Issued|Released|Published|Posted|Updated|Last[ \t]+updated|Filed|"
    rf"Distributed|Compiled)[ \t]+(?:at[ \t]+|on[ \t]+)?"
    rf"(?:\d|{_DAY}|{_MONTH}[ \t]+\d)"
)


# a form's box, ticked or blank: "[ ]", "[X]", "[x]", "[✓]"
_CHECKBOX = re.compile(r"\[[ \t]?[xX✓✔ ]?[ \t]?\]")


def checkbox_item(words: str) -> bool:
    """Words holding a form's box: an option the form offers, not the document's news."""
    return _CHECKBOX.search(words) is not None


def issue_stamp(words: str) -> bool:
    """When (and by whom) the page was issued, with nothing done or said in it."""
    return words[:1] in "IRPUFLDC" and _STAMP.match(words) is not None and not tells_news(words)


# Whom a column greets before its first comma ("Families and friends of ...", "Sentinel
# families", "Dear colleagues").
_ADDRESSED = re.compile(
    r"\b(?:families|friends|colleagues|readers|subscribers|everyone|"
    r"folks|parents|spouses|supporters|comrades|teammates)\b",
    re.I,
)
ADDRESS_WORDS = 8  # words before the comma: a greeting is short


def readers_addressed(words: str) -> bool:
    head, comma, _ = words.partition(",")
    return (
        bool(comma)
        and len(head.split()) <= ADDRESS_WORDS
        and _ADDRESSED.search(head) is not None
        and not tells_news(words)
    )


# An emoji or two, the flash word, a bar, colon or dash.
_FLASH = re.compile(
    r"(?:[^\w\s\"“'‘(\[]{1,3}[ \t]*)?(?:BREAKING(?:[ \t]+NEWS)?|URGENT|FLASH|"
    r"JUST[ \t]+IN|ALERT)[ \t]*[|:—–-][ \t]*(?=\S)"
)


def past_flash(text: str, start: int, end: int) -> int:
    """Where the words start past a flash label ("🚨 BREAKING | "), or start."""
    m = _FLASH.match(text, start, end)
    return m.end() if m else start


# A form's field label on a line of its own ("Effective:", "Valid until:"): the line under it
# is the field's value ("06:00 hrs, 4 March, until further notice"), no sentence of the report.
_LABEL_LINE = re.compile(r"\n[ \t]*[A-Z][A-Za-z .'’/()-]{1,30}:[ \t]*\n\s*$")


def field_value(text: str, start: int) -> bool:
    """Is the sentence at start the value of a field labelled on the line above it? (A value
    is a short line without a full stop: under a section's "Advice:" a sentence is advice.)"""
    if _LABEL_LINE.search(text, max(0, start - 40), start) is None:
        return False
    end = text.find("\n", start, start + 300)
    line = text[start:end if end >= 0 else start + 300].rstrip()
    return not line.endswith(".") and len(line.split()) <= 20
