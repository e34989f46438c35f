"""Sourcing written in ways a nineteenth round of unseen reporting showed: live-blog shapes in
the present perfect ("has condemned ..., calling it", "has raised the number", "has given more
detail", "the armed forces say"), a body's first toll against a pointer to earlier news, a
spokesman titled in lower case, quantifiers and passives that open a sentence, figures a
ministry released, a publisher's own assessment, a party's own media, an unnamed official who
describes a claim in quoted words, and the day after "in a post". Sentences are our own."""

from __future__ import annotations

from .drafting import Drafts

DRAFTS = Drafts("2026-03-11", heading="Regional security report")
_sources = DRAFTS.sources


def _texts(text: str) -> dict[str, tuple[str, int | None]]:
    return {words: (kind, count) for kind, count, words in _sources(text)}


def _has(text: str, kind: str, part: str) -> bool:
    return any(k == kind and part in words for k, _c, words in _sources(text))


def test_a_government_condemning_in_words_quoted_after_a_participle_is_a_source():
    text = ("Lebanon's government has condemned the raids, calling them \"a grave breach of "
            "the truce\" in a late-night statement.")
    assert _has(text, "spokesperson", "government has condemned")


def test_a_body_raising_its_count_is_a_source():
    text = ("The Pentagon has raised the number of sailors hurt in the blast at the pier to "
            "six, from four reported earlier.")
    assert _has(text, "spokesperson", "Pentagon has raised")


def test_a_body_giving_more_detail_is_a_source():
    text = ("The Northern Fleet Command has given more detail of the night's interceptions, "
            "naming the two ships involved.")
    assert _has(text, "spokesperson", "Northern Fleet Command has given more detail")


def test_armed_forces_speaking_in_the_plural_present_are_a_source():
    text = "Cyprus's armed forces say two drones crossed the coast before dawn on Tuesday."
    assert _has(text, "spokesperson", "armed forces say")


def test_a_body_giving_its_first_toll_is_a_source_but_a_pointer_to_earlier_news_is_not():
    first = ("The Border Guard first reported one guard killed; on Friday it raised the toll "
             "to three.")
    assert _has(first, "spokesperson", "Border Guard first reported")
    pointer = ("Three sailors were treated for burns, navy officials said, a day after the "
               "navy first reported that no one was hurt.")
    assert not any("first reported" in words for _k, _c, words in _sources(pointer))


def test_a_spokesman_titled_in_lower_case_keeps_his_title_in_the_sourcing():
    text = ('"The border stays closed," government spokesman Tariq Mansour said on Sunday.')
    assert _has(text, "named official", "government spokesman Tariq Mansour")


def test_quantifiers_and_passives_opening_a_sentence_are_no_body_speaking():
    text = ("Several claims look recycled. Strikes claimed by the Valley Front rose in March. "
            "Not confirmed by the coalition.")
    found = " | ".join(words for _k, _c, words in _sources(text))
    assert "Several claims" not in found
    assert "Strikes claimed" not in found
    assert "Not confirmed" not in found


def test_a_single_source_report_is_no_unnamed_source():
    text = "2 Single-source report; the convoy size is approximate."
    assert not _sources(text)


def test_figures_a_ministry_released_are_its_record_a_document():
    text = ("About 2,000 troops remain in the north, according to Army figures released in "
            "January.")
    assert _has(text, "document", "Army figures")


def test_the_publishers_own_assessment_is_no_document_it_cites():
    text = ("A senior police officer told Halcyon Risk that checkpoints had been doubled. "
            "Halcyon Risk assesses that the attacks are a warning rather than a campaign.")
    assert not any(k == "document" for k, _c, _w in _sources(text))


def test_a_citation_of_a_body_already_cited_is_not_counted_again():
    text = ("The Eastern Command said on Monday that the drone caused no damage. A correction "
            "was later added to the story, citing the Eastern Command's initial statement.")
    assert not any("citing" in words for _k, _c, words in _sources(text))


def test_a_partys_own_media_outlets_are_other_outlets():
    text = "The PYD/YPG's media outlets claimed that four civilians were hurt."
    assert _has(text, "other outlet", "media outlets claimed")


def test_an_unnamed_official_describing_a_claim_in_quoted_words_is_a_source():
    text = ('A Greek coast guard official described the report as "pure invention by the '
            'smugglers."')
    assert _has(text, "anonymous official", "coast guard official described")


def test_the_day_after_a_post_stays_in_the_sourcing():
    text = ("The Valley Front, a coalition of hill militias, said in a Telegram post Monday "
            "that it had hit the garrison.")
    assert _has(text, "spokesperson", "Telegram post Monday")


def test_a_note_that_opens_with_its_source_in_the_passive_cites_it():
    text = ("March 3: Claimed rocket attack on the airfield. Denied by Greek police officials; "
            "no damage was found.")
    assert _has(text, "anonymous official", "Denied by Greek police officials")


def test_a_lawmaker_asking_in_a_letter_is_a_named_source():
    text = ("On Monday, Sen. Dana Whitlock, a member of the Armed Services Committee, asked the "
            "Navy in a letter to explain the delays at the shipyard.")
    assert _has(text, "named official", "Dana Whitlock")
