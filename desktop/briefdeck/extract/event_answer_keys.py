"""A quiz page: numbered questions, each with lettered options, and an answer key at the foot.

The wrong options name real places and numbers: they are no facts (no event is read from an
option line). The facts are told twice, by halves: a question's stem gives the day ("The Army
on Tuesday ordered ...") and its key item the rest with no day ("6. A. The ship's manager said
two crew members were killed and three injured ... west of Hodeidah"). So a key item's
happening that has no day of its own is on its question's day, and is the question's happening
when both are attacks. A question that asks a count ("By Wednesday, how many U.S. service
members did it say were wounded?") about the attack told before it is answered by the option
the key marks ("C. Five"): that party's count of that attack.
"""

from __future__ import annotations

import re

from briefdeck.extract.casualty_rows import Casualty
from briefdeck.extract.dates import DateMention
from briefdeck.extract.event_draft import VIOLENT, Draft
from briefdeck.extract.numbers import word_value
from briefdeck.ingest.quiz_keys import keyed_questions

# "how many U.S. service members did it say were wounded?": the party and the kind asked
_HOW_MANY = re.compile(
    r"\bhow[ \t]++many[ \t]++(?P<who>[^?\n]{1,60}?)[ \t]++(?:did|were|had|"
    r"have|was)\b[^?\n]{0,40}?\b(?P<kind>killed|dead|wounded|injured|hurt)\b",
    re.I,
)
_LETTER_OPENS = re.compile(r"[A-F]\.[ \t]++(?=[A-Z])")
_WHO_END = re.compile(r"[ \t]++(?:did|does|do|has|have|had|were|was|are)\b.*$", re.I)


def answer_key_drafts(
    text: str, dated: list[tuple[Draft, str, str]], dates: list[DateMention]
) -> list[tuple[Draft, str, str]]:
    """dated (draft, iso, precision), with each key item's happening on its question's day
    and each counted answer added to its attack (see the module's doc)."""
    quiz = keyed_questions(text)
    if len(quiz) < 3:
        return dated  # a list of three questions or more with their answers: a quiz
    out = list(dated)
    for n in sorted(quiz):
        (q0, q1), options, (k0, k1), letter = quiz[n]
        day = next(
            (d for d in dates if q0 <= d.start < q1 and d.precision == "day" and d.iso), None
        )
        asked = [i for i, (d, _, _) in enumerate(out) if q0 <= d.start < q1]
        for i, (d, iso, _) in enumerate(out):
            if (
                not k0 <= d.start < k1
                or day is None
                or (iso and d.date is not None and k0 <= d.date.start < k1)
            ):
                continue  # (a day the key item names itself stays)
            out[i] = (d, day.iso, "day")  # the key's half of the question's happening
            for q, q_iso, _ in (out[j] for j in asked):
                if q_iso == day.iso and q.kind in VIOLENT and d.kind in VIOLENT and d.sites:
                    # the key names the place the stem only gave as a sea or region
                    if not q.sites:
                        q.places = [*d.places, *(p for p in q.places if p not in d.places)][:3]
                        q.locate(d.mentions)
        for d, _, _ in out:
            if k0 <= d.start < k1 and _LETTER_OPENS.match(d.summary):
                d.summary = d.summary[_LETTER_OPENS.match(d.summary).end() :]  # "C. The Army"
        ask = _HOW_MANY.search(text, q0, q1)
        if ask is None or asked:
            continue
        count = word_value(options.get(letter, "").rstrip(". ").lower())
        if count is None or count <= 0 or count != int(count):
            continue
        attack = next(
            (
                i
                for i in range(len(out) - 1, -1, -1)
                if out[i][0].start < q0 and out[i][0].kind in VIOLENT and out[i][1]
            ),
            None,
        )
        if attack is None:
            continue
        for m, (qs, _, ks, _) in quiz.items():  # the key's telling of that attack, if any
            if m < n and qs[0] <= out[attack][0].start < qs[1]:
                attack = next(
                    (
                        i
                        for i, (d, iso, _) in enumerate(out)
                        if ks[0] <= d.start < ks[1] and d.kind in VIOLENT and iso == out[attack][1]
                    ),
                    attack,
                )
        who = _WHO_END.sub("", ask.group("who")).strip()
        kind = "killed" if ask.group("kind").lower() in ("killed", "dead") else "wounded"
        d = out[attack][0]
        if any(
            c.kind == kind and c.count == count
            for x, iso, _ in out
            if iso == out[attack][1] and x.kind in VIOLENT
            for c in x.casualties
        ):
            continue  # the key told that count itself
        rows = [c for c in d.casualties if not (c.kind == kind and c.party == who)]
        asked_count = Casualty(
            ask.start(), ask.end(), kind, int(count), who or "unspecified", wording=str(int(count))
        )
        d.casualties = [*rows, asked_count]
    return out
