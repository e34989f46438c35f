"""Figures: counts and measures with what they count, kept as written.

A number becomes a figure when it counts something (troops, rockets, dollars, kilometres),
with its period when it is a rate ("96 interceptors a year").
Numbers that are really names, dates, times, calibres, ranks, ages or codes are left out:
"K-1", "Tower 22", "IE 11", "107 mm", "three-star billet", "9:30 p.m.", "45-year-old".
This module reads each number in turn; the ideas it applies live in the figure_* modules
(glued scales and note numbers, loose amounts, counts of times, parts of a count, counts that
are no tally, a plural after one, ...).
"""

from __future__ import annotations

import re
from dataclasses import replace

from briefdeck.extract.borrowed_nouns import borrow_nouns
from briefdeck.extract.figure_amounts import (
    HEDGED_HIGH,
    OR_SO,
    PLUS,
    parenthesised,
)
from briefdeck.extract.figure_answers import answer_rows, answered_noun
from briefdeck.extract.figure_breakdowns import refine_parts
from briefdeck.extract.figure_captions import caption_unit
from briefdeck.extract.figure_durations_told import span_ration
from briefdeck.extract.figure_glued import glued_note, with_scale_letter
from briefdeck.extract.figure_heads import head_before
from briefdeck.extract.figure_kept_spans import lodging_stay
from briefdeck.extract.figure_labels import LENGTH_UNITS, label_in_context
from briefdeck.extract.figure_levels import level_noun
from briefdeck.extract.figure_listed_nouns import listed_nouns
from briefdeck.extract.figure_loop_patterns import (
    CUT_AT_INITIALS,
    EVIDENCE_QUESTION,
    HOSTED_WITH,
    INVARIANT_PLURALS,
    NAMED_KIT,
    NAMED_RUN,
    NATION_INITIALS,
    SINGULAR_TAIL,
    TYPE_NUMBER_BEFORE,
    VOLUMES,
    WEIGHT_FIRST,
)
from briefdeck.extract.figure_loose_amounts import loose_background, loose_in_quotes
from briefdeck.extract.figure_measures import (
    AREAS,
    CLIP_LENGTH,
    CURRENCIES,
    LENGTHS,
    MEASURE_ADJECTIVE,
    MEASURES,
    PER_EACH,
    VOLUME_RATE,
    each_price,
)
from briefdeck.extract.figure_money_columns import column_currency
from briefdeck.extract.figure_money_units import money_unit, named_currency
from briefdeck.extract.figure_more import more_of_the_same
from briefdeck.extract.figure_not_counted import number_not_counted
from briefdeck.extract.figure_not_tallies import not_a_tally
from briefdeck.extract.figure_nouns import PLURAL, STOP, acronym_after, unit_after, with_rate
from briefdeck.extract.figure_parts import counted_part
from briefdeck.extract.figure_plurals import plural_after_one
from briefdeck.extract.figure_ratios import share_of_whole
from briefdeck.extract.figure_record_fields import field_count
from briefdeck.extract.figure_references import is_reference
from briefdeck.extract.figure_revisions import superseded_span
from briefdeck.extract.figure_shorthand import coded_category, spelled_out
from briefdeck.extract.figure_sums import noun_before, sum_of_different
from briefdeck.extract.figure_times import counted_times, multiplied_unit
from briefdeck.extract.figure_toll_remainders import borrowed_remainder, toll_remainder
from briefdeck.extract.figure_tolls import (
    FATE_AFTER,
    HELD_VERB,
    HELD_WORDS,
    INJURY_UNIT,
    NOT_ONE_OF,
    ONE_OF,
    PART,
    TOLL_UNITS,
    TOLL_VERB,
    toll_label,
    toll_word,
)
from briefdeck.extract.figure_topics import topic_noun
from briefdeck.extract.figure_units import organization_acronym
from briefdeck.extract.figure_votes import vote_tally
from briefdeck.extract.figure_whole_text import with_whole_text_figures
from briefdeck.extract.not_figures import (
    NOTES_HEADING,
    excluded,
    furniture_spans,
    note_marker,
)
from briefdeck.extract.numbers import ISO_CODES, find_quantities
from briefdeck.extract.sentences import Document
from briefdeck.extract.uncounted_nouns import (
    TIME_UNITS,
)
from briefdeck.extract.vague_amounts import (
    BACKGROUND,
    BARE_PLURAL,
    CAPPED_BEFORE,
    CROWDS,
    FORCES,
)
from briefdeck.model import Figure, Provenance

