"""News that changes a toll already told: a new total ("the death toll rose to 12", "raised
that number to five"), the wounded who later died, and counts given as a revision or a later
report. A total replaces the counts it restates rather than adding to them."""

from __future__ import annotations

import re
from dataclasses import replace

from briefdeck.extract.casualty_rows import Casualty, count_of, kind_of
from briefdeck.extract.toll_one_of_them import died_of_them
from briefdeck.extract.toll_parties import party_of
from briefdeck.extract.toll_story_subsets import past_subset, sums_the_list
from briefdeck.extract.toll_words import ITEM, ITEM_RE, NUM

# A new total: "the death toll rose to 12", "the number of wounded had risen to six", "raised
# the number of injured to six", "revised the toll of the March 9 strike to 16 killed and 24
# injured", "raising the Armenian toll to three dead".
# ("the number of Americans hurt": a group named before its kind)
_TOLL_NOUN = (r"(?:(?:death|fatality)\s+)?(?:toll|count)|number\s+of\s+(?:the\s+)?"
              r"(?:[\w-]+\s+)?(?:dead|killed|deaths|wounded|injured|hurt|casualties)|"
              # "the number of US service members wounded": our own side's whole count (not
              # "the number of armed associates killed", one group of the dead)
              r"number\s+of\s+(?:U\.?S\.?|American|coalition|British|French)\s+(?:[\w-]+\s+){1,2}?"
              r"(?:killed|wounded|injured|hurt)|"
              r"(?:wounded|injured|injury|casualty)\s+(?:toll|count)|"
              # "bringing the number injured to three": "of" left out
              r"number\s+(?:killed|dead|wounded|injured|hurt)(?=\s+(?:to|at|has|had|is|rose)\b)")
TOLL_RISE_RE = re.compile(
    rf"\b(?P<noun>{_TOLL_NOUN}|number\s+of\s+(?:[\w-]+\s+){{2,3}}?(?:killed|wounded|injured|"
    r"hurt)(?=\s+(?:in|at|during)\s)|"
    # "the number of our staff injured is now three": a group of two words, then "now"
    r"number\s+of\s+(?:[\w-]+\s+){1,2}?(?:killed|dead|wounded|injured|hurt)"
    r"(?=\s+(?:is|are)\s+now\b))"
    # "the number of troops wounded in Tuesday's drone attack on the base has risen to six"
    # ("the death toll of the strike which hit a car near X yesterday, has risen to four")
    # ("the number of people injured by the shrapnel of the missile ... has risen to three")
    r"(?:\s+(?:in|at|during|from|of|by)\s+[^,.;:()]{1,150}?)?"
    # ("toll rises to 12": a headline's or a feed item's present tense)
    r",?\s+(?:had\s+|has\s+|have\s+)?(?:now\s+)?(?:rose|risen|climbed|rises|climbs|"
    r"increased|increases|grew|grows|reached|reaches|jumped|jumps|stood\s+at|stands\s+at|"
    r"was\s+revised\s+to|"
    r"(?:is|are)\s+now(?:\s+at)?)\s+(?:to\s+)?"
    rf"(?=(?P<num>{NUM})\b)", re.I)
