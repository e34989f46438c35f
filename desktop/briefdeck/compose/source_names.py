"""Who is the source: the body or person an attribution names ('The Israeli military says' ->
'Israeli military'), for the sources slide, which lists each once with its kind; and what an
article with no outlet is (a fact sheet's issuer, a court filing's court, an e-mail thread's
domain, notes and their writer) rather than 'unnamed source'."""

from __future__ import annotations

import re
from typing import Any

from briefdeck.compose.title_words import display_title

# a speech verb and everything after it: what the source said, not who it is
_VERB = re.compile(
    r"\s+(?:(?:first|also|later|earlier|initially|now|has|have|had|was|were|is|are|"
    r"quickly|then|just|privately|publicly)\s+)*(?:says?|said|told|tells|claim(?:s|ed)?|report(?:s|ed)?|post(?:s|ed)|"
    r"stated?|states|raises?|raised|believes?|believed|announced?|confirm(?:s|ed)?|added|"
    r"wrote|writes|put|puts|estimated?|counted|spoke|quoted|I\b|we\b|gave|came|draws|"
    r"warn(?:s|ed)?|tell|publish(?:es|ed)?|on\s+(?-i:Telegram|X|Twitter|Facebook)|"
    # 'the American account is ...', 'The Interior Ministry separately says'
    r"separately|(?-i:is|are)|"
    # 'A coalition spokesperson would only say ...', 'Rudaw had 1 killed earlier'
    r"would|will|could|declined|refused|(?:had|has|have|gave)\s+(?=\d))\b.*$", re.I | re.S)
_VERB_FIRST = re.compile(r"(?:claim|report|post|state|announc|confirm|quot)\w*\s", re.I)
_LEAD = re.compile(r"^(?:(?:said|says|told|per|according\s+to|via|from|"
                   r"(?-i:[Ww]here|[Ww]hile|[Aa]s|[Ww]hen|[Bb]ut|[Aa]nd))\s+)+", re.I)
_ARTICLE = re.compile(r"^(?:(?:the|a|an|one|two|three|four|five|six|several|some|another|"
                      r"separate|other|second|third)\s+)+(?!(?:Brigadier|Lieutenant|Lt)\b)",
                      re.I)
# a source said only to be one ('Separate source, an SDF officer, says'): the aside says who
_GENERIC = re.compile(r"^(?:(?:the|a|an|one|another|separate|other|second|third)\s+)*"
                      r"(?:sources?|contacts?|persons?|officials?)$", re.I)
# a side's adjective left alone once its 'account' goes ('the American account is'): no body
_SIDE = re.compile(r"^[A-Z][a-z]+(?:an|ese|ish|i)\s+(?:account|version|figures|statement)\b")
# who the source is not, said after it ('officials who asked not to be named because ...')
_WHO_CLAUSE = re.compile(r",?\s+who\s.*$", re.S)
_ASIDE = re.compile(r"\s*\([^()]*\)?")
# 'the information we received from X', 'a count by X': the body is after the preposition
_THROUGH = re.compile(r"^[^A-Z]*?\b(?:from|by)\s+(?=\S)")
_STATEMENT = re.compile(r"(?:'s)?\s+(?:(?:first|updated|latest|short|new)\s+)?"
                        r"(?:statement|post|tally|figures?|count|data|release|account|version|"
                        r"piece|story|just\s+out)\b.*$|"
                        r"'s\s+(?:(?:first|initial|latest)\s+)?assessment\b.*$",
                        re.I)
_PRONOUN = re.compile(r"^(?:its|their|his|her|this|that|it|they|he|she|our)\b", re.I)
_NAME = re.compile(r"^(?:(?:Dr|Col|Gen|Maj|Lt|Capt|Mr|Ms|Mrs|Sgt|Adm)\.?\s+)?"
                   r"[A-Z][\w'’.-]*(?:\s+(?:al-|bin\s+|de\s+)?[A-Z][\w'’.-]*)+$")


def who_says(text: str) -> str:
    """The body or person an attribution phrase names, or '' when it names none ('Its updated
    statement ...', 'claimed the attack on Telegram')."""
    words = _ASIDE.sub("", " ".join(text.split())).strip(" ,;:")
    words = words.split(":", 1)[0].strip()  # 'SDF media centre: two guards wounded'
    words = _LEAD.sub("", words)
    if _VERB_FIRST.match(words):  # 'claimed the attack on Telegram': no one named
        return ""
    through = _THROUGH.match(words)
    if through:
        words = words[through.end():]
    words = _VERB.sub("", words).strip(" ,;:")
    words = _LEAD.sub("", words)
    parts = [p.strip() for p in words.split(",") if p.strip()]
    if not parts:
        return ""
    # an appositive that is a name stays ('the town's mayor, Hassan Bazzi'); others go
    # ('the Islamic Resistance in Iraq, a front used by ...', 'Hezbollah, in a statement')
    if len(parts) > 1 and _GENERIC.match(parts[0]) and not _PRONOUN.match(parts[1]):
        parts = parts[1:]
    words = parts[0] + (f" {parts[1]}" if len(parts) > 1 and _NAME.match(parts[1]) else "")
    if _SIDE.match(_ARTICLE.sub("", words)):
        return ""
    words = _STATEMENT.sub("", _WHO_CLAUSE.sub("", words)).strip(" ,;:")
    words = _ARTICLE.sub("", words)
    if not words or _PRONOUN.match(words) or not any(c.isalpha() for c in words):
        return ""
    if words[:1].islower() and not words.split()[0].isupper():
        words = words[:1].upper() + words[1:]
    if _CAPITALS_NAME.match(words):  # a transcript's speaker label: 'THOMAS REILLY'
        words = " ".join(w.capitalize() if "-" not in w else "-".join(
            p.capitalize() for p in w.split("-")) for w in words.split())
    return words


