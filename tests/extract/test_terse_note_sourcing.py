"""Sourcing in working notes' terse phrasing, a statement credited to a named spokesperson,
sources unnamed at their request, missions and ship firms speaking, and labels that quote one
of the sources counted before."""

from briefdeck.extract import draft_briefing
from briefdeck.ingest.article import Article


def _facts(text: str):
    return draft_briefing(
        Article(text=text, path="note.txt", format="txt"), published="2026-05-20"
    ).facts


def _sourcing(text: str) -> list[tuple[str, str, int | None]]:
    return [(a.text, a.kind, a.count) for a in _facts(text).attributions]


def _has(found, words: str, kind: str, count: int | None = 1) -> bool:
    return any(words in t and k == kind and c == count for t, k, c in found)


def test_a_map_note_names_its_sources_without_verbs() -> None:
    found = _sourcing(
        "Rockets hit the depot near the river early on 4 May. Claimed by Islamic Resistance "
        "in Iraq on Telegram the same day.\n\nThree mortar rounds fell near the gate. "
        "Kurdistan Region CTD: two guards hurt by fragments.\n\nJets struck a depot in reply "
        "to the gate attack (CENTCOM).\n\nNo injuries per embassy statement.\n\nA radar arrived by "
        "6 May per two U.S. officials (Reuters).\n\nA gun section was reported at the airfield "
        "last week by Kurdistan24.\n"
    )
    assert _has(found, "Claimed by Islamic Resistance in Iraq", "spokesperson")
    assert _has(found, "Kurdistan Region CTD:", "spokesperson")
    assert _has(found, "CENTCOM", "spokesperson")
    assert _has(found, "per embassy statement", "spokesperson")
    assert _has(found, "per two U.S. officials", "anonymous official", 2)
    assert _has(found, "by Kurdistan24", "other outlet")


def test_a_reading_note_cites_posts_statements_and_answers() -> None:
    found = _sourcing(
        'Note: Army public affairs told us "about 400" in June.\n\nNote: the post was handed '
        "to the SDF on 3 May per the SDF's statement.\n\nNote: matches the CENTCOM post of 12 "
        "May. Two rockets hit the camp late Friday, no injuries (CJTF-OIR statement, Sat "
        "morning).\n\nA statement on a Telegram channel linked to the Houthis spoke of a "
        "victory, but the group's officials would not comment.\n"
    )
    assert _has(found, "Army public affairs told us", "spokesperson")
    assert _has(found, "per the SDF's statement", "spokesperson")
    assert _has(found, "the CENTCOM post of 12 May", "spokesperson")
    assert _has(found, "CJTF-OIR statement, Sat morning", "spokesperson")
    assert _has(found, "A statement on a Telegram channel linked to the Houthis", "spokesperson")


def test_a_record_of_claims_and_a_defined_acronym_are_no_sourcing() -> None:
    found = _sourcing(
        "Most of the attacks were claimed by the Islamic Resistance in Iraq, an umbrella of "
        "militias. The figures were compiled by the Armed Conflict Location and Event Data "
        "Project (ACLED). Our glossary. AUSSOM: African Union Support and Stabilisation "
        "Mission.\n"
    )
    assert not any("claimed by" in t or t == "ACLED" or "AUSSOM" in t for t, _, _ in found)


def test_an_outlet_in_the_present_and_one_carrying_the_same() -> None:
    found = _sourcing(
        "The army said drones were shot down. KUNA has the same wording. "
        "Al-Watan is reporting two wounded, one of them a guard.\n"
    )
    assert _has(found, "KUNA has the same", "other outlet")
    assert _has(found, "Al-Watan is reporting", "other outlet")


def test_a_statement_from_a_named_spokesman() -> None:
    facts = _facts(
        "Cairo rejected the claim in a statement on Monday from the foreign "
        "minister's spokesman, Karim al-Masri.\n"
    )
    assert "Karim al-Masri" in [p.name for p in facts.people]
    assert any(
        "spokesman, Karim al-Masri" in a.text and a.kind == "named official"
        for a in facts.attributions
    )


def test_a_source_unnamed_at_their_request_and_a_mission_and_a_firm_speaking() -> None:
    found = _sourcing(
        "One marine insurer, who asked not to be named, said rates had doubled. The EU's naval "
        "mission said a frigate shot down a drone. Her manager, Blue Crest Shipping of "
        "Limassol, said the crew were safe.\n"
    )
    assert _has(
        found, "One marine insurer, who asked not to be named, said", "anonymous official", 1
    )
    assert _has(found, "The EU's naval mission said", "spokesperson")
    assert _has(found, "Her manager, Blue Crest Shipping of Limassol, said", "spokesperson")


def test_one_of_the_counted_sources_quoted_after_a_label() -> None:
    # (a mail's hard-wrapped line: the label follows the last sentence's end on its line)
    facts = _facts(
        "The battery left on Sunday, according to two Gulf diplomats I spoke\n"
        'to. It took six launchers. One of the diplomats: "We heard it last."\n'
    )
    quotes = [(q.speaker, q.text) for q in facts.quotes]
    assert ("Gulf diplomat", "We heard it last.") in quotes
    assert any(a.text == "One of the diplomats" and a.count == 1 for a in facts.attributions)


def test_words_a_note_warns_about_and_an_editors_note_are_no_quotes() -> None:
    facts = _facts(
        'Two drones were downed, the ministry said. Careful with "both shot '
        'down": one official said only one was hit.\n\nThe base was hit [TK: the '
        'statement says only "allied worker"] on Sunday, officials said.\n'
    )
    texts = [q.text for q in facts.quotes]
    assert not any("both shot down" in t or "allied worker" in t for t in texts)