# "2 shot down", "two of three got shot down": an engagement's outcome, no count of shots
_SHOT_DOWN = re.compile(r"(?:\s+of\s+(?:the\s+)?\w+)?\s+(?:got\s+|get\s+|were\s+|was\s+)?"
                        r"shot\s+down\b")
# "3 of 4 UAS", "3 of the 5 incidents": a part told with its whole, labelled together
_PART_OF = re.compile(r"\s+of\s+(?:the|its|their|those|our)?\s*")
_FROM_TO = re.compile(r"\s+to\s+")
_FROM_BEFORE = re.compile(r"\bfrom\s+$")
# An earthquake's magnitude, written before or after its value: a strength, not a count.
_MAGNITUDE_BEFORE = re.compile(r"\bmagnitude[- ]$", re.I)
_MAGNITUDE_AFTER = re.compile(r"[- ]magnitude\b", re.I)
_HOW_VERB = re.compile(r" (?:used|employed|involved|targeted|hit|struck)\s")
# "the crew of 21", "a team of 11": the group's noun before the bare count says what it
# counts (the word after it is the verb: "the crew of 21 fought the blaze").
# ("a force of about 600" is read as troops further on)
_GROUP_OF = re.compile(r"\b(crew|team|garrison|contingent|detachment|workforce)\s+of\s+$", re.I)
# A patient count by condition ("2 seriously hurt", "12 lightly hurt people"): the condition
# is part of what is counted, not any of the injured.
_CONDITION = re.compile(r"(?:seriously|moderately|lightly|critically|slightly|severely)\s+"
                        r"(?:hurt|injured|wounded)\b", re.I)
_AND_AFTER = re.compile(r"\s+(?:and|or|&)\s")  # "144 HTS and allied fighters": the noun comes later


# The nouns of a toll: a count of none of them ("zero killed", "0 casualties") is no figure.
NO_TOLL_UNITS = frozenset("killed dead wounded injured casualties fatalities deaths".split())
# A force brought under a level: the bare number is its size in the unit just counted.
FORCE_UNITS = re.compile(r"troops|forces|soldiers|personnel|service members")
FORCE_BELOW = re.compile(r"\b(?:get|go|fall|drop|come|be|bring\s+(?:it|them|that))\s+"
                         r"(?:down\s+)?$")  # (then "below 500", read with the number)
# "so twenty total": the word says the count is a sum, not what is counted.
TOTALS = frozenset({"total", "altogether", "overall"})
# A bracket of "N side" parts opened right after a toll: its breakdown by side.
# A log's "3X WIA TOTAL: 2X US SOLDIERS (...)" is the same breakdown after a colon.
TOLL_BREAKDOWN = re.compile(r"\b(?:WIA|KIA|wounded|killed|injured|hurt|dead|casualties)"
                            r"(?:\s*\(|\s+(?i:total):\s*)(?:\d+X?\s+[^,()\n]{1,40},\s*)*$")


