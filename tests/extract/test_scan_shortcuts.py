"""Shortcuts that make long texts fast must find exactly what the full scans find: a pattern
tried only a few words before the word it needs (finditer_near), gates on the marks a pattern
needs, case-blind patterns run case-sensitively on a lower-cased copy. Sentences are our own."""

from __future__ import annotations

import re

from briefdeck.extract import attributions, described_people, lede, speaking_bodies
from briefdeck.extract.sentences import build_document, finditer_near, junk_lines, words_back

TEXT = """\
The coalition's spokesman, Colonel Dale Prentiss, said the convoy reached the border. The \
deputy head of the Ridgeway district council, Mara Olsen, told reporters the bridge held.
Iran's foreign ministry said on Monday that talks would continue, and the Israeli military \
later said two drones were downed. Turkey's defence ministry, which runs the border posts, said \
nothing. The Ukrainian general staff said the line held; the embassy service said little.
Reuters reported the move first; The New York Times also reported it, and Al Jazeera said the \
talks had stalled. Radio Free Europe/Radio Liberty reported the arrests. Unsaid things matter.
Three senior U.S. defense officials said the strike was planned for weeks. "We were ready," \
said one senior NATO official. Two people familiar with the plan, who asked not to be named, \
said it could slip. A (GSS) official told reporters the suspect was held. 3 sources said so.
Our own data shows a rise; the Airwars tally shows 14 deaths, and their database records more.
An analyst, Jo Reyes, said nothing. The president of the Meridian Institute, Ana Costa, said \
little. officials said. sources-said it, spokeswoman, Kim Lee, said more.
"""


def _same(pattern, anchor, words, starts=None):
    doc = build_document(TEXT)
    for sent in doc.sentences:
        full = [(m.span(), m.groups()) for m in pattern.finditer(TEXT, sent.start, sent.end)]
        args = (starts,) if starts is not None else ()
        near = [(m.span(), m.groups()) for m in finditer_near(
            pattern, anchor, TEXT, TEXT, sent.start, sent.end, words, *args)]
        assert near == full, sent.text
    return True


def test_words_back_counts_runs_of_non_space_from_the_start_of_the_word():
    text = "alpha beta-gamma  delta's epsilon"
    at = text.index("epsilon")
    assert words_back(text, at, 1) == text.index("delta")
    assert words_back(text, at, 2) == text.index("beta")
    assert words_back(text, at, 9) == 0
    assert words_back(text, text.index("gamma"), 0) == text.index("beta")  # inside a word
    assert words_back(text, at, 9, floor=text.index("delta")) == text.index("delta")


def test_role_first_names_are_found_near_role_words_as_by_a_full_scan():
    doc = build_document(TEXT)
    scan = described_people._reversed
    for sent in doc.sentences:
        full = [m.span() for m in described_people.REVERSED_RE.finditer(TEXT, sent.start, sent.end)]
        assert [m.span() for m in scan(TEXT, sent.start, sent.end)] == full
    assert "Dale Prentiss" in {m.group("name") for m in scan(TEXT, 0, len(TEXT))}


def test_speaking_bodies_outlets_unnamed_sources_and_data_match_the_full_scans():
    assert _same(speaking_bodies.SPEAKING_BODY, speaking_bodies._SPEAKING_NOUN, 10)
    assert _same(attributions.OUTLET_RE, attributions._OUTLET_VERB, 6)
    assert _same(attributions.SAID_RE, attributions._SOURCE_AT, 12, attributions._BOUNDARY)
    assert _same(attributions.DATA_RE, attributions._DATA_NOUN, 3)


def test_a_pattern_needing_more_words_than_allowed_is_missed_so_the_bound_matters():
    pattern = re.compile(r"\bone two three four")
    anchor = re.compile("four")
    text = "zero one two three four five"
    assert [m.group(0) for m in finditer_near(pattern, anchor, text, text, 0, len(text), 3)] \
        == ["one two three four"]
    assert list(finditer_near(pattern, anchor, text, text, 0, len(text), 2)) == []


def test_junk_lines_and_captions_are_found_in_any_case():
    text = ("ADVERTISEMENT\nSign Up For our morning briefing\nA soldier walks past the gate. "
            "Photo: Jane Roe\nTroops at the base / AFP\nTroops moved north on Monday.")
    lines = [text[a:b] for a, b in junk_lines(text)]
    assert lines == ["ADVERTISEMENT", "Sign Up For our morning briefing",
                     "A soldier walks past the gate. Photo: Jane Roe", "Troops at the base / AFP"]


def test_clean_clause_still_drops_clock_agency_and_sourcing_and_keeps_plain_text():
    assert lede.clean_clause("BAGHDAD (Reuters) - Rockets hit the base at 9:30 p.m., Colonel "
                             "Ana Varga said.").endswith("Rockets hit the base.")
    assert lede.clean_clause("Rockets hit the base") == "Rockets hit the base."


def test_the_outlook_reads_expectations_in_any_case():
    text = ("Troops moved north overnight near the river crossing at dawn.\n\n"
            "The Army IS EXPECTED TO pull two brigades out of the region next month.")
    assert "pull two brigades" in lede.outlook(build_document(text), None)
