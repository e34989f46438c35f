"""Numbers that point somewhere rather than count: a law's title, an item, a page, a cell.

"28 U.S.C. § 1605A" cites the title of a code, "part 91" and "§ 91.1605" a regulation's place
in it; "(see item 4)" and "annex 2" point to an item of minutes or a report; "Page 2 of 3" in
a running header counts pages; "$4=vsum(...)" is a table formula's column; "at 10 ET" is a
clock time in a zone written short; "2.3 Vessels at anchor shall ..." numbers a notice's
paragraph and "IMDG Classes 1, 2.1 and 3" names classes of goods. None is a figure an analyst
briefs.
"""

from __future__ import annotations

import re

from briefdeck.extract.numbers import Quantity

# The title number of a code or statute book before its abbreviation ("28 U.S.C.", "50 CFR").
_CODE_AFTER = re.compile(r" ?(?:U\. ?S\. ?C\.|USC\b|C\. ?F\. ?R\.|CFR\b|Stat\. \d|U\.S\. \d)")
# An item, annex or exhibit named by its number ("see item 4", "Annex 2", "Exhibit 3").
_ITEM_BEFORE = re.compile(r"(?<![\w-])(?:[Ii]tems?|[Aa]nnex(?:es)?|[Aa]ppendix|[Ee]xhibits?|"
                          r"[Ff]ootnotes?|[Tt]ab)\s$")
# A regulation's part or section ("part 91", "§ 91.1605", "§§ 91.1605"): where a rule sits in
# its code, no count.
_SECTION_BEFORE = re.compile(r"(?:§§?|(?<![\w-])[Pp]arts?)\s?$")
# "Page 2 of 3": the count of pages in a running header or footer.
_PAGE_OF_BEFORE = re.compile(r"\b(?:[Pp]age|PAGE|[Pp]\.|[Pp]g\.?) \d{1,4} of $")
# "at 10 ET", "by 9 PT": a clock time in a US zone written without its standard/daylight mark.
_SHORT_ZONE = re.compile(r"(?<![\w-])(?:at|by|until|before|after|from) (?:about |around )?$")
_ZONE_AFTER = re.compile(r" (?:ET|PT|CT|MT)\b")
# "2.3 Vessels at the outer anchorage shall ...": a numbered paragraph that opens a line or a
# sentence (run into the text when the page was read), its first word capitalised
_PARAGRAPH_NUMBER = re.compile(r"\d{1,2}\.\d{1,2}")
_CLAUSE_START = re.compile(r"(?:^|\n|[.!?;][\"”’)]?[^\S\n]+)$")
_CAPITAL_AFTER = re.compile(r"[^\S\n]+[A-Z][a-z]")
# "Classes 1, 2.1 and 3", "Category 4": kinds of goods or storms named by number
_CLASS_BEFORE = re.compile(r"(?<![\w-])(?:[Cc]lass(?:es)?|[Cc]ategor(?:y|ies)|[Dd]ivisions?)\s+"
                           r"(?:[\d.]+(?:\s*,\s*[\d.]+)*\s*(?:,|and|or|&)\s*)?$")


def is_reference(text: str, q: Quantity, start: int) -> bool:
    """Does q (in the sentence from start) point to a law, item, page, cell or clock time?"""
    if q.money:
        return text[q.end:q.end + 1] == "="  # "$4=vsum(@2..@-1)": a column, not dollars
    if not q.text[-1:].isdigit():
        return False
    if _CODE_AFTER.match(text, q.end):
        return True
    if q.qualifier == "exact" and _PARAGRAPH_NUMBER.fullmatch(q.text) and \
            _CLAUSE_START.search(text, max(0, q.start - 4), q.start) and \
            _CAPITAL_AFTER.match(text, q.end):
        return True
    if _CLASS_BEFORE.search(text, max(start, q.start - 40), q.start):
        return True
    before = text[max(start, q.start - 14):q.start]
    if _ITEM_BEFORE.search(before) or _PAGE_OF_BEFORE.search(before) or \
            _SECTION_BEFORE.search(before):
        return True
    return bool(_ZONE_AFTER.match(text, q.end) and _SHORT_ZONE.search(before))