TOLL_SET_RE = re.compile(
    r"\b(?:rais(?:es|ed|ing)|revis(?:es|ed|ing)|updat(?:es|ed|ing)|lower(?:s|ed|ing)|"
    # ("raised its toll overnight to seven killed": the teller's own toll, a time word after)
    r"brings?|brought|bringing|takes|took|taking|puts?|putting|push(?:es|ed|ing))\s+"
    # ("took its toll on the men sent to three bases": an idiom, never a count)
    # ("raised that toll to one guard killed": the toll just told, pointed back at)
    r"(?:the|that|this|(?<!takes\s)(?<!took\s)(?<!taking\s)(?:its|their))\s+"
    rf"(?P<whose>(?:[\w-]+(?:'s|’s)?\s+){{0,2}}?)(?P<noun>{_TOLL_NOUN}|figure|tally|"
    # "had also been treated for injuries, bringing the total to four": a bare total with no
    # unit after its number counts the hurt the clause told (not "the total to 170 attacks")
    r"total(?=\s+to\s+[\w,]+(?:[.;]|,\s|$)))"
    r"(?:\s+(?:overnight|again|later|today|yesterday))?"
    # ("raising the toll on Tuesday morning to four dead": the day of the raise between)
    r"(?:\s+(?:from|of|in|on)\s+(?:[\w.-]+\s+){1,11}?)?\s*(?:to|(?:(?<=toll\s)|(?<=dead\s)|(?<=killed\s)|(?<=wounded\s)|(?<=injured\s)|"
    # ("put the number of injured at five": a count set, as "put the toll at" is)
    r"(?<=deaths\s)|(?<=hurt\s)|(?<=casualties\s))at)\s+(?=\d|[a-z])"
    # no verb, but the kind said after the number: "the toll of the raid to 16 killed"
    r"|\bthe\s+(?P<noun2>(?:death\s+)?toll)(?:\s+(?:from|of|in)\s+(?:[\w.-]+\s+){1,8}?)?\s*to\s+"
    r"(?=\d[\d,]*\s+(?:killed|dead)\b)"
    # ("put the toll from both strikes at two killed and five wounded": the happenings it
    # counts told between, each kind said after its count)
    r"|\bput(?:s|ting)?\s+the\s+(?P<noun3>(?:death\s+)?toll)\s+(?:from|of|in|for)\s+"
    r"(?:[\w.'’-]+\s+){1,8}?at\s+(?=[\w-]+\s+(?:killed|dead|wounded|injured)\b)", re.I)
# "the number of our people injured is now three": the teller's own people only, so another
# force's member "also wounded" stays beside the new count (toll_updates.merge_tolls)
OUR_OWN = re.compile(r"\bour\b", re.I)
# the verbs of a new total that can only raise a count ("revised to" may lower it)
_RISE = re.compile(r"\b(?:rose|risen|climbed|increased|grew|jumped|rises|climbs|increases|"
                   r"grows|jumps|rais(?:es|ed|ing)|"
                   r"push(?:es|ed|ing)|brings?|brought|bringing)\b", re.I)
_UPDATE_CUE = re.compile(r"(?i:toll|number|count|died|succumb|martyr|revis|correct|amend|updat|now|"
                         r"figure|rais|tally|later|initial|original|at first|total to)")
_UPDATE_WORDS = ("toll", "number", "count", "died", "succumb", "martyr", "revis", "correct",
                 "amend", "updat", "now", "figure", "rais", "tally", "later", "initial", "original",
                 "at first", "total to")  # _UPDATE_CUE's words
_HURT_NOUN = re.compile(r"wounded|injur|casualty|hurt", re.I)  # a toll of the wounded, not the dead
# "the toll", "the Pentagon's count", "the tally": a total that does not say whose it counts,
# the dead or the wounded (the event's earlier toll tells; toll_updates.merge_tolls)
_KIND_NOUN = re.compile(r"death|fatal|dead|kill|wound|injur|casualt", re.I)
# "16 killed and 24 injured", "three dead": a count with its kind said after it
_COUNT_KIND = re.compile(rf"(?P<num>{NUM})\s+(?P<verb>killed|dead|deaths|wounded|injured|hurt)\b",
                         re.I)
_BARE_COUNT = re.compile(rf"(?P<num>{NUM})\b(?!\s*(?:%|percent|per\s+cent|times)\b)", re.I)
_AND_NEXT = re.compile(r"\s*(?:,\s*)?(?:and\s+)?")
# "one of the wounded soldiers had died", "has died of his wounds": a wounded man now dead
DIED_OF_WOUNDS = re.compile(
    rf"\b(?P<num>{NUM})\s+of\s+(?:the|those|them)\s+(?:[\w-]+\s+){{0,2}}?(?:wounded|injured|"
    r"hurt)\b[^.;]{0,100}?\b(?:(?:later|subsequently|since|had|has|have)\s+)*(?:died|succumbed)\b"
    r"|\b(?:died|succumbed)\s+(?:of|from|to)\s+(?P<pron>his|her)\s+(?:wounds|injuries)\b", re.I)