# a person's name in capitals, as a transcript labels its speakers (two or three words of four
# letters or more, or hyphened: no acronym such as 'US ARMY' or 'IRGC')
_CAPITALS_NAME = re.compile(r"^(?:[A-Z][A-Z'’]{3,}|[A-Z]{2,}-[A-Z]{2,})"
                            r"(?:\s(?:[A-Z][A-Z'’]{3,}|[A-Z]{2,}-[A-Z]{2,})){1,2}$")


def as_person(who: str, people: list[Any]) -> str:
    """A speaker label in capitals ('COLLEEN DUNMORE, PENTAGON PRESS SECRETARY') said as the
    person the report names ('Colleen Dunmore, Pentagon Press Secretary'), else `who`."""
    if not who.isupper():
        return who
    said = who.casefold()
    for person in people:
        name = " ".join(person.name.split())
        if name and name.casefold() in said:
            title = " ".join((person.title or "").split())
            return f"{name}, {title}" if title else name
    return who


_STEM = re.compile(r"[^\W_]+")


def name_key(name: str) -> frozenset[str]:
    """A source's words cut to five letters: 'defense officials' and 'a defense official'
    are one source."""
    return frozenset(w[:5] for w in _STEM.findall(name.casefold()) if w not in {"the", "of"})


_ROLES = frozenset({"spoke", "offic", "sourc"})  # 'the spokesperson', 'a defense official'


def same_source(one: frozenset[str], other: frozenset[str]) -> bool:
    """One source named twice: the same words, or one name all inside the other when it
    says more than one bare name ('Houthis' is not the 'Houthi-run health ministry')."""
    small, big = sorted((one, other), key=len)
    return small == big or small <= big and (len(small) > 1 or small <= _ROLES)


_SHEET = re.compile(r"^(.{3,80}?)\s*\|\s*(FACT SHEET|PRESS RELEASE|MEDIA ADVISORY|STATEMENT|"
                    r"NEWS RELEASE)\s*$", re.I | re.M)
_COURT = re.compile(r"^((?:[A-Z.]+\s+){0,4}(?:DISTRICT\s+|SUPERIOR\s+|HIGH\s+|SUPREME\s+)?"
                    r"COURT\b[^\n]*)(?:\n\s*((?:FOR|OF|IN)\s[^\n]+))?", re.M)
_MAIL = re.compile(r"<[\w.+-]+@([\w-]+(?:\.[\w-]+)+)>")
# "commit 9f3c2e71..." over "Author:": a version-control log, its authors' addresses no thread
_GIT_COMMIT = re.compile(r"^commit [0-9a-f]{40}\b[^\n]*\nAuthor:", re.M)
_NOTES = re.compile(r"\b(?:notes|notebook|minutes)\b", re.I)
_SMALL = frozenset("of for the and in on at to".split())
_HEAD = 1500  # an issuer is named at a document's head


def _title_case(text: str) -> str:
    """'U.S. ARMY CENTRAL' -> 'U.S. Army Central' (a heading in capitals, said as a name)."""
    if not text.isupper():
        return text
    words = text.split()
    return " ".join(w.lower() if i and w.lower() in _SMALL else
                    w if "." in w else w.capitalize() for i, w in enumerate(words))


def source_name(source: Any, titled: bool = False) -> str:
    """Who published the article: its outlet, else the issuer or kind the document shows
    (`titled`: notes with no writer named are told by their title too, where no headline
    follows)."""
    outlet = " ".join((source.outlet or "").split())
    if outlet:
        # a heading in capitals standing for the outlet ("MASTER'S STATEMENT OF FACTS") is
        # shown as a title; a short name in capitals ("AFP", "ANHA NEWS") is the outlet's own
        if len(outlet.split()) >= 3:
            return display_title(outlet, source.text or "")
        return outlet
    head = (source.text or "")[:_HEAD]
    sheet = _SHEET.search(head)
    if sheet:
        return f"{_title_case(sheet.group(1).strip())} {sheet.group(2).lower()}"
    court = _COURT.search(head)
    if court:
        name = " ".join(x for x in court.groups() if x)
        return f"Court filing, {_title_case(' '.join(name.split()))}"
    mail = _MAIL.search(head)
    if mail and _GIT_COMMIT.search(head):  # a commit's "Author: Name <address>": no e-mail
        return f"Git log ({mail.group(1)})"
    if mail or "mail.google." in (source.url or ""):
        return "E-mail thread" + (f" ({mail.group(1)})" if mail else "")
    headline = " ".join((source.headline or "").split())
    if _NOTES.search(head[:300]) or _NOTES.search(headline):
        by = " ".join((source.byline or "").split())
        return "Notes" + (f" by {by}" if by else f": {headline}" if titled and headline else "")
    return display_title(headline, source.text or "") if len(headline.split()) >= 3 else headline


def shown_headline(source: Any) -> str:
    """The headline as a title shows; none where it is the outlet already (a form's heading
    standing for its issuer is said once, not twice)."""
    headline = display_title(" ".join((source.headline or "").split()), source.text or "")
    return "" if headline.casefold() == source_name(source).casefold() else headline
