"""What kind of source the words name, and how far they run: a site manager named after the
post is an official; the United Nations speaking alone speaks for itself; an
unnamed minister by full title is the ministry's voice; counted executives are unnamed
sources; a source unnamed at their request may say where they work; a paper cited by its date
or exhibit number is a document; a group's claim runs over its quoted target and channel; the
paper a position was set out in is a document; the writer's own advisory is no source.
Sentences are our own."""

from __future__ import annotations

from .drafting import Drafts

DRAFTS = Drafts("2027-02-03", heading="Regional report")


def _kinds(text: str) -> dict[str, tuple[str, int | None]]:
    return {words: (kind, count) for kind, count, words in DRAFTS.sources(text)}


def test_a_site_manager_at_a_sentence_start_is_a_named_official():
    kinds = _kinds("Site manager Karl Ostrow said the crew reached the shelter in two minutes.")
    assert kinds == {"Site manager Karl Ostrow said": ("named official", 1)}


def test_the_united_nations_speaking_alone_is_a_spokesperson():
    kinds = _kinds("The United Nations said last week that 3,000 people had left the valley.")
    assert kinds == {"The United Nations said last week": ("spokesperson", 1)}


def test_an_unnamed_minister_by_full_title_is_a_spokesperson():
    kinds = _kinds("The Minister of Supply said on Sunday that the grain convoys would resume. "
                   "The Minister for Trade said the port was open.")
    assert kinds["The Minister of Supply said on Sunday"] == ("spokesperson", 1)
    assert kinds["The Minister for Trade said"] == ("spokesperson", 1)


def test_counted_executives_are_unnamed_sources():
    kinds = _kinds("Three shipping executives told us the insurers had raised their rates.")
    assert kinds == {"Three shipping executives told": ("anonymous official", 3)}


def test_a_source_unnamed_by_request_may_say_where_they_work():
    kinds = _kinds("A shift supervisor at Camp Arlo, who asked not to be named because he is "
                   "not allowed to speak for the firm, told staff the canteen would close.")
    assert list(kinds.values()) == [("anonymous official", 1)]
    assert next(iter(kinds)).startswith("A shift supervisor at Camp Arlo, who asked")


def test_a_report_cited_by_its_date_or_exhibit_number_is_a_document():
    kinds = _kinds("The Vendor's first notice gave one guard hurt. Its amended report of "
                   "9 May 2026 (EX 7) lists two guards hurt. The Vendor's initial "
                   "notification (Incident Report IR-12, dated 3 May 2026) reported one guard "
                   "injured.")
    assert kinds["Its amended report of 9 May 2026 (EX 7) lists"] == ("document", 1)
    assert kinds["The Vendor's initial notification (Incident Report IR-12, dated 3 May "
                 "2026) reported"] == ("document", 1)


def test_a_statement_cited_by_its_exhibit_number_is_the_body_speaking():
    kinds = _kinds("A Ruritanian Embassy statement issued the next day (CX 3) said no one had "
                   "died.")
    assert kinds == {"A Ruritanian Embassy statement issued the next day (CX 3) said":
                     ("spokesperson", 1)}


def test_a_claim_runs_over_its_quoted_target_and_its_channel():
    kinds = _kinds('The Arlo Brigades claimed a drone attack on "a hostile base in the south" '
                   "in a post on Telegram early Sunday.")
    assert kinds == {'The Arlo Brigades claimed a drone attack on "a hostile base in the '
                     'south" in a post on Telegram': ("spokesperson", 1)}


def test_the_letter_a_position_was_set_out_in_is_a_document():
    kinds = _kinds("The firm's position, set out in a letter from its legal department last "
                   "week, is that nothing is owed.")
    assert kinds == {"set out in a letter from its legal department last week": ("document", 1)}


def test_an_owners_officer_set_off_before_the_name_is_part_of_the_sourcing():
    kinds = _kinds("Arlo's CFO, Jane Roe, told our conference that margins would rise.")
    assert kinds == {"Arlo's CFO, Jane Roe, told": ("named official", 1)}


def test_the_writers_own_advisory_is_no_source():
    kinds = _kinds("Our hotel is three kilometres from the fence. We issued Advisory No. 1 at "
                   "00:30 asking guests to stay inside. This advisory replaces it.")
    assert kinds == {}
