"""An undated clause right after a dated attack tells more of that attack, not one of its own."""

from __future__ import annotations

import re

from briefdeck.extract.casualties import Casualty
from briefdeck.extract.event_downings import intercepted
from briefdeck.extract.event_draft import BROAD_PRECISIONS, Draft, summary
from briefdeck.extract.event_feed_updates import another_item
from briefdeck.extract.event_filters import ANOTHER
from briefdeck.extract.event_followups import VIOLENT, last_told
from briefdeck.extract.event_memory import ReaderMemory, SentenceRead
from briefdeck.extract.places import PlaceMention
from briefdeck.extract.toll_updates import fuller_toll

# "one of the rockets", "the second drone": a part of munitions already told
_ONE_OF_THEM = re.compile(r"\b(?:(?:one|two|three|some|none|both|each|all)\s+of\s+the|the\s+"
                          r"(?:first|second|third|fourth|last|other|remaining))\s+(?:[\w-]+\s+)?"
                          r"(?:rockets?|drones?|missiles?|shells?|mortars?|projectiles?|"
                          r"UAVs?|bombs?)\b", re.I)

# "Following the attack, an air operation was launched and five militants were killed": the
# response's own happening and toll, never more dead of the attack it answers
_RESPONSE_OP = re.compile(r"(?:After|Following|In\s+response\s+to)\s+the\s+(?:[\w-]+\s+)?"
                          r"(?:attack|clash|ambush|raid|assault|incident)s?,\s+"
                          r"[^.;]{0,60}?\b(?:operations?|retaliat\w*|counter-?attack|pursuit|"
                          r"pursued)\b", re.I)


class MoreOfLast(ReaderMemory):
    """Folds a clause telling more of the attack just told into that attack's draft."""

    def _more_of_last(self, s: SentenceRead, kind: str, where: list[PlaceMention],
                      toll: list[Casualty], weapons: list[str],
                      span: tuple[int, int, int, int]) -> bool:
        """"The vessel was hit 60 miles off Hodeidah." right after the dated attack: more about
        that attack, not an undated one of its own (True: told, nothing more to draft); "In
        Syria, the strikes hit Al-Bukamal": a place of its own, that day, its own draft."""
        text, sent = self.text, s.sent
        s_start, s_end, t_start, c_end = span
        if toll and text.startswith(("After", "Following", "In response"), sent.start) and \
                _RESPONSE_OP.match(text, sent.start, t_start + 40) is not None:
            return False  # the response to the attack told: its toll is its own
        prev = last_told(self.drafts, s.i, self.entry)
        if prev is None and kind in VIOLENT and _ONE_OF_THEM.search(text, sent.start, t_start):
            # "one of the rockets that fell near the road caused ...", paragraphs after the
            # rockets were told: more of that happening
            prev = next((d for d in reversed(self.drafts) if d.kind in VIOLENT and not d.other
                         and d.date is not None and s.i - d.sentence <= 12
                         and d.entry == self.entry), None)
        if prev is None or prev.date is None or kind not in VIOLENT or \
                prev.paragraph >= sent.paragraph or ANOTHER.search(text, sent.start, c_end) or \
                another_item(text, prev.end, sent.start):  # (a caption feed's next picture)
            return False
        new = [p for p in where if p.precision != "country" and p.key not in prev.keys]
        sites = {p.key for p in new if p.precision not in BROAD_PRECISIONS}
        the = _THE_WEAPON.search(text, sent.start, t_start) if sites else None
        kind_of = the.group(1).lower().rstrip("s") if the else ""
        earlier = next((d for d in reversed(self.drafts[-8:]) if d is not prev and
                        d.kind in VIOLENT and d.date is not None and d.date.precision == "day"
                        and d.date.iso != prev.date.iso and s.i - d.sentence <= 8
                        and sites <= d.sites and _fired(d, kind_of)), None) \
            if kind_of and not _fired(prev, kind_of) else None
        if earlier is not None:
            # "the missiles struck ... at Ain al-Asad", after the lede's missile attack on Ain
            # al-Asad and a paragraph on the attack (of another day) it answered: more of the
            # happening whose missiles they are, on its day
            prev = earlier
        elif new and (prev.sites or (prev.casualties and toll)):
            self.drafts.append(Draft(
                kind, s_start, s_end, prev.date, [p.name for p in where][:3], weapons, toll,
                summary(text, s_start, s_end), sent.paragraph, s.i,
                intercept=intercepted(text, t_start, c_end)))
            self.drafts[-1].locate(where[:3])
            return True
        prev.places += [p.name for p in where if p.name not in prev.places]
        prev.places = prev.places[:3]
        prev.locate(where)
        # a second telling of that attack ("state media said it killed two"): the fuller
        # toll, never the sum
        prev.casualties = fuller_toll(prev.casualties, toll)
        prev.weapons = list(dict.fromkeys(prev.weapons + weapons))
        prev.last_paragraph = self.paragraph
        prev.told_again(s.i)
        return True


# "the missiles struck ...": weapons named as ones already told
_THE_WEAPON = re.compile(r"\bthe\s+(?:[\w-]+\s+)?(missiles?|drones?|rockets?|bombs?|shells?)\b",
                         re.I)


def _fired(d: Draft, kind_of: str) -> bool:
    """Were weapons of that kind ("missile") told as d's?"""
    return any(w.lower().rstrip("s").endswith(kind_of) for w in d.weapons)
