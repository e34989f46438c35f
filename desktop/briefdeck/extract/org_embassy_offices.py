"""An embassy and its security office as bodies, where the report names them only in short.

- "the embassy put out a statement", 'the embassy "condemns this attack"': a mission with no
  country or seat named (a diary's, a contractor's "the embassy") is still the body speaking;
  drafted under the name the report gives the mission elsewhere ("the US embassy in
  Baghdad did not comment"), else as "embassy" (a mission that speaks in full is
  described_bodies.py's).
- "A U.S. Embassy statement said": the mission whose statement it is, a body.
- "official count from the RSO", "the Embassy's Regional Security Office": the State
  Department's security office at a mission, which counts casualties and restricts staff
  travel. "RSO" is read so only in a text about an embassy (elsewhere it is a range or
  radiation safety officer), and never "Regional Security Officer" (a person's post).
"""

from __future__ import annotations

import re

from briefdeck.extract.org_found import Found
from briefdeck.extract.sentences import Document

_SPEAKS_AFTER = (
    r"(?=\s+(?:(?:also|later|earlier|then|has|had|have)\s+)?(?:said|says|put\s+out|"
    r"issued|released|posted|condemned|condemns|warned|urged|announced|confirmed|"
    r"denied|told|stated|[\"“]))"
)
_EMBASSY_SPEAKS = re.compile(
    r"\b[Tt]he\s+(?P<inst>embassy)"
    + _SPEAKS_AFTER
    + r"|\b(?:[Aa]ccording\s+to|statement\s+(?:from|by))\s+the\s+"
    r"(?P<cited>embassy)\b"
)
# The mission as the report names it elsewhere: "The US embassy in Baghdad did not comment".
_OWNED_EMBASSY = re.compile(
    r"\b(?!(?:The|A|An|This|That|Its|Their|Our|Your)\s)"
    r"(?:U\.S\.|U\.K\.|[A-Z][A-Za-z]+)\s+[Ee]mbassy\b"
)
# "A U.S. Embassy statement said", "a British Embassy spokesman": the mission whose statement
# or spokesman it is speaks, a body, though no seat is named.
_EMBASSY_STATEMENT = re.compile(
    r"\b(?P<name>(?:U\.S\.|U\.K\.|[A-Z][a-z]+)\s+Embassy)\s+(?:statement|spokes(?:man|woman|"
    r"person)|security\s+alert|alert|message)\b"
)
_SECURITY_OFFICE = re.compile(r"\bRSO\b(?![-/]\w)|\bRegional\s+Security\s+Office\b(?!r)")
_OFFICE = "Regional Security Office"


def embassy_offices(doc: Document, found: dict[str, Found]) -> None:
    """Add the bare embassy that speaks and the embassy's security office."""
    text = doc.text
    if "mbassy" not in text:
        return  # nearly every text: one cheap probe
    named = [f for f in found.values() if any("mbassy" in n for n in (f.name, *f.aliases))]
    if not named and ("embassy " in text or "embassy'" in text):
        for m in _EMBASSY_SPEAKS.finditer(text):
            if doc.sentence_at(m.start()) is None:
                continue  # boilerplate
            group = "inst" if m.group("inst") else "cited"
            owned = _OWNED_EMBASSY.search(text)  # ("the embassy" is the one named before)
            name = " ".join(owned.group(0).split()) if owned else "embassy"
            found.setdefault(name.casefold(), Found(name, m.start(group), m.end(group)))
            break
    if "Embassy " in text and not named:
        for m in _EMBASSY_STATEMENT.finditer(text):
            if doc.sentence_at(m.start()) is not None and m.group("name").split()[0] not in (
                    "The", "This", "That", "Its", "Their", "Our", "Your"):
                name = " ".join(m.group("name").split())
                found.setdefault(name.casefold(), Found(name, m.start(), m.end("name")))
                break
    if "RSO" not in text and _OFFICE not in text:
        return
    office = next(
        (f for f in found.values() if f.name in ("RSO", _OFFICE) or _OFFICE in f.aliases), None
    )
    for m in _SECURITY_OFFICE.finditer(text):
        if doc.sentence_at(m.start()) is None:
            continue
        written = " ".join(m.group(0).split())
        if office is None:
            office = found.setdefault(_OFFICE.casefold(), Found(_OFFICE, m.start(), m.end()))
        if written != office.name and written not in office.aliases:
            office.aliases.append(written)