# "one of the drivers who was badly injured died overnight", "a sailor wounded in the blast was
# martyred on Monday": someone counted hurt, now dead (a clause break, "and", a comma, ends it:
# "a guard was hurt and a cook died" are two people; "a shell wounded two" is no subject hurt)
DIED_AFTER_HURT = re.compile(
    rf"\b(?:(?P<num>{NUM})\s+of\s+(?:the|those)\s+[\w-]+(?:\s+[\w-]+)?\s+who\s+(?:was|were|"
    r"had\s+been)\s+|(?:a|an)\s+(?:[\w-]+\s+){1,2}?(?:who\s+(?:was|had\s+been)\s+)?|"
    # ("the wounded Egyptian engineer died": the one told hurt before, now dead; "one of
    # the wounded ... died" is read above)
    r"(?<!of\s)(?-i:[Tt]he)\s+)"
    r"(?:[\w-]+ly\s+)?(?:wounded|injured|hurt)\b(?!\s+(?:\d|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|a|an|the|his|her|their|several|dozens?|many|scores)\b)"
    r"(?:(?!\b(?:and|but|while|whereas|who)\b)[^.;,]){0,100}?"
    r"\b(?:(?:later|subsequently|since|had|has|have|was|also)\s+)*(?P<verb>died|succumbed|martyred)\b",
    re.I)
# "AFRICOM now assesses that the strike killed five": a revised toll replaces the first one
# ("its updated statement says three soldiers and a guard were wounded": as "revised" does)
REVISED = re.compile(r"\b(?:now\s+(?:assesses|assessed|says|said|believes|estimates|puts|"
                     r"reports|counts)|revised|corrected|amended|updated\s+(?:its|the|their)\s+"
                     r"(?:toll|count|figures?|assessment)|updated(?=\s+(?:statement|report|"
                     r"figures?|count|toll|tally|assessment|account)\s+(?:says|said|shows|"
                     r"showed|gives|gave|puts|put|lists|listed)\b))\b", re.I)
# "a hospital official later told reporters that three people had been treated": the count of
# everyone hurt as it stood later, after a first one ("later said two attackers were killed"
# counts a group of its own, not everyone)
LATER_COUNT = re.compile(r"\blater\s+(?:told|said|reported|confirmed|put|gave|updated)\b"
                         r"(?![^.;]*\b(?:also|more|another|further|additional)\b)", re.I)
_EVERYONE = re.compile(r"\s*(?:\S+\s+){0,3}?(?:people|persons|others)\b|\s*(?:were|had|have)\b",
                       re.I)


def kinds_resolved(known: list[Casualty], later: list[Casualty]) -> list[Casualty]:
    """later, with a total whose noun names no kind ("the count had risen to five") read as
    a count of the wounded when only the wounded have been counted so far: a revised count of
    the hurt must never turn them into dead. Otherwise it stays a toll of the dead."""
    if not any(c.kind_unsaid for c in later):
        return later
    told = [c for c in (*known, *later) if c.count and not c.kind_unsaid]
    if any(c.kind == "killed" for c in told) or not any(c.kind == "wounded" for c in told):
        return later
    return [replace(c, kind="wounded") if c.kind_unsaid else c for c in later]


_DEATH_WORD = re.compile(r"\b(?:kill|dead|death|died|dies|fatal|bodies|martyr)", re.I)
# "four martyrs", "four dead", "four fatalities": a count whose noun says they died
_DEAD_NOUN = re.compile(r"\s+(?:[\w-]+\s+)?(?:martyrs|dead|deaths|fatalities|bodies)\b", re.I)
# "..., among them two children, and nine wounded": the other kind after an aside on the first
# ("Toll rises to nine killed, 14 wounded": a headline's or a bullet's comma for "and")
_OTHER_KIND_NEXT = re.compile(
    rf"(?:[^.;:]{{0,60}}?,?\s+and\s+|\s+(?:killed|dead|wounded|injured|hurt),\s+)(?P<num>{NUM})\s+(?:(?:people|others|persons)\s+)?"
    r"(?:were\s+)?(?P<verb>wounded|injured|hurt|killed|dead)\b", re.I)


