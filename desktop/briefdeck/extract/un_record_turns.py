"""A UN verbatim record's turns (the Security Council's S/PV, the General Assembly's A/PV):
each speech opens with its speaker's label and a colon, unquoted: the presiding officer ("The
President:"), a member's representative by honorific, surname and delegation ("Ms. Roe
(Ireland):"), with the language of a translated speech ("(spoke in French)"), or a briefer the
President invited, by honorific and surname alone ("Mr. Doe:"). The words after a label are
that speaker's own: the turn's first paragraph is its quote, from its substance (the thanks to
the President set aside). The President's turns only run the meeting (giving the floor,
inviting the briefer): no one's statement. The cover names the President ("President: Mr. Doe
. . . (Latvia)"): a person of the record, though he speaks only as "The President"."""

from __future__ import annotations

import bisect
import re

from briefdeck.extract.hearing_turns import statement_span
from briefdeck.extract.sentences import Document

_HONORIFIC = r"(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Sheikh|Prince|Princess)\.?"
# "Kalnins", "Al-Rikabi", "De la Cruz", "Van der Berg": the record prints surnames
_SURNAME = (r"(?:(?:[Dd]e|[Dd]el|[Dd]e\s+la|[Vv]an|[Vv]an\s+der|[Vv]on|[Dd]a|[Dd]i|[Ll]a|[Ll]e|"
            r"bin|ben|Ould)\s+)?[A-Z][A-Za-z'’-]+")
_LABEL = re.compile(
    r"(?P<label>(?P<chair>The\s+(?:Acting\s+)?President)"
    r"|" + _HONORIFIC + r"\s+(?P<name>(?:[A-Z][a-z]+\s+)?" + _SURNAME + r")"
    r"(?:\s+\((?P<delegation>[A-Z][^()\n:]{1,70})\))?)"
    r"(?:\s+\(spoke\s+in\s+[A-Z][a-z]+\))?[ \t]*:[ \t]+(?=\S)")
# The cover: "President:  Mr. Doe . . . . . . (Latvia)"
_COVER_PRESIDENT = re.compile(
    r"(?m)^[ \t]*President:[ \t]+" + _HONORIFIC + r"\s+(?P<name>(?:[A-Z][a-z]+\s+)?" + _SURNAME
    + r")[ .]*\((?P<state>[A-Z][^()\n]{1,60})\)")


def un_labels(text: str, paras: list[tuple[int, int, int]]
              ) -> list[tuple[int, int, str, str, int]]:
    """(label start, end of the label's words, speaker's surname or '' for the chair,
    "representative of X" or '', where the name starts) of each turn opening a paragraph;
    [] unless the text is a verbatim record: the President speaks, and at least two
    delegations' representatives do."""
    if "President:" not in text or "(" not in text:
        return []
    out: list[tuple[int, int, str, str, int]] = []
    chair = delegates = 0
    for start, end, _number in paras:
        m = _LABEL.match(text, start, end)
        if not m:
            continue
        if m.group("chair"):
            chair += 1
            out.append((m.start(), m.end("label"), "", "", m.start()))
            continue
        delegation = m.group("delegation")
        delegates += bool(delegation)
        title = f"representative of {_state(delegation)}" if delegation else ""
        out.append((m.start(), m.end("label"), " ".join(m.group("name").split()), title,
                    m.start("name")))
    return out if chair and delegates >= 2 else []


def _state(delegation: str) -> str:
    """"United States of America" is the United States; a name the record gives with its
    article keeps it ("the Syrian Arab Republic")."""
    delegation = " ".join(delegation.split())
    if delegation.startswith("United States"):
        return "the United States"
    return f"the {delegation}" if re.search(r"\b(?:Republic|Kingdom|Federation|States|"
                                            r"Emirates|Islands|Netherlands)\b",
                                            delegation) else delegation


def cover_president(text: str) -> tuple[str, str, int] | None:
    """(surname, title, where the name starts) of the President the record's cover names."""
    m = _COVER_PRESIDENT.search(text, 0, 3000) if "President:" in text else None
    if not m:
        return None
    body = "Security Council" if "Security Council" in text[:3000] else "General Assembly" \
        if "General Assembly" in text[:3000] else ""
    title = f"President of the {body} ({m.group('state')})" if body else "President"
    return " ".join(m.group("name").split()), title, m.start("name")


def un_turns(doc: Document, paras: list[tuple[int, int, int]],
             resolve) -> list[tuple[int, int, str, int, str]]:
    """Quotes of a verbatim record's turns: (start, end, words, paragraph, speaker), the
    speaker as resolve gives the surname (the briefer's full name), else the surname."""
    text = doc.text
    labels = un_labels(text, paras)
    found: list[tuple[int, int, str, int, str]] = []
    starts = [p[0] for p in paras]
    for label_start, label_end, name, _title, _at in labels:
        if not name:
            continue  # the President runs the meeting
        body = text.index(":", label_end) + 1
        if not doc.is_reporting(body, body + 1):
            continue
        para = paras[bisect.bisect_right(starts, label_start) - 1]
        span = statement_span(doc, body, para[1])
        if span:
            found.append((span[0], span[1], text[span[0]:span[1]], para[2],
                          resolve(name) or name))
    return found
