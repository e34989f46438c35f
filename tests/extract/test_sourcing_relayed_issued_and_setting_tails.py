"""Sourcing: words relayed from a sister body, statements issued in someone's name, press
reports a speaker has seen, claims posted by a group, what a body notified or published, a
body's new document, and the words after the verb that say how or when it was said."""

from __future__ import annotations

from tests.extract.drafting import Drafts

DRAFTS = Drafts("2026-04-02", "Humanitarian and security update")


def _has(sources: list[tuple[str, int | None, str]], kind: str, count: int | None,
         words: str) -> bool:
    return any(k == kind and c == count and words in text for k, c, text in sources)


def test_colleagues_at_a_named_agency_relay_its_words():
    sources = DRAFTS.sources(
        "Our colleagues at the World Food Programme tell us that convoys reached Marib on "
        "Sunday for the first time in a month.")
    assert _has(sources, "spokesperson", 1, "colleagues at the World Food Programme tell us")


def test_a_statement_attributable_to_a_spokesperson_is_sourced_to_them():
    sources = DRAFTS.sources(
        "The following statement is attributable to the Spokesman for the Secretary-General:\n\n"
        "The Secretary-General is alarmed by the shelling of Taiz.")
    assert _has(sources, "spokesperson", 1, "attributable to the Spokesman")


def test_media_reports_a_speaker_has_seen_are_other_outlets():
    sources = DRAFTS.sources(
        "Asked about the raid, the spokeswoman replied that she had seen press reports of "
        "arrests in Mosul but could not confirm them.")
    assert _has(sources, "other outlet", None, "seen press reports of")


def test_a_claim_of_responsibility_posted_by_a_group_sources_the_group():
    sources = DRAFTS.sources(
        "Officials in Kirkuk were studying a claim of responsibility posted online by a group "
        "calling itself the Guardians of the Valley.")
    assert _has(sources, "spokesperson", 1, "posted online by a group calling itself")


def test_a_conjunction_before_a_count_of_officials_is_not_the_source():
    sources = DRAFTS.sources(
        "The convoy will leave in May, officials said, although three army officers said "
        "it could slip to June.")
    assert _has(sources, "anonymous official", 3, "three army officers said")
    assert not any(text.startswith("although") for _, _, text in sources)


def test_why_an_official_is_unnamed_stays_with_the_sourcing():
    sources = DRAFTS.sources(
        "The depot was hit twice, a border police official said, speaking on condition of "
        "anonymity because the inquiry is ongoing.")
    assert _has(sources, "anonymous official", 1, "said, speaking on condition of anonymity")


def test_a_body_that_notified_someone_is_sourced():
    sources = DRAFTS.sources(
        "Last Friday, the State Department notified the Foreign Affairs Committee that the "
        "embassy would reduce staff.")
    assert _has(sources, "spokesperson", 1, "the State Department notified")


def test_a_body_that_published_notices_on_its_channel_is_sourced():
    sources = DRAFTS.sources(
        "The Badr Organisation published funeral notices on Telegram for three of its men.")
    assert _has(sources, "spokesperson", 1, "Badr Organisation published funeral notices")


def test_a_body_adding_equipment_is_not_speaking():
    sources = DRAFTS.sources(
        "The Navy has also added two minesweepers to the squadron based in Bahrain.")
    assert not any("added" in text for _, _, text in sources)


def test_a_body_counted_before_speaks_again_in_a_new_release():
    sources = DRAFTS.sources(
        "The Northern Command said on Monday that two launchers were destroyed.\n\n"
        "Later: In its release of April 3, the Northern Command said a third launcher was hit.")
    assert _has(sources, "spokesperson", 1, "In its release of April 3, the Northern Command said")


def test_a_readout_is_a_new_document_from_a_body_counted_before():
    sources = DRAFTS.sources(
        "The Pentagon revised its count of the wounded to nine.\n\n"
        "The defense secretary spoke with the Kuwaiti minister, the Pentagon said in a readout.")
    assert _has(sources, "spokesperson", 1, "the Pentagon said in a readout")


def test_a_running_count_kept_by_a_government_body_is_a_document():
    sources = DRAFTS.sources(
        "It was the fifth rocket attack on the base this year, according to a tally kept by "
        "the Pentagon.")
    assert _has(sources, "document", 1, "a tally kept by the Pentagon")


def test_the_day_after_a_told_outlet_stays_with_the_sourcing():
    sources = DRAFTS.sources(
        "Colonel Idris Farouk, the brigade commander, told Rudaw on Thursday that the road "
        "had reopened.")
    assert _has(sources, "named official", 1, "told Rudaw on Thursday")


def test_when_and_where_a_named_lawmaker_spoke_stay_with_the_sourcing():
    sources = DRAFTS.sources(
        "Rep. Alma Quist (D-Ore.), a member of the Intelligence panel, said after the hearing "
        "that the threat was growing.\n\n"
        "Sen. Rob Tiller (R-Kan.), who chairs a subcommittee, posted the video on X late on "
        "Tuesday.")
    assert _has(sources, "named official", 1, "said after the hearing")
    assert _has(sources, "named official", 1, "posted the video on X")


def test_an_aside_naming_an_office_makes_an_honorific_holder_an_official():
    sources = DRAFTS.sources(
        "Sheikh Karim Hadid, a member of the Iraqi Parliament's security committee, told "
        "reporters the attacks would continue.")
    assert _has(sources, "named official", 1, "Karim Hadid")
