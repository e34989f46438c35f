"""Numbers of the page, not of the report: phone numbers and postcodes, "24/7", a file's size
("44.6 MB"), a shop's price or offer ("$4.99", "15% off", "0% finance"), a post's reach and
age ("31.6K", "· 52m"), a number to ring ("call 999"), a recording's length ("4m 58s"), an
empty table cell ("0") and a long id."""

from __future__ import annotations

import re

from briefdeck.extract.figure_measures import PRICE_PER, priced_by
from briefdeck.extract.not_figure_dates import written_digits
from briefdeck.extract.numbers import Quantity

# (scanned from its first digit, which the regex engine finds fast, then widened back over
# "(" and "+": an optional opening makes it try every character of the text)
PHONE = re.compile(r"\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}")
# "+44 20 3880 1177", "+49 (0)331 123-456": an international number, "+" and a country code
# then at least two more groups of digits.
INTL_PHONE = re.compile(r"\+\d{1,3}(?:[ .-]?\(0\))?(?:[ .-]\d{1,5}){2,4}(?![\w,.]\d)")
# "14548 Schwielowsee", "75007 Paris": a postal code before its town, a line of an address.
# (matched from the line break before it, a literal the regex engine scans for fast)
POSTCODE_LINE = re.compile(r"\n(\d{4,5}[ \t]+[A-ZÄÖÜÉ][\w'’.-]+(?:[ -][A-ZÄÖÜÉ][\w'’.-]+)?)"
                           r"[ \t]*$", re.M)
# A file's size on a page ("Download (44.6 MB)") and a shop's discount ("15% off at ..."):
# page furniture, never a figure of the report.
_FILE_SIZE_AFTER = re.compile(r"\s?(?:[KMGT]B|[kKMG]iB|kb)\b")
_DISCOUNT_AFTER = re.compile(r"\s+off\b(?!\s+(?:the|its|their|a|an)\b)", re.I)
PAGE_COUNTERS = frozenset("reposts retweets likes views comments replies shares bookmarks "
                          "quotes followers votes reactions downloads photos words pages".split())
# A count glued to K or M ("31.6K", "1.2M") with nothing counted after it, or only a page's
# counter ("12K views"): the reach of a post, not a fact of the report.
_SOCIAL_COUNT = re.compile(r"[KkM](?![\w-])(?:\s*(?i:" + "|".join(sorted(PAGE_COUNTERS)) +
                           r"|following|subscribers|members|impressions|plays|watching)\b|"
                           r"(?!\s*[A-Za-z]))")  # ("63.7K Followers" on a profile card)
# "@handle · 52m": a post's age on a social feed, in minutes, hours or days.
_POST_AGE = re.compile(r"(?:s|m|h|d|w|min|mins|hr|hrs)(?![\w-])")
# "call 999", "dial 112": an emergency or hotline number, not a count.
_DIALLED_BEFORE = ("call ", "dial ", "Call ", "Dial ")
# "4m 58s", "1h 05m": a recording's or a call's length as a player shows it, no count.
_CLOCK_LENGTH_AFTER = re.compile(r"[hm]\s?\d{1,2}[ms]\b")
_CLOCK_LENGTH_BEFORE = re.compile(r"\d[hm]\s?$")
# A market's move: "futures were up $1.62", "crude rose $1.48" (a price's change, reported)
_PRICE_MOVE = re.compile(r"\b(?:up|down|rose|fell|gained|lost|added|shed|climbed|slid)\s+$")


def furniture_spans(text: str) -> list[tuple[int, int]]:
    """Spans of phone numbers, postal-code lines and "24/7": no figure is read inside them."""
    spans = [(phone_start(text, m.start()), m.end()) for m in PHONE.finditer(text)]
    if "+" in text:
        spans += [(m.start(), m.end()) for m in INTL_PHONE.finditer(text)]
    spans += [(m.start(1), m.end(1)) for m in POSTCODE_LINE.finditer(text)]
    if "24/7" in text:  # "a 24/7 operations centre": round the clock, no count
        spans += [(m.start(), m.end()) for m in re.finditer(r"\b24/7\b", text)]
    return spans


def page_furniture(text: str, q: Quantity, sent_end: int) -> bool:
    """Is q a number of the page around the report (a size, a price, a post's reach...)?"""
    if q.text.isdigit() and text[q.end:q.end + 1] in ("h", "m", "s") and (
            _CLOCK_LENGTH_AFTER.match(text, q.end) or
            _CLOCK_LENGTH_BEFORE.search(text, max(0, q.start - 5), q.start)):
        return True  # "4m 58s": a call's length
    if q.text[-1:].isdigit() and not q.money and _FILE_SIZE_AFTER.match(text, q.end):
        return True  # "44.6 MB": a file's size
    if q.percent and q.value == 0 and q.value_high is None:
        return True  # "0% finance": nothing to count (an advert's offer)
    if q.percent and _DISCOUNT_AFTER.match(text, q.end):
        return True  # "15% off": a promotion's discount
    after = text[q.end : min(sent_end, q.end + 20)]
    if after[:1] in ("K", "k", "M") and q.text[-1:].isdigit() and not q.money and \
            _SOCIAL_COUNT.match(after):
        return True  # "👁 31.6K", "12K views": a post's reach, shorthand for thousands
    if q.text[-1:].isdigit() and not q.money and not q.percent:
        if text[q.start - 2:q.start] == "· " and _POST_AGE.match(text, q.end):
            return True  # "@handle · 52m": how long ago a post went up
        if q.text.isdigit() and text[q.start - 5:q.start] in _DIALLED_BEFORE and \
                not text[q.start - 6:q.start - 5].isalpha():
            return True  # "call 999 immediately": a number to ring
        if q.text[-1] == "0" and q.value == 0 and q.text.strip() == "0":
            return True  # "0" in a table's cell: nothing happened, nothing to count
    if q.money and re.search(r"\.\d\d$", q.text) and q.value < 100 and \
            text[q.end:q.end + 1] not in ("B", "b") and not PRICE_PER.match(text, q.end) and \
            not priced_by(text, q.start) and not _PRICE_MOVE.search(text, max(0, q.start - 8),
                                                                     q.start):
        return True  # "$4.99": a price on page furniture, not a reported sum ("$1.25B" is a
        # sum; "$72.41 a barrel" a market's price)
    written = written_digits(q) if len(q.text) >= 7 else None
    if written is not None and len(written[1]) >= 7 and "," not in written[0]:
        return True  # an id or a phone number
    return False


def phone_start(text: str, start: int) -> int:
    """A phone number's start, with its "(" and "+" before the first digits."""
    if text[start - 1:start] == "(":
        start -= 1
    return start - 1 if text[start - 1:start] == "+" else start