def _hurt_in_sentence(text: str, start: int, end: int, totals: list[Casualty]) -> list[Casualty]:
    """totals, with a count whose noun names no kind read as the wounded when its sentence
    speaks only of the hurt ("said there were no injuries, then raised the count to four
    troops treated for concussion"): a revised count of injuries never makes dead."""
    if not any(c.kind_unsaid for c in totals):
        return totals
    if not _HURT_NOUN.search(text, start, end) or _DEATH_WORD.search(text, start, end):
        return totals
    return [replace(c, kind="wounded", kind_unsaid=False) if c.kind_unsaid else c
            for c in totals]


def with_updates(text: str, start: int, end: int, found: list[Casualty]) -> list[Casualty]:
    """found, with the news that changes an earlier toll: new totals (replacing the counts
    they restate), the dead who had been counted wounded, and counts given as a revision."""
    totals: list[Casualty] = []
    chunk = text[start:end]  # (ASCII: the cue's words found in the lower-cased copy, cheaper)
    if not (any(w in chunk.lower() for w in _UPDATE_WORDS) if chunk.isascii()
            else _UPDATE_CUE.search(text, start, end)):
        return found  # no toll, death or revision word: most sentences
    for m in TOLL_RISE_RE.finditer(text, start, end):  # "the death toll rose to 12"
        hurt = bool(_HURT_NOUN.search(m.group("noun")))
        unsaid = not _KIND_NOUN.search(m.group("noun"))
        said = _said_after(text, m.start("num"), end) if unsaid else None
        if unsaid and not said and (dead := _DEAD_NOUN.match(text, m.end("num"), end)):
            # "the toll had risen to four martyrs": the noun after the count names its kind
            said = ("killed", party_of(dead.group(0)))
        if unsaid and not said and (kind := _COUNT_KIND.match(text, m.start("num"), end)):
            # "the toll had risen to two killed and five wounded": the kind said right after
            # the count (never read as more wounded because only the wounded came before)
            said = (kind_of(kind.group("verb")), "unspecified")
        if said:  # "the count had risen to five U.S. troops wounded": kind and group said after
            hurt, unsaid = said[0] != "killed", False
        totals.append(Casualty(m.start("num"), m.end("num"), "wounded" if hurt else "killed",
                               count_of(m.group("num")), said[1] if said else "unspecified",
                               m.group("num"),
                               total=True, kind_unsaid=unsaid,
                               rise=bool(_RISE.search(m.group(0))),
                               party_total=bool(OUR_OWN.search(m.group("noun")))))
        # "had risen to four, along with a civilian contractor": one more of that kind
        more = _ALONG_WITH.match(text, m.end("num"), end)
        if more:
            totals.append(Casualty(more.start("num"), more.end("np"), totals[-1].kind,
                                   count_of(more.group("num")), party_of(more.group("np")),
                                   more.group("num"), added=True))
        elif (other := _OTHER_KIND_NEXT.match(text, m.end("num"), end)) is not None and \
                kind_of(other.group("verb")) != totals[-1].kind:
            # "risen to four dead, among them two children, and nine wounded": the other
            # kind's new total, told in the same breath
            totals.append(Casualty(other.start("num"), other.end("verb"),
                                   kind_of(other.group("verb")), count_of(other.group("num")),
                                   "unspecified", other.group("num"), total=True,
                                   rise=totals[-1].rise))
    for m in _THAT_NUMBER.finditer(text, start, end):
        # "raised that number to five": the count just told, of the kind it counted (none
        # told just before: a count of something else, troops or sorties)
        kinds = _KIND_BEFORE.findall(text, max(0, m.start() - 250), m.start())
        if kinds:
            kind = kind_of(kinds[-1])
            # the count it restates, told in this sentence: that group's new count
            told = next((c for c in reversed(found) if c.kind == kind and c.end <= m.start()
                         and c.party != "unspecified"), None)
            g = next(g for g in ("num", "num2", "num3") if m.group(g))
            party = told.party if told else "unspecified"
            if g == "num3" and told is None:
                # "three US service members had suffered minor injuries ... the number had
                # risen to four": the group just counted, the others hurt left as they were
                group = [i for i in ITEM_RE.finditer(text, max(0, m.start() - 250), m.start())
                         if _KIND_BEFORE.search(text, i.end(), min(i.end() + 60, m.start()))]
                party = party_of(group[-1].group("np")) if group else party
                told = told or (None if party == "unspecified" else group[-1])
            if told is None and (item := ITEM_RE.match(text, m.start(g), end)) is not None and \
                    party_of(item.group("np")) != "unspecified":
                # "raised this to four U.S. service members wounded": the group the count
                # names after it, that group's new count (the others hurt left as they were)
                party, told = party_of(item.group("np")), item
            totals.append(Casualty(m.start(g), m.end(g), kind,
                                   count_of(m.group(g)), party,
                                   m.group(g), total=True,
                                   rise=bool(_RISE.search(m.group(0))),
                                   party_total=told is not None))
    for m in TOLL_SET_RE.finditer(text, start, end):
        # "raises the toll to two American soldiers and three Somalis", "to 16 killed and 24
        # injured": the first group replaces its kind, the rest add to it
        noun = m.group("noun") or m.group("noun2") or m.group("noun3")
        hurt = bool(_HURT_NOUN.search(noun))
        whose = party_of(m.group("whose")) if m.group("whose") else "unspecified"
        pos: int | None = m.end()
        first = True
        seen: set[str] = set()  # the kinds whose new total is told already
        while pos is not None:
            told = _COUNT_KIND.match(text, pos, end)
            item = None if told else ITEM_RE.match(text, pos, end)
            # "raised the number of injured to six": the kind is the toll's
            got = told or item or (_BARE_COUNT.match(text, pos, end) if first else None)
            if got is None:
                break
            kind = kind_of(told.group("verb")) if told else ("wounded" if hurt else "killed")
            after = _KIND_AFTER.match(text, item.end(), end) if item else None
            if after:  # "raised the toll to two civilians injured": the kind said after
                kind = kind_of(after.group("verb"))
            party = party_of(item.group("np")) if item else whose
            if noun.lower() == "total" and count_of(got.group("num")) == sum(
                    c.count or 0 for c in found if c.end <= m.start()):
                break  # ("three Kuwaiti soldiers ... two Americans, bringing the total to five":
                # the counts told before it make it up; they stand, with their groups)
            if not first and sums_the_list(text, got.end(), end, count_of(got.group("num")), list(
                    {c.start: c.count for c in totals if c.start >= m.end()}.values())):
                break  # (", five people in all": the counts listed before it, summed)
            # ("to one guard killed and two wounded, and three raiders killed and two
            # wounded": each kind's first count is its new total, the next party's adds to it)
            totals.append(Casualty(got.start(), got.end(), kind, count_of(got.group("num")), party,
                                   got.group("num"),
                                   total=first or (told is not None and kind not in seen),
                                   kind_unsaid=not (told or after or _KIND_NOUN.search(noun)),
                                   rise=bool(_RISE.match(m.group(0)))))
            first = False
            seen.add(kind)
            # (the kind said after a group: the list goes on after it)
            at = past_subset(text, after.end() if after else got.end(), end)  # (", two of them")
            nxt = _AND_NEXT.match(text, at, end)
            pos = nxt.end() if nxt and nxt.end() > at else None
    if totals and any(w in chunk.lower() for w in SUPERSEDED_CUES):
        totals = superseded_dropped(text, start, end, totals)  # "first put the number at 3"
    if totals:  # a total is the count it restates ("to 16 killed and 24 injured")
        found = [c for c in found if not any(t.start <= c.start < t.end or c.start <= t.start <
                                             c.end for t in totals)]
        # "had risen to five after two more were diagnosed": the rise explained, in the total
        found = [c for c in found if not any(
            t.end <= c.start and _RISE_EXPLAINED.fullmatch(text, t.end, c.start) and
            _MORE.match(text, c.start, end) for t in totals)]
        totals = kinds_resolved(found, totals)  # "wounding three, ... the count rose to five"
        totals = _hurt_in_sentence(text, start, end, totals)
        # "raised the count to four": read as a set total and as "that count", once
        totals = [t for t in totals if not any(
            o is not t and o.start == t.start and o.count == t.count and o.end > t.end
            for o in totals)]
        # "killing three, and by Thursday the toll had risen to five": the total replaces
        # the count of its kind told before it, as a later sentence's would
        found = [c for c in found if not any(t.total and t.kind == c.kind and c.end <= t.start
                                             for t in totals)]
    found += totals
    for m in DIED_OF_WOUNDS.finditer(text, start, end):
        count = 1 if m.group("pron") else count_of(m.group("num"))
        subject = [c for c in found if m.group("pron") and c.kind == "killed" and c.count == 1
                   and _DIED_SUBJECT_GAP.fullmatch(text, c.end, m.start())]
        if subject:
            # "one contractor died of his injuries": the contractor already counted dead is
            # the man who died of his wounds, one death (moved from the hurt), never two
            found = [replace(c, from_wounded=True) if c is subject[-1] else c for c in found]
            continue
        # "a man who was wounded ... has died": the same man, now counted dead
        found = [c for c in found if not (c.kind == "wounded" and c.count == count and
                                          m.start() - 160 <= c.start < m.start())]
        found.append(Casualty(m.start(), m.end(), "killed", count, "unspecified",
                              m.group("num") or "", from_wounded=True))
    chunk = text[start:end]
    found += [c for c in died_of_them(text, start, end) if not any(  # "One of them, ..., died"
        o.from_wounded and o.start < c.end and c.start < o.end for o in found)]
    if "died" in chunk or "succumb" in chunk or "martyr" in chunk:
        for m in DIED_AFTER_HURT.finditer(text, start, end):
            count = count_of(m.group("num")) if m.group("num") else 1
            # the main verb ("was martyred") told this death already: it moves, not adds
            if any(c.from_wounded and m.start() <= c.start < m.end() for c in found):
                continue  # "... has died of his wounds": read above
            told = [c for c in found if c.kind == "killed" and c.count == count
                    and m.start() <= c.start < m.end()]
            party = told[0].party if told else "unspecified"
            found = [c for c in found if c not in told]
            # (placed at its verb, as "died of his wounds" is: the death is news of now)
            found.append(Casualty(m.start("verb"), m.end(), "killed", count, party,
                                  m.group("num") or "", from_wounded=True))
    revised = REVISED.search(text, start, end)
    if revised:  # "now assesses that the strike killed five": the new count of its kind
        found = [replace(c, total=True) if c.start >= revised.end() else c for c in found]
    later = LATER_COUNT.search(text, start, end) if not revised else None
    if later:
        found = [replace(c, total=True) if c.start >= later.end() and _EVERYONE.match(
            text, c.start + len(c.wording), c.end + 8) else c for c in found]
    first = _FIRST_SAID.search(text, start, end)
    if first:
        # "The army initially said one soldier was hurt; an official later said two were":
        # the first count, told again in the same sentence, gives way to the newer one
        newer = {c.kind for c in found if c.start > first.end() and not c.added}
        # ("later said four soldiers and one contractor were hurt": a list of groups, one
        # count, not a count told again)
        found = [c for c in found if not (
            first.end() <= c.start and c.kind in newer and not c.added and any(
                d.kind == c.kind and d.start > c.end and not d.added and
                not _LIST_JOINT.fullmatch(text, c.end, d.start) for d in found))]
    return found


