"""Sourcing: who speaks when a name sits in a relative clause, where the words were said,
unnamed lawmakers, advisers to a government and forces speaking for themselves."""

from __future__ import annotations

from tests.extract.drafting import Drafts

DRAFTS = Drafts("2026-05-14", "Regional security update")


def _has(sources: list[tuple[str, int | None, str]], kind: str, count: int | None,
         words: str) -> bool:
    return any(k == kind and c == count and words in text for k, c, text in sources)


def test_a_name_inside_a_relative_clause_is_not_the_one_who_speaks():
    sources = DRAFTS.sources(
        "Prime Minister Arman Karimov opened the session.\n\n"
        "Three deputies from the Unity Bloc, the coalition that backs Karimov, said the vote "
        "had been delayed.")
    assert not any(text.startswith("Karimov") for _, _, text in sources)


def test_unnamed_lawmakers_are_anonymous_officials_counted():
    sources = DRAFTS.sources(
        "Two lawmakers from the Unity Bloc said the budget would be cut in June.")
    assert _has(sources, "anonymous official", 2, "Two lawmakers")


def test_a_person_the_quote_names_is_not_the_one_whose_pronoun_follows():
    sources = DRAFTS.sources(
        "Prime Minister Arman Karimov signed the truce on Monday.\n\n"
        "Leyla Haddad, a researcher at the Cedar Forum in Beirut, said the truce was fragile.\n\n"
        '"Karimov can claim he won, and the generals can claim they kept the army," she said.')
    assert not any(text.startswith("Karimov") for _, _, text in sources)


def test_an_adviser_to_a_ministry_is_an_official():
    sources = DRAFTS.sources(
        "Soran Aziz, an adviser to the region's defence ministry, said patrols had doubled.")
    assert _has(sources, "named official", 1, "Soran Aziz")


def test_the_setting_of_a_named_source_words_stays_with_the_sourcing():
    sources = DRAFTS.sources(
        "The governor, Hana Rauf, said in a statement that schools would reopen. Deputy "
        "Minister Omar Saleh condemned the shelling in a post on X.")
    assert _has(sources, "named official", 1, "Hana Rauf, said in a statement")
    assert _has(sources, "named official", 1, "condemned the shelling in a post on X")


def test_told_keeps_who_was_told():
    sources = DRAFTS.sources("Col. Dara Nouri told state television the border was quiet.")
    assert _has(sources, "named official", 1, "Dara Nouri told state television")


def test_security_forces_speak_for_themselves():
    sources = DRAFTS.sources(
        "A car bomb went off near the market before dawn, security forces said.")
    assert _has(sources, "spokesperson", 1, "security forces said")


def test_an_unnamed_source_who_asked_not_to_be_named_is_a_source_without_a_verb():
    sources = DRAFTS.sources(
        "A police officer in the old city, who asked not to be named because he was not "
        "cleared to brief the press, was less hopeful about the talks.")
    assert _has(sources, "anonymous official", 1, "A police officer in the old city")


def test_table_cells_are_no_sourcing():
    sources = DRAFTS.sources(
        "Date\tPlace\tWeapon\tResult\n\n3 May\tNorth Camp, Dahuk\tRockets\tNothing reported\n")
    assert sources == []


def test_a_name_in_words_another_source_relays_is_not_a_source():
    sources = DRAFTS.sources(
        "A party official told the local radio that Minister Farid Nasser urged the militias "
        "to hold their fire.")
    assert not any(k == "named official" for k, _, _ in sources)


def test_a_transcript_speaker_label_is_the_named_speaker_sourcing_once():
    sources = DRAFTS.sources(
        "Navy Cmdr. Ilse Brandt, fleet spokesperson, briefed the press on Monday.\n\n"
        "CMDR. ILSE BRANDT: Good morning. Two patrol boats were hit overnight.\n\n"
        "Q: Were any sailors hurt?\n\n"
        "CMDR. BRANDT: Nobody was hurt.\n")
    named = [text for kind, _, text in sources if kind == "named official"]
    assert named == ["CMDR. ILSE BRANDT"]


def test_a_source_close_to_a_party_is_an_anonymous_source():
    sources = DRAFTS.sources("A source close to the inquiry said the driver had been held.")
    assert _has(sources, "anonymous official", 1, "A source close to the inquiry said")
    sources = DRAFTS.sources(
        "A politician close to the ruling bloc told a local radio station the vote would slip.")
    assert _has(sources, "anonymous official", 1, "A politician close to the ruling bloc told")
