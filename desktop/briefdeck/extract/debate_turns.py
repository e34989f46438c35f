"""A parliamentary debate's turns, as Hansard prints them: each contribution opens with its
member's label and a colon, unquoted: the office and the name ("The Minister for the Armed
Forces (Jane Roe):"), the member, seat and party ("Mr John Doe (Anytown) (Con):"), then the name
alone once given ("Jane Roe:"). The words after a label, to the next label, are that member's own:
each paragraph one quote, a minister's statement running over several. The chair's rulings
("Mr Speaker:") and the benches' cries ("Hon. Members: Hear, hear!") are the House's machinery,
no one's statement. A member's question is their contribution on the record: it is kept."""

from __future__ import annotations

import re

from briefdeck.extract.hearing_turns import statement_span
from briefdeck.extract.person_patterns import FIRST
from briefdeck.extract.sentences import Document

_HONORIFIC = r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Baroness|Baron|Viscount|Earl)\.?\s+)"


def _name(group: str) -> str:
    """A member's name after an honorific ("Mr John Doe", "Dr Jane Roe"), captured as group."""
    return (rf"{_HONORIFIC}?(?P<{group}>{FIRST}(?:\s+[A-Z]\.)?"
            r"(?:\s+(?:Mc|Mac|O['’])?[A-Z][a-z'’-]+){1,2})")


# The parties' short forms in the House's labels: the tell of a member's label.
_PARTY = (r"Con|Lab|Lab/Co-op|LD|Lib\s+Dem|SNP|DUP|UUP|SDLP|PC|Green|Ind|Alba|Reform|TUV|"
          r"Alliance|SF|CB|Non-Afl|Bp")
_LABEL = re.compile(
    r"(?P<label>(?P<chair>(?:Mr|Madam|Madame)\s+(?:Deputy\s+)?Speaker|The\s+(?:Deputy\s+)?Speaker|"
    r"The\s+Chair(?:man|woman)?|(?:Several\s+)?[Hh]on\.\s+Members|The\s+Lord\s+Speaker)"
    r"|(?P<office>The\s+[A-Z][^\n():]{3,120}?)\s+\(" + _name("oname") + r"\)"
    r"|" + _name("mname") + r"(?:\s+\((?P<seat>[A-Z][^()\n:]{1,60})\))?"
    r"\s+\((?P<party>" + _PARTY + r")\)"
    r"|" + _name("bare") + r")"
    r"[ \t]*:\s+(?=\S)")
# Cheap gate: a full label's closing bracket before a colon.
_CHEAP = re.compile(r"\)[ \t]*:\s")
# "[Interruption.]", "[Laughter.]": the record's note of the House, between two quotes.
_STAGE = re.compile(r"\s*\[[A-Z][A-Za-z .,'’-]{2,40}\]\s*")


def debate_labels(text: str, paras: list[tuple[int, int, int]]
                  ) -> list[tuple[int, int, str, str, int]]:
    """(label start, end of its words before the colon, member's name or '' for the chair,
    office or seat title, where the name starts) of each turn opening a paragraph; [] unless
    the text labels members the House's way."""
    if not _CHEAP.search(text, 0, 200_000):
        return []
    out: list[tuple[int, int, str, str, int]] = []
    full: dict[str, str] = {}  # surname -> the name a full label gave
    titled = 0
    for start, end, _number in paras:
        m = _LABEL.match(text, start, end)
        if not m:
            continue
        if m.group("chair"):
            out.append((m.start(), m.end("label"), "", "", m.start()))
            continue
        group = next(g for g in ("oname", "mname", "bare") if m.group(g))
        name = " ".join(m.group(group).split())
        if m.group("office"):
            title = " ".join(m.group("office").split())[4:]  # ("The " dropped)
        elif m.group("party"):
            party = " ".join(m.group("party").split())
            title = f"MP for {' '.join(m.group('seat').split())} ({party})" if m.group("seat") \
                else f"member ({party})"
        else:
            known = full.get(name.split()[-1])
            if not known:
                continue  # a name the House has not labelled in full: no turn of its own
            out.append((m.start(), m.end("label"), known, "", m.start(group)))
            continue
        titled += 1
        full.setdefault(name.split()[-1], name)
        out.append((m.start(), m.end("label"), name, title, m.start(group)))
    return out if titled and len(out) >= 2 else []


def debate_turns(doc: Document, paras: list[tuple[int, int, int]]
                 ) -> list[tuple[int, int, str, int, str]]:
    """Quotes of a debate's turns: (start, end, words, paragraph, member)."""
    text = doc.text
    labels = debate_labels(text, paras)
    if not labels:
        return []
    found: list[tuple[int, int, str, int, str]] = []
    starts = [label[0] for label in labels] + [len(text)]
    for i, (_start, label_end, name, _title, _at) in enumerate(labels):
        end = text.index(":", label_end) + 1
        if not name or not doc.is_reporting(end, end + 1):
            continue  # the chair, the benches
        for p_start, p_end, number in paras:
            if p_end <= end or p_start >= starts[i + 1]:
                continue
            lo, hi = max(p_start, end), min(p_end, starts[i + 1])
            pieces, at = [], lo
            for stage in _STAGE.finditer(text, lo, hi) if "[" in text[lo:hi] else ():
                pieces.append((at, stage.start()))
                at = stage.end()
            pieces.append((at, hi))
            for s, e in pieces:
                span = statement_span(doc, s, e, questions=True)
                if span:
                    found.append((span[0], span[1], text[span[0]:span[1]], number, name))
    return found