def superseded_dropped(text: str, start: int, end: int, found: list[Casualty]) -> list[Casualty]:
    """found without the counts of a toll given as superseded: "killed two and wounded five,
    revising an earlier toll of one killed and three wounded" (the old count is no more hurt;
    "revised an earlier toll of 12 to 16": the count after "to" is the new one)."""
    for earlier in _EARLIER_TOLL_OF.finditer(text, start, end):
        new = _NEW_COUNT.search(text, earlier.end(), end)
        cut = new.start() if new else end
        # the old toll is a count right after "of"/"at": "the first report of the incident,
        # five soldiers were killed" tells the toll that report gave, never a revised one
        old = _OLD_COUNT.match(text, earlier.end(), end)
        if old and old.group(0).strip().lower() not in ("a", "an"):
            found = [c for c in found if not earlier.end() <= c.start < cut]
    return found


_LIST_JOINT = re.compile(r"\s*(?:,\s*)?(?:and\s+)?")
# "(revising) an earlier toll of", "up from a preliminary count of": the counts after it are
# the superseded ones
_EARLIER_TOLL_OF = re.compile(
    r"\b(?:an?|the|its|their)\s+(?:earlier|initial|previous|first|preliminary|original)\s+"
    r"(?:death\s+|casualty\s+)?(?:toll|count|tally|figures?|report)\s+(?:of|at)\b|"
    # "which first put the number at three"
    r"\b(?:initially|originally|first|earlier)\s+(?:put|gave|set|placed)\s+(?:the|its|their)\s+"
    r"(?:number|toll|count|figure|tally)\s+(?:at|as)\b", re.I)
