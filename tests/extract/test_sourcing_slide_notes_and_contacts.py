"""Slide notes exports, contacts the team speaks to, outlets a claim came through, statements an
agency carried, postposed spokespeople, and a few titles that decide a named source's kind."""

from briefdeck.extract import draft_briefing
from briefdeck.ingest.article import Article

DECK = """Weekly outlook.pptx
Notes Pages export | 2 slides

Slide 1 of 2
Title: The week
Slide text:
- Army: 3 soldiers hurt (Tue)
- Militia: 4 attacks claimed
Footer: Example Risk | Client use only
Speaker notes:
Good morning everyone and thanks for joining the call today.

Slide 2 of 2
Title: Detail
Slide text:
- Army: "no change to posture"
Speaker notes:
On Tuesday the army said three soldiers were hurt near the border post. \
The militia claimed four attacks on Monday via Al-Manar. \
A retired police officer we speak to in Tyre said people were leaving. \
The army said there was "no change to posture" after the raids.
"""


def _draft(text: str):
    return draft_briefing(Article(text=text), published="2026-12-01")


def test_slide_bullets_and_the_notes_label_are_no_sources_or_speakers():
    facts = _draft(DECK).facts
    texts = [a.text for a in facts.attributions]
    assert not any(t.startswith(("Army:", "Militia:")) for t in texts)
    assert not any(q.speaker == "Speaker" for q in facts.quotes)


def test_a_claim_via_an_outlet_and_a_contact_we_speak_to():
    kinds = {a.text: a.kind for a in _draft(DECK).facts.attributions}
    assert kinds.get("via Al-Manar") == "other outlet"
    contact = [t for t in kinds if t.startswith("A retired police officer we speak to")]
    assert contact and kinds[contact[0]] == "anonymous official"


def test_a_statement_carried_by_an_agency_speaks_for_its_body():
    text = ("Drone hits base\n\nTwo drones hit the base on Monday. A Qatari navy statement "
            "published by the agency QNA on Wednesday put the toll at five. "
            "Nobody claimed the attack.")
    found = [(a.kind, a.text) for a in _draft(text).facts.attributions]
    assert ("spokesperson", "A Qatari navy statement published by the agency QNA") in found
    assert not any(t.startswith("the agency QNA") for _, t in found)


def test_a_spokesperson_named_after_the_words_for_a_numbered_unit():
    text = ("Drone hits base\n\nTwo drones hit the base on Monday. Two more were shot down, "
            "said a spokesperson for the 45th Fighter Wing. Nobody claimed it.")
    found = [(a.kind, a.text) for a in _draft(text).facts.attributions]
    assert ("spokesperson", "said a spokesperson for the 45th Fighter Wing") in found


def test_firm_heads_are_officials_and_a_cadet_speaks_for_himself():
    text = ("Show cancelled\n\nThe show was cancelled on Monday. \"We will be back,\" said "
            "Jane Roe, Acme Ridge's vice president for sensor programs. John Doe, president of "
            "Sun & Sea Tours, said the tour would go on. Cadet Sam Poe, the squadron's cadet "
            "commander, was shaken. \"It was hard,\" Poe said.")
    facts = _draft(text).facts
    kinds = {a.text.split(",")[0]: a.kind for a in facts.attributions}
    assert kinds.get("said Jane Roe") == "named official"
    assert kinds.get("John Doe") == "named official"
    assert kinds.get("Poe said") == "other"
    assert "Sea Tours" not in {p.name for p in facts.people}
