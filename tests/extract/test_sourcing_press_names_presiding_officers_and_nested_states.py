"""The region's state agencies and papers by name ("according to Al Mayadeen", "per INA", "The
Springfield Daily Advertiser reports"), the UN named alone, a parliament's speaker and a
ministry's adviser as named officials, the adjuncts after a channel a sourcing already names,
and a state named inside its own spokesman's words ("said that Baghdad rejected") that is no
second source; a camp's administrators as unnamed officials. Sentences are our own."""

from __future__ import annotations

from .drafting import Drafts

DRAFTS = Drafts("2026-03-10", heading="Test report")
_sources = DRAFTS.sources


def _kinds(found):
    return [(k, t) for k, _, t in found]


def test_a_regional_channel_or_agency_by_name_is_an_outlet():
    found = _sources("A drone hit the depot on Monday. According to Al Mayadeen, the depot "
                     "burned for hours.")
    assert ("other outlet", "According to Al Mayadeen") in _kinds(found)
    found = _sources("Two rockets fell near the camp on Monday (per INA). Nobody was hurt.")
    assert ("other outlet", "per INA") in _kinds(found)


def test_a_local_paper_named_like_a_paper_is_an_outlet():
    found = _sources("The sergeant was buried on Friday. The Springfield Daily Advertiser "
                     "reports that hundreds lined the road.")
    assert ("other outlet", "The Springfield Daily Advertiser reports") in _kinds(found)


def test_the_united_nations_named_alone_speaks_for_itself():
    found = _sources("The camp holds some 30,000 people, according to the United Nations.")
    assert ("spokesperson", "according to the United Nations") in _kinds(found)


def test_a_parliament_speaker_and_a_ministry_adviser_are_named_officials():
    found = _sources("Parliament Speaker Omar Haddad, speaking to visitors at his home, "
                     "accused the militias of dragging the country into war.")
    assert [k for k, _ in _kinds(found)] == ["named official"]
    found = _sources("Karim Saleh, an adviser at the region's Ministry of Defence, told "
                     "reporters the pullout had begun.")
    assert [k for k, _ in _kinds(found)] == ["named official"]


def test_the_time_after_a_channel_already_named_belongs_to_the_sourcing():
    found = _sources("The Valley Brigades, an umbrella of three armed groups, claimed the "
                     "strike in a Telegram post early Tuesday, saying it hit a depot.")
    assert any(t.endswith("in a Telegram post early Tuesday") for _, _, t in found)


def test_a_state_named_inside_its_spokesmans_words_is_no_second_source():
    found = _sources("A rocket hit the base. Ali Hamdi, a spokesman for the prime minister's "
                     "office, said on Sunday that Baghdad rejected any act that drags the "
                     "country into war.")
    assert [t for _, t in _kinds(found)] == [
        "Ali Hamdi, a spokesman for the prime minister's office, said on Sunday"]
    # a body named there still speaks for itself
    found = _sources("A rocket hit the base. The official said that the army reported three "
                     "dead.")
    assert ("spokesperson", "the army reported") in _kinds(found)


def test_the_administrators_of_a_camp_are_unnamed_officials():
    found = _sources("The camp holds some 9,000 people, according to camp administrators.")
    assert ("anonymous official", None, "according to camp administrators") in found