# the words of a toll given as superseded ("an earlier toll of", "a preliminary count of")
SUPERSEDED_CUES = ("earlier", "initial", "previous", "preliminary", "original", "first ")
# the count right after "an earlier toll of" ("at least 12", "two")
_OLD_COUNT = re.compile(rf"\s*{NUM}\b", re.I)
_NEW_COUNT = re.compile(r"\b(?:to|rose|risen|climbed|now)\b|[;.]")
_RISE_EXPLAINED = re.compile(r",?\s+(?:after|as|when)\s+")
_MORE = re.compile(r"[\w-]+\s+(?:more|additional|other)\b")
# between a counted dead man and "died of his wounds" told of him: only tense words
_DIED_SUBJECT_GAP = re.compile(r"\s*(?:(?:later|subsequently|since|has|had|have|then)\s+)*")


# "initially said one", "said at first that two": a count as it was first given
_FIRST_SAID = re.compile(r"\b(?:initially|originally|at\s+first)\b", re.I)
_ALONG_WITH = re.compile(rf"\s*,?\s+(?:along\s+with|as\s+well\s+as|plus)\s+{ITEM}", re.I)
_KIND_AFTER = re.compile(r"\s+(?:(?:were|was)\s+)?(?:[a-z]+ly\s+)?"
                         r"(?P<verb>killed|dead|wounded|injured|hurt)\b")


