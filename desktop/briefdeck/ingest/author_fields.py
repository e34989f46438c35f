"""The writers in a page's author field, which often holds more than names.

Sites fill it with everything in their byline box, read as parts between semicolons: "Yusuf
Hamid; BBC Arabic; Baghdad; Claire Dunmore; Defence correspondent", "Marcus Thorley; London;
Dana Whitlock; Washington; DC", "Author Burak Demirtaş", "Defence Correspondent Callum
Fairweather", "Fatima Sayegh Middle East correspondent Sunday". Only the people are writers:
a part that is a place (one word), an outlet or service, or a role alone is left out, and a
role said before or after a name is cut from it.
"""

from __future__ import annotations

import re

from briefdeck.ingest import credits

_ROLE = (r"correspondents?|editors?|reporters?|writers?|columnists?|producers?|contributors?|"
         r"analysts?|journalists?|photographers?")
# "Author ", "By ", "Defence Correspondent ": a label or a role before the name
# "Photo editing by ", "Words and pictures by ": a gallery's or feature's credit label
_BEFORE = re.compile(rf"^(?:(?:author|by|(?:(?:written|edited|compiled|produced|words|text|"
                     rf"photo(?:graph)?s?|pictures|photo editing|graphics)(?: and \w+)? by))"
                     rf"\s*:?\s+|(?:[A-Z][\w-]*\s+){{0,3}}"
                     rf"(?i:{_ROLE})\s+(?=[A-Z]))", re.IGNORECASE)
# "... Middle East correspondent Sunday": the writer's beat and role after the name
_AFTER = re.compile(rf"\s+(?:(?:Middle East|Defen[cs]e|Security|Foreign|Political|Diplomatic|"
                    rf"Senior|Chief|International|World|Gulf|Regional|Military|Staff)\s+)*"
                    rf"(?i:{_ROLE})\b.*$")
_ROLE_ALONE = re.compile(rf"^(?:[A-Z][\w-]*\s+){{0,3}}(?i:{_ROLE})$")
_NAME_WORD = re.compile(r"^(?:[A-Z][\w'’.-]*|al-\w+|el-\w+|bin|ibn|de|van|von|der|da|del|la|le)$")


def _person(part: str) -> str:
    part = _BEFORE.sub("", part.strip())
    if _ROLE_ALONE.search(part):
        return ""  # "Land Warfare Reporter", "Defence correspondent": a role, no name
    part = _AFTER.sub("", part)
    words = part.split()
    if not 2 <= len(words) <= 4 or not all(_NAME_WORD.match(w) for w in words):
        return ""  # "Baghdad", "DC": a place; "Military com": a site's address
    if credits.agency(part) or credits.OUTLET_WORD.search(part):
        return ""  # "Associated Press", "Show Daily"
    if not part.isupper() and any(w.isupper() and len(w) >= 2 for w in words):
        return ""  # "BBC Arabic": a broadcaster's service, not a person
    return part


# Parts that are the byline box's date or mark, never a name: "Published Jan" (the reader
# drops the day's digits), "November", "Updated 3 hours ago", a lone letter ("I" of "i24NEWS").
_NOT_A_NAME = re.compile(r"^(?:(?:first |last )?(?:published|updated|posted|modified)\b.*|"
                         r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|"
                         r"\w)$", re.IGNORECASE)
_SEPARATOR = re.compile(r"\s+[|·•]\s*|\s*[|·•]\s+")  # "Jo Ames · CBC News": the box's next item


def _parts(field: str) -> list[str]:
    """The field's parts, each cut at the byline box's separator, dates and marks left out."""
    parts = (_SEPARATOR.split(p, maxsplit=1)[0].strip() for p in field.split(";"))
    return [p for p in parts if p and not _NOT_A_NAME.match(p)]


def author_names(field: str) -> str:
    """The people named in a page's author field, joined with 'and'; the field as it was
    when it names none (a single name or a credit the byline reader handles)."""
    kept = _parts(field)
    field = "; ".join(kept) if len(kept) > 1 else (kept[0] if kept else "")
    if ";" not in field and not _BEFORE.match(field) and not _AFTER.search(field):
        return field
    parts = [p.strip() for p in field.split(";")]
    if any(len(p.split()) == 1 and not p.isupper() and len(q.split()) >= 3
           for q, p in zip(parts, parts[1:], strict=False)):
        return field  # "Marisa Kellerman Stars; Stripes": an "and" inside an outlet's name
    names = [n for n in (_person(p) for p in parts) if n]
    return " and ".join(dict.fromkeys(names)) if names else field


def without_outlet(byline: str, outlet: str) -> str:
    """A writer's name without the outlet the byline box names after it ("Jordan Pelley Fox
    News", "Marisa Kellerman Stars and Stripes")."""
    if not outlet or not byline.casefold().endswith(" " + outlet.casefold()):
        return byline
    name = re.sub(r"(?:[\s,;]+and)?[\s,;]*$", "", byline[: -len(outlet)])
    return name if len(name.split()) >= 2 else byline