def extract_figures(doc: Document, date_spans: list[tuple[int, int]]) -> list[Figure]:
    text = doc.text
    figures: list[Figure] = []
    skip = sorted(date_spans + furniture_spans(text))
    # Loose numbers inside quotation marks are rhetoric ("those two things", "a few hundred
    # people"); a speaker's exact "375 kilometres" is still a figure.
    quoted = [(a, b) for a, b in doc.quoted if b - a >= 14]  # a sentence's worth, not a word
    last_unit = ""  # for "2,700 of them"
    last_counted = ""  # the last unit that counts people or things, not their injuries
    last_sentence_unit = ""  # the last unit counted in the sentence before
    notes = NOTES_HEADING.search(text)
    notes_at = notes.start() if notes else None
    org_acronyms: dict[str, bool] = {}  # "JAF": whether the report treats it as a body
    dollar = ""  # what a bare "$" stands for, looked up at the first one
    sentences = doc.sentences
    topic: tuple[str, int] | None = None  # the things a speaker's paragraph goes on to count
    for n, sent in enumerate(sentences):
        rows: list[list] = []
        stale: tuple[int, int] | None = None  # looked up at the first count kept
        stale_read = False
        stale_unit = ""
        background: bool | None = None  # looked up once per sentence, only when needed
        consumed = 0  # the end of a number already read with the one before it
        gathering = "athering" in sent.text  # (once a sentence: a run-on one holds thousands)
        for q in find_quantities(text, sent.start, sent.end):
            if q.start < consumed:
                continue
            unit_at = q.end  # where the counted noun starts
            if "(" in text[q.start - 1:q.end + 5]:
                q, unit_at = parenthesised(text, q)
                consumed = unit_at
            if text[q.end:q.end + 1] == "," and q.value_high is None and \
                    (hedge := HEDGED_HIGH.match(text, q.end, sent.end)):
                high = next(iter(find_quantities(text, hedge.end(), min(sent.end,
                                                                         hedge.end() + 40))), None)
                if high and high.start == hedge.end() and high.value > q.value and \
                        high.money == q.money and high.qualifier == "exact":
                    q = replace(q, end=high.end, text=text[q.start:high.end],
                                value_high=high.value, qualifier="range")
                    consumed = unit_at = high.end  # "$20,000, maybe $50,000": one range
            if PLUS.match(text, q.end) and not q.money and not q.percent:
                q = replace(q, end=q.end + 5, text=text[q.start:q.end + 5],
                            qualifier="more than" if q.qualifier == "exact" else q.qualifier)
                unit_at = q.end
            if text[q.end:q.end + 1] == " " and q.value_high is None and "." in q.text and \
                    not q.money and not q.percent and (glued := glued_note(text, q)):
                q = glued  # "detaining 206.10 On August 3": 206, then the note's number
            if text[q.start - 1:q.start] == " " and (tally := vote_tally(text, q, sent.start)):
                rows += [[v, "votes", ""] for v in tally]  # "The vote was 498 to 141"
                consumed = tally[-1].end
                continue
            if (share := share_of_whole(text, q)) is not None:
                rows += [[q, share[0], ""]] if share[0] else []  # "Nine in ten": "9 in ten"
                consumed = share[1]
                continue
            if excluded(text, q, sent.start, sent.end, skip) or is_reference(text, q, sent.start):
                continue
            if (field := field_count(text, q)) is not None:  # "UAS: 2   Patients: 4": what
                if field and not (q.value == 0 and field in NO_TOLL_UNITS):  # the label names
                    rows.append([q, field, ""])
                continue
            if text.startswith("-strong ", q.end):
                unit_at = q.end + 8  # "a 3,000-strong force", "the 22-strong crew"
            if (scaled := with_scale_letter(text, q)) is not q:  # "3K troops", "$1.1B", "2.5m"
                q, unit_at = scaled, max(unit_at, scaled.end)
            if q.qualifier == "exact" and text[q.start - 14:q.start].lower() == "an average of ":
                q = replace(q, qualifier="about")  # "an average of 3.38 million": no exact count
            elif q.qualifier == "exact" and text[q.start - 1:q.start] == "~":
                q = replace(q, qualifier="about")  # "~1,500 ppl": shorthand for about
            if notes_at is not None and q.start > notes_at and note_marker(text, q):
                continue  # "2 Initial reporting: ...": a note's number, under "Notes"
            if text[q.end:q.end + 2] in ('" ', "” "):
                unit_at += 1  # 'fired "more than 100" interceptors': the noun after the quote
            elif text[q.end:q.end + 2] in (' "', " “"):
                unit_at += 2  # 'more than 100 "terrorists"': the noun is quoted, still counted
            or_so = OR_SO.match(text, q.end, sent.end)
            if or_so:  # "two hundred or so", '"a dozen or so" drones'
                q = replace(q, end=or_so.end(), text=text[q.start:or_so.end()],
                            qualifier="about" if q.qualifier == "exact" else q.qualifier)
                unit_at = q.end + (text[q.end:q.end + 1] in "\"”’'")
            if loose_in_quotes(text, q, sent, quoted):
                continue  # "those two things", 'shot down "dozens" of drones'
            if loose_background(text, q, sent):
                continue  # "dozens of those", "killed dozens of soldiers": no reported count
            if q.vague and not re.search(r"\d", q.text):
                if background is None:
                    background = bool(BACKGROUND.search(text, sent.start, sent.end))
                if background:
                    continue  # "has killed dozens of smugglers in recent years"
            if (multiplied := multiplied_unit(text, q, sent)) is not None:
                if multiplied:  # "4 x 107mm rockets" / "Rockets (4 x 107mm)": rockets
                    rows.append([q, multiplied, ""])
                continue
            measure = MEASURE_ADJECTIVE.match(text, q.end)
            clip = CLIP_LENGTH.match(text, q.end) if text.startswith("-", q.end) else None
            if _MAGNITUDE_BEFORE.search(text, max(sent.start, q.start - 12), q.start) or \
                    _MAGNITUDE_AFTER.match(text, q.end):
                unit, phrase = "magnitude", ""  # "a magnitude 6.1 earthquake": its strength
            elif clip:  # "a 47-second video": how long the clip runs, a checkable detail
                unit, phrase = clip.group(clip.lastindex or 1).lower() + "s", ""
            elif measure:
                word = measure.group("unit").lower().replace("nautical-mile", "nautical")
                unit, phrase = MEASURES.get(word, MEASURES.get(word + "s", word)), ""
            else:
                unit, phrase = unit_after(text, unit_at, sent.end, exact=not q.vague)
                if text[q.end:q.end + 1] == "\n" and (code := column_currency(text, q)):
                    unit, phrase = code, ""  # "Reserve (USD)" above: a cell of that column
                elif phrase[:1].isupper() and (code := named_currency(phrase)):
                    unit = code  # "25 million Iraqi dinars": IQD, the phrase as written
                elif not unit and unit_at == q.end and text[q.end:q.end + 1] == "\n" and \
                        (caption := caption_unit(text, q)):
                    unit, phrase = caption  # "41" / "one-way attack drones intercepted"
                if not PLURAL.fullmatch(unit or "-") and (group := _GROUP_OF.search(
                        text, max(sent.start, q.start - 20), q.start)):
                    unit, phrase = group.group(1).lower(), ""  # "the crew of 21 fought"
                if phrase and phrase.rsplit(" ", 1)[-1][:1].isupper() and \
                        not PLURAL.fullmatch(unit.rsplit(" ", 1)[-1]) and \
                        (kit := NAMED_KIT.match(text, unit_at + len(phrase), sent.end) or
                         NAMED_RUN.match(text, unit_at, sent.end)):
                    unit, phrase = kit.group(1), ""  # "four Low, Slow ... Defeat System, or
                    # LIDS, batteries": a long name, its short form, then what is counted
                if q.value > 1 and unit and note_marker(text, q) and \
                        SINGULAR_TAIL.search(unit) and unit not in INVARIANT_PLURALS:
                    continue  # "4 US Central Command statement, 23 January": a footnote's
                    # number; a count of several would name them in the plural
            if phrase and phrase[:1] in "kK" and (weight := WEIGHT_FIRST.match(phrase)):
                unit, phrase = weight.group(1).lower().rstrip("s") if weight.group(1)[1:2] in "gG" \
                    else weight.group(1).lower(), ""  # "a 20 kg warhead": a weight, in kg
            if unit in NATION_INITIALS and n + 1 < len(sentences) and \
                    (cut := CUT_AT_INITIALS.match(text, unit_at)):
                # "about 300 U.S.<line break>personnel would deploy": the initials ended the
                # sentence, not the noun, which the next line goes on to name
                noun, said = unit_after(text, cut.end() - 1, sentences[n + 1].end,
                                        exact=not q.vague)
                if noun and PLURAL.fullmatch(noun.rsplit(" ", 1)[-1]):
                    unit = noun
                    phrase = text[text.index("U.", unit_at):text.index(said, cut.end() - 1) +
                                  len(said)]
            if unit in NATION_INITIALS:
                continue  # "two U.S.<line break>service members": the noun is cut off
            if q.text.isdigit() and q.value >= 100 and text[q.start - 2:q.start] == "a " and \
                    TYPE_NUMBER_BEFORE.search(text, max(sent.start, q.start - 4), q.start) and \
                    unit and unit.isalpha() and not PLURAL.fullmatch(unit) and \
                    unit not in LENGTHS and unit not in AREAS and unit not in TIME_UNITS:
                continue  # "a 737 rotation", "a 747 freighter": a model's number, no count
            if unit[:1] == "q" and EVIDENCE_QUESTION.fullmatch(unit):
                continue  # "para 6 20 Q45": a note citing a question of oral evidence
            if phrase and "(" in text[unit_at:unit_at + len(phrase) + 20]:
                unit = acronym_after(text, text.find(phrase, q.end) + len(phrase), unit)
            if unit == "times":  # "attacked 170 times", "met six times", "shared 4,800 times"
                if (repeats := counted_times(text, q, sent.start, phrase)) is None:
                    continue
                unit, phrase = repeats
            if q.vague and q.value >= 1e6 and (q.money or not phrase or unit in CURRENCIES) and \
                    not re.search(r"\d", q.text):
                continue  # "spending millions of dollars a night": a vague sum, no amount
            if q.money:
                unit, dollar, per_end = money_unit(text, q, sent.end, dollar)
                consumed = per_end or consumed  # "USD 400 per 20' container": no count of 20
            elif q.percent:
                unit = "%"
            if unit == "shot" and _SHOT_DOWN.match(text, q.end):
                continue  # "2 shot down, 1 impact": an engagement's outcome, no count of shots
            if not_a_tally(text, q, sent, unit, phrase, clip):
                continue  # "5 min read", "two statements", "two loud bangs", "two officials said"
            if unit == "nights" and (stay := lodging_stay(text, q)):
                unit = phrase = stay  # "9,450 nights of lodging": stays given, what they are
            unit, phrase = counted_part(text, q, sent, unit, phrase, rows, last_unit,
                                        last_counted)  # "two of them", "21 others"
            if coded_category(phrase):
                continue  # "LINE 5: 2X L.": a 9-line's coded category, no count (and no noun
                # for the next count to borrow)
            if not phrase and not q.money and (named := noun_before(text, q, sent.start)):
                unit = named  # "the number of wounded U.S. service members at three"
            if not unit and not q.money and sum_of_different(
                    text, q, sent.start, {r[1] for r in rows if r[1] and r[1] != PART}):
                continue  # "..., bringing the total to five": no count of either kind
            if phrase and _HOW_VERB.match(text, q.end) and rows and \
                    (which := text.rfind(" of which ", sent.start, q.start)) >= 0 and \
                    (head := next((r for r in reversed(rows) if r[0].end <= which), None)) \
                    and head[1] != PART:
                unit, phrase = head[1], ""  # "attacks: 10, of which 6 used drones and 4 used
                # rockets": parts of the head's count, what they used is not what is counted
                # (a bare head borrows its noun later, and these borrow it from the head)
            if q.vague and (unit in LENGTHS or unit in AREAS or unit in CROWDS or
                            phrase[:7].lower() == "square "):
                continue  # "a few hundred metres away", "hundreds of mourners": no count
            if not q.money and not q.percent and (unit not in TIME_UNITS or
                                                  span_ration(text, q)):  # "6 hours a day"
                unit = with_rate(text, q, unit, phrase, sent.start, sent.end,
                                 rows[-1][1] if rows and rows[-1][1] != PART and
                                 not rows[-1][0].money and not rows[-1][0].percent else "")
                if unit == "feet a day" and phrase.lower().startswith("cubic") and \
                        q.value_high is None and q.text.lower().endswith(("million", "billion")):
                    # "520 million cubic feet per day": gas output, in the trade's unit
                    big = q.text.lower().endswith("billion")
                    q = replace(q, value=q.value / (1e9 if big else 1e6))
                    unit = "Bcf/d" if big else "MMcf/d"
                elif unit in VOLUMES and "cubic" in phrase.lower() and (vol := VOLUME_RATE.match(
                        text, text.index(phrase, q.end) + len(phrase), sent.end)):
                    # "500 million standard cubic feet of gas per day": the whole unit
                    unit = " ".join(text[text.index(phrase, q.end):vol.end()].split())
            if phrase and not q.money and not q.percent and PLURAL.fullmatch(unit) and \
                    phrase.lower().endswith(unit) and (listed := listed_nouns(
                        text, (at := text.index(phrase, q.end)) + len(phrase), sent.end)):
                phrase = text[at:at + len(phrase) + len(listed)]  # "1,087 missiles, drones
                unit = " ".join(f"{unit}{listed}".split())  # and ... vessels": all counted
            toll = TOLL_VERB.search(text, max(sent.start, q.start - 12), q.start)
            if toll and (not unit.strip() or unit == "others"):
                unit = toll_word(toll.group(1))
            elif not unit.strip() or unit == "others":
                # "and detaining 31", "detaining 46 others": the ones held
                held = HELD_VERB.search(text, max(sent.start, q.start - 12), q.start)
                one_of = None if held or unit else ONE_OF.search(
                    text, max(sent.start, q.start - 40), q.start)
                if held:
                    unit = HELD_WORDS[held.group(1).lower()]
                elif one_of and one_of.group(1) not in STOP and \
                        one_of.group(1) not in NOT_ONE_OF:  # "the drone was one of two"
                    unit = one_of.group(1) + "s"
            unit = TOLL_UNITS.get(unit, unit)
            if toll_remainder(text, q, sent, unit):
                continue  # "one guard was killed and two others wounded": the rest of one
                # attack's toll, which the event holds
            if phrase and (condition := _CONDITION.match(phrase)):
                unit = condition.group(0).lower()  # "12 lightly hurt people": by condition
            if phrase and unit and unit not in TOLL_UNITS.values():
                fate = FATE_AFTER.match(text, text.index(phrase, q.end) + len(phrase), sent.end)
                if fate:  # "six fighters killed and 19 detained": the count is of the killed
                    unit = f"{unit} {fate.group(1).lower()}"
            if phrase[:1].isupper() and unit == phrase.lower() and \
                    organization_acronym(text, phrase, org_acronyms) and \
                    not _AND_AFTER.match(text, text.index(phrase, q.end) + len(phrase)):
                continue  # "5 wounded (3 JAF, 2 US)": members of a body, a toll's breakdown
            if q.vague and BARE_PLURAL.match(q.text) and (
                    unit.rsplit(" ", 1)[-1] not in FORCES or
                    HOSTED_WITH.search(text, max(sent.start, q.start - 80), q.start)) and \
                    not (unit == "people" and q.value >= 1e6):
                continue  # "dozens of drones": a sense of scale (a force's size, and a
                # people's, "millions of people displaced", stay; not a base's standing
                # garrison, "hosts jets and hundreds of personnel": no number to copy)
            if (q.money or unit in CURRENCIES) and " " not in unit and \
                    (each := PER_EACH.match(text, text.index(phrase, q.end) + len(phrase)
                                            if phrase else q.end, sent.end)):
                unit = each_price(unit, each)  # "$125,000 each": one's price, not a total
            if not q.money and q.start > 0 and text[q.start - 1] in "(, " and \
                    TOLL_BREAKDOWN.search(text, max(sent.start, q.start - 160), q.start):
                continue  # "3 WIA (2 coalition, 1 SDF)": the toll by side, which the event
                # holds, not counts of coalition and SDF
            if q.value == 0 and unit.rsplit(" ", 1)[-1] in NO_TOLL_UNITS:
                continue  # "three wounded, zero killed": no one killed is the event's toll,
                # not a count to brief ("zero attacks", "reduced to zero advisers" stay)
            if not stale_read:  # ("an earlier count had listed three", revised: no three)
                stale_read = True
                stale = superseded_span(text, sent.start, sent.end, sentences[n + 1].end
                                        if n + 1 < len(sentences) else sent.end)
            if stale and stale[0] <= q.start < stale[1] and unit not in LENGTHS and \
                    unit not in AREAS:
                stale_unit = unit if unit not in STOP else stale_unit
                continue  # a first count the story says was revised (not a distance in it);
                # its noun still names what "risen to eight" counts in the next sentence
            if q.qualifier == "exact" and gathering and \
                    CAPPED_BEFORE.search(text, sent.start, q.start):
                q = replace(q, qualifier="up to")  # "gatherings are limited to 30 people":
                # a cap the civil-defence rules set, briefed as "up to 30 people"
            if number_not_counted(text, q, sent, unit):
                continue  # "27/11", "the 70 Forces", "— use 8": no count
            if not unit and not q.money and not q.percent:
                unit = level_noun(text, q, sent.start) or toll_label(text, q.start, sent.start)
                # "troops unchanged at about 1,000"; "Total injured: 4 (two ...)"
            rows.append([q, unit if unit not in STOP and unit not in TOTALS else "", phrase])
        if stale_unit and not any(r[1] and r[1] != PART for r in rows):
            last_unit = stale_unit  # "initially said two divers ...; it rose to six": divers
        if n and rows:  # "How many UK personnel ...?" / "Around 200": UK personnel
            answer_rows(rows, sent.start, answered_noun(sentences[n - 1].text.rstrip()))
        fates = borrow_nouns(text, sent, rows, last_unit, last_sentence_unit)
        refine_parts(text, sent, rows)  # "came in two waves: 186 ...": attacks, not waves
        if " more" in sent.text:
            more_of_the_same(text, rows, last_sentence_unit)  # "Roughly 2,000 more": troops
        for i in range(len(rows) - 2, -1, -1):
            if not rows[i][1] and rows[i + 1][1] and rows[i + 1][1] != PART and \
                    _FROM_TO.fullmatch(text, rows[i][0].end, rows[i + 1][0].start) and \
                    _FROM_BEFORE.search(text, max(sent.start, rows[i][0].start - 6),
                                        rows[i][0].start):
                rows[i][1] = rows[i + 1][1]  # "from about 2,000 to under 1,000 in Syria":
                # the change's end borrowed its noun last, the start shares it
        if rows and not rows[0][1] and not rows[0][2] and not rows[0][0].money and \
                not rows[0][0].percent:
            rows[0][1] = head_before(text, rows[0][0].start, sent.start)  # "drones, at least
            # three per the SDF": the noun named first, then how many
        if len(rows) > 1:
            plural_after_one(rows)
        if topic and sent.start < topic[1]:
            for row in rows:
                row[1] = row[1] or topic[0]  # "... is bunkers. We've got twelve": bunkers
        if FORCE_UNITS.fullmatch(last_unit):
            for row in rows:
                if not row[1] and row[0].qualifier == "fewer than" and FORCE_BELOW.search(
                        text, max(sent.start, row[0].start - 24), row[0].start):
                    row[1] = last_unit  # "about 1,000 troops? -- We will get below 500"
        if said_topic := topic_noun(sent.text.strip()):
            topic = (said_topic, (text.find("\n", sent.end) + 1 or len(text) + 1) - 1)
        last_sentence_unit = next((r[1] for r in reversed(rows) if r[1] and r[1] != PART),
                                  stale_unit)
        for i, (q, unit, phrase) in enumerate(rows):
            if unit and unit != PART:
                unit = spelled_out(unit, phrase, text)  # "4 unfired rkts": rockets
            if not unit or unit == PART:
                continue
            if not phrase and borrowed_remainder(text, q, sent, unit):
                continue  # "one guard was killed and four were injured": the rest of one
                # attack's toll, its toll word borrowed from after the count
            last_unit = unit
            if not INJURY_UNIT.search(unit):
                last_counted = unit
            end = text.index(phrase, q.end) + len(phrase) if phrase else q.end
            said = q.text.lower() if q.text.isupper() and q.text.isalpha() else q.text
            label = text[q.start : end] if phrase else (
                said if q.percent else f"{said} {fates.get(q.start, unit)}")  # "now THREE"
            if not phrase and i + 1 < len(rows) and rows[i + 1][2] and _PART_OF.fullmatch(
                    text, q.end, rows[i + 1][0].start):
                nxt = rows[i + 1]  # "defeated 3 of 4 one-way attack UAS"
                end = text.index(nxt[2], nxt[0].end) + len(nxt[2])
                label = text[q.start:end]
            if q.money and unit[:3] in ISO_CODES and f"{unit[:3]} " in q.text:
                label = said + unit[3:]  # "USD 400 per 20' container": the code written once
            if text[q.start - 1:q.start] == "(" and label.startswith(q.text.split()[0] + ")"):
                label = "(" + label  # "(26) million U.S. dollars", as written
            if "\n" in label:
                label = " ".join(label.split())  # a boxed number and its caption, or a count
                # broken by a hard-wrapped line ("at least\neleven wounded"): one line
            if len(label) < 40 and not q.percent and unit not in LENGTH_UNITS:
                label = label_in_context(text, label, q.start, end, sent.start, sent.end,
                                         rows[i - 1][0].end if i else sent.start,
                                         rows[i + 1][0].start if i + 1 < len(rows) else None)
            figures.append(Figure(
                id=f"fg-{len(figures) + 1}", value=q.value, value_high=q.value_high, unit=unit,
                qualifier=q.qualifier,  # type: ignore[arg-type]
                text=q.text, label=label[:80],
                provenance=Provenance(source="src-1", start=q.start, end=q.end),
            ))
    return with_whole_text_figures(text, figures, quoted, skip)