def _said_after(text: str, pos: int, end: int) -> tuple[str, str] | None:
    """The kind a count names after its group, and the group ("five U.S. service members
    wounded": wounded, U.S.), or None."""
    item = ITEM_RE.match(text, pos, end)
    if item is None:
        return None
    after = _KIND_AFTER.match(text, item.end(), end)
    return (kind_of(after.group("verb")), party_of(item.group("np"))) if after else None


_THAT_NUMBER = re.compile(
    r"\b(?:rais(?:es|ed|ing)|revis(?:es|ed|ing)|lower(?:s|ed|ing)|updat(?:es|ed|ing)|"
    # "officials first said three were hurt; the Pentagon later put the number at four"
    # ("On Monday it raised that to four": the count just told, its noun left out)
    r"puts?|putting)\s+(?:(?:that|this)(?:\s+(?:number|figure|count|tally))?|"
    r"the\s+(?:number|figure|count|tally))\s+(?:to|at)\s+"
    # ("raised that to five percent": a measure, not a count of people)
    rf"(?P<num>{NUM})\b(?!\s*(?:%|percent|per\s+cent|million|billion|times|years|months|"
    r"days|weeks|hours|minutes|km|kilomet|miles|met(?:er|re)s|dollars))"
    # "six wounded, a figure it raised to eight": the same, told as an aside on the count
    r"|\ba\s+(?:number|figure|count|tally)\s+(?:that\s+|which\s+)?(?:it|they|he|she|officials|"
    r"the\s+\w+)\s+(?:later\s+)?(?:raised|revised|lowered|updated|put)\s+(?:to|at)\s+"
    rf"(?P<num2>{NUM})\b"
    r"(?!\s+(?:percent|per\s+cent|troops|soldiers|personnel|aircraft|jets|sorties)\b)"
    # "five suffered minor injuries. On Tuesday, a spokesperson said the number had risen to
    # eight": the count just told, grown
    r"|\b(?:that|the)\s+(?:number|figure|tally)\s+(?:had\s+|has\s+)?(?:now\s+)?(?:risen|rose|"
    rf"climbed|increased|grown|grew)\s+to\s+(?P<num3>{NUM})\b(?!\s*(?:%|percent|per\s+cent|"
    r"million|billion|times|troops|soldiers|personnel|aircraft|jets|sorties|attacks|drones|"
    r"rockets|missiles|incidents)\b)", re.I)
_KIND_BEFORE = re.compile(r"\b(?:killed|dead|died|wounded|injured|injury|injuries|hurt)\b",
                          re.I)
