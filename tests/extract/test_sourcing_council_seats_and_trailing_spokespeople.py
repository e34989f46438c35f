"""Sourcing in meeting coverage and in releases: a country's seat at a council speaks for its
government (a spokesperson), however the coverage names it; a spokesperson named after the
words ('..." says a ministry spokesperson') is the office speaking; underwriters who open a
sentence are another source; a party's "claim", a mission named by its noun and a published
announcement have their own kinds. Sentences are our own."""

from __future__ import annotations

from .drafting import Drafts

DRAFTS = Drafts("2027-03-09", heading="Council report")


def _kinds(text: str) -> dict[str, tuple[str, int | None]]:
    return {words: (kind, count) for kind, count, words in DRAFTS.sources(text)}


def test_the_representative_of_a_country_speaks_for_its_government():
    kinds = _kinds("The Assembly met on Tuesday to discuss the ceasefire. The representative of "
                   "Norway said the truce had to be monitored.")
    assert kinds == {"The representative of Norway said": ("spokesperson", 1)}


def test_a_countrys_delegate_and_its_representative_speak_for_it():
    kinds = _kinds("Chile's delegate urged both sides to open the crossings. Later, Kenya's "
                   "representative said aid convoys were waiting at the border.")
    assert kinds["Chile's delegate urged"] == ("spokesperson", 1)
    assert kinds["Kenya's representative said"] == ("spokesperson", 1)


def test_a_seat_speaking_for_a_group_keeps_its_aside():
    kinds = _kinds("The speaker for the Netherlands, speaking also for Belgium, said the camps "
                   "were overcrowded. The delegate of the Republic of Ghana — speaking for three "
                   "states — called for an inquiry into the shelling.")
    assert kinds["The speaker for the Netherlands, speaking also for Belgium, said"] == \
        ("spokesperson", 1)
    assert any(w.startswith("The delegate of the Republic of Ghana") and k == ("spokesperson", 1)
               for w, k in kinds.items())


def test_a_representative_with_no_country_named_is_no_council_seat():
    kinds = _kinds("A representative of the families said they had not been told. "
                   "The representatives met for two hours.")
    assert not any("representative" in w.lower() and k[0] == "spokesperson"
                   for w, k in kinds.items())


def test_a_spokesperson_named_after_the_words_is_the_office_speaking():
    kinds = _kinds('"The crews reached the shelters in time," says an army spokesperson. '
                   'The exercise continues next week.')
    assert kinds == {"says an army spokesperson": ("spokesperson", 1)}


def test_underwriters_opening_a_sentence_are_another_source():
    kinds = _kinds("Underwriters in Athens said premiums for the route had tripled since May.")
    assert kinds == {"Underwriters in Athens said": ("other", None)}


def test_according_to_a_partys_claim_is_the_party_speaking():
    kinds = _kinds("According to the claim of the Front, nine vehicles were destroyed in the "
                   "ambush near the river.")
    assert kinds == {"According to the claim of the Front": ("spokesperson", 1)}


def test_according_to_the_mission_is_the_mission_speaking():
    kinds = _kinds("The crew were taken to a frigate on Sunday, according to the mission.")
    assert kinds == {"according to the mission": ("spokesperson", 1)}


def test_according_to_the_announcement_is_a_document():
    kinds = _kinds("The award covers spare parts and training, according to the announcement.")
    assert kinds["according to the announcement"][0] == "document"


def test_an_undersecretary_named_after_the_words_is_a_named_official():
    kinds = _kinds('"Crews may refuse to sail," said Undersecretary Maria Lopez.')
    assert kinds["said Undersecretary Maria Lopez"] == ("named official", 1)


def test_a_body_that_reports_its_own_record_keeps_it_in_the_sourcing():
    kinds = _kinds("The Joint Maritime Information Centre (JMIC) said it received a report of "
                   "a small boat approaching a tanker.")
    assert any(w.endswith("said it received a report") and k[0] == "spokesperson"
               for w, k in kinds.items())


def test_a_platform_named_alone_never_speaks():
    kinds = _kinds("Moderators said unverified Telegram claims would be removed from the page.")
    assert not any("Telegram" in w for w in kinds)


def test_a_body_in_a_condition_has_said_nothing_yet():
    kinds = _kinds("We will hold the item until the ministry says something official.")
    assert kinds == {}


def test_a_centre_named_in_lower_case_before_its_initials_speaks():
    kinds = _kinds("The Regional Maritime Security center (RMSC) said a tanker reported a blast "
                   "off the coast on Sunday.")
    assert kinds.get("The Regional Maritime Security center (RMSC) said") == ("spokesperson", 1)


def test_a_military_bodys_own_count_is_a_document_and_figures_it_gave_out_its_word():
    # (the corpus convention: figures a body provided or released are the body speaking)
    kinds = _kinds("Nine troops were hurt, according to figures provided by the Army in March. "
                   "Four more were hurt, according to the Navy’s latest count.")
    assert kinds["according to figures provided by the Army in March"] == ("spokesperson", 1)
    assert kinds["according to the Navy’s latest count"] == ("document", 1)


def test_a_health_ministrys_latest_count_stays_a_document():
    kinds = _kinds("Six people were killed, according to the Health Ministry's latest count.")
    assert kinds["according to the Health Ministry's latest count"][0] == "document"
