"""Sourcing in shapes a twentieth round of reporting showed: unnamed officials who "tell" an
outlet in the present, the press that "first reported", a place with a lower-case particle
inside a source's phrase, an owner's staff, "per" the duty officer, a body's own count, a
spokesman who declines but then says, a figure shared with lawmakers, sources counted later in
their sentence, a channel named before its description, a claim made "on Telegram", a notice a
body issued, pasted channel posts and a forwarded e-mail's sender. Sentences are our own."""

from __future__ import annotations

from .drafting import Drafts

DRAFTS = Drafts("2027-01-21", heading="Regional report")
_people = DRAFTS.people
_speakers = DRAFTS.speakers
_sources = DRAFTS.sources


def _kinds(text: str) -> dict[str, tuple[str, int | None]]:
    return {words: (kind, count) for kind, count, words in _sources(text)}


def test_unnamed_officials_telling_an_outlet_in_the_present_are_counted():
    text = "The convoy will leave before dawn, two Iraqi officers tell the Tribune."
    assert _kinds(text) == {"two Iraqi officers tell": ("anonymous official", 2)}
    assert _kinds("Officials tell of a hard winter ahead.") == {}


def test_the_press_that_first_reported_is_another_outlet():
    text = "Turkish media first reported three dead at the crossing."
    # (one country's press is one source, as the corpus counts it)
    assert _kinds(text) == {"Turkish media first reported": ("other outlet", 1)}


def test_a_lower_case_particle_of_a_place_stays_inside_the_sources_phrase():
    text = "Security sources in Ras el-Ain told the agency that two shells fell near a school."
    assert _kinds(text) == {"Security sources in Ras el-Ain told": ("anonymous official", None)}


def test_an_owners_staff_speak_as_one_of_them_and_going_to_a_clinic_is_no_saying():
    text = "One of the contractor's drivers said the gate had been shut all night."
    assert _kinds(text) == {"One of the contractor's drivers said": ("other", 1)}
    assert _kinds("Two of the firm's guards reported to the clinic at dawn with cuts.") == {}


def test_per_a_source_is_according_to_it_but_not_per_a_unit_or_a_deal():
    text = "No staff were hurt, per the consulate's security officer."
    assert _kinds(text) == {"per the consulate's security officer": ("anonymous official", 1)}
    assert _kinds("Diesel rose to four dollars, per gallon.") == {}
    assert _kinds("The trucks left at noon, per the deal with the tribes.") == {}


def test_a_headline_that_adds_kit_is_no_source():
    assert _kinds("Blast near border post as army adds drones to patrols") == {}


def test_a_source_counting_attacks_is_its_source_but_not_counting_anything_else():
    text = "The Interior Ministry counts more than 20 attacks on power lines this year."
    assert _kinds(text) == {"The Interior Ministry counts": ("spokesperson", 1)}
    text = "But officials counted at least nine rocket attacks on the airport since June."
    assert _kinds(text) == {"officials counted": ("anonymous official", None)}
    assert _kinds("The ministry counted the ballots twice.") == {}


def test_a_named_spokesman_who_declines_then_says_is_sourced_with_his_post():
    text = ("Navy spokesman Cmdr. Paul Vance would not name the ship, citing security, but said "
            "the crew was safe.")
    [(kind, count, words)] = _sources(text)
    assert (kind, count) == ("named official", 1)
    assert words.startswith("Navy spokesman Cmdr. Paul Vance")


def test_a_figure_shared_with_lawmakers_is_a_document_not_the_lawmakers():
    text = "About 900 sailors remain aboard, according to a Navy figure provided to Congress."
    assert [kind for kind, _ in _kinds(text).values()] == ["document"]


def test_unnamed_sources_counted_later_in_their_sentence_are_counted_once():
    text = 'Officials believe the launch failed "within seconds," two of the officials said.'
    assert _kinds(text) == {"two of the officials said": ("anonymous official", 2)}


def test_sources_reporting_in_an_absolute_clause_and_an_official_who_claimed():
    text = ("The faction says it struck the airport, with informed sources reporting that a "
            "hangar burned.")
    assert _kinds(text)["informed sources reporting"] == ("anonymous official", None)
    text = ("A senior army officer, speaking on condition of anonymity, claimed that the drones "
            "had been jammed.")
    assert [kind for kind, _ in _kinds(text).values()] == ["anonymous official"]


def test_a_channel_named_before_its_description_is_the_outlet():
    text = "Dawn Updates, a Telegram channel close to the militias, posted footage of the fire."
    assert _kinds(text) == {
        "Dawn Updates, a Telegram channel close to the militias, posted": ("other outlet", 1)}
    text = "In Mosul, a Telegram channel close to Kataib Hezbollah posted the video."
    assert list(_kinds(text)) == ["a Telegram channel close to Kataib Hezbollah posted"]


def test_a_claim_made_on_a_platform_keeps_the_platform_in_its_sourcing():
    text = "The Wa'ad Brigades, a splinter of an older faction, claimed the raid on Telegram."
    [(kind, _, words)] = _sources(text)
    assert kind == "spokesperson" and words.endswith("claimed the raid on Telegram")


def test_a_body_answering_later_keeps_the_delay_in_its_sourcing():
    text = "The Border Guard Command said two hours later that no shell had crossed."
    assert list(_kinds(text)) == ["The Border Guard Command said two hours later"]


def test_a_security_alert_issued_is_sourcing_a_navigational_warning_is_not():
    assert _kinds("The Consulate issued a security alert on Friday evening.") == {
        "The Consulate issued": ("spokesperson", 1)}
    assert _kinds("The Korea Coast Guard issued a navigational warning on Friday.") == {}


def test_pasted_channel_posts_source_each_channel_once():
    text = ("1) Hamza Brigades Media Office\nSat 9 Jan, 21:14\nOur drones struck the base.\n\n"
            "2) Tigris Pulse News\nSat 9 Jan, 22:01\nBlasts heard near the airport.\n\n"
            "3) Tigris Pulse News\nSun 10 Jan, 01:10\nForwarded from Anbar Road Events\n"
            "Two trucks burned on the highway.\n")
    kinds = _kinds(text)
    assert kinds["Tigris Pulse News"] == ("other outlet", 1)
    assert kinds["Forwarded from Anbar Road Events"] == ("other outlet", 1)
    assert kinds["Hamza Brigades Media Office"][1] == 1
    assert sum(1 for words in kinds if "Tigris" in words) == 1


def test_a_forwarded_mails_sender_is_a_person_titled_by_the_signature():
    text = ("From: Maren Holt <m.holt@example.org>\nSent: Monday, May 4, 2026 8:02 AM\n"
            "Subject: FW: gate closure\n\nAll,\n\nThe north gate stays shut today.\n\n"
            "Regards,\nMaren\n\nMaren Holt\nRegional Security Manager\nExample Logistics\n")
    assert _people(text) == {"Maren Holt": "Regional Security Manager"}
    assert _people("From: Ops Desk <ops@example.org>\nSubject: update\n\nAll quiet.\n") == {}


def test_a_named_officer_thanking_in_quoted_words_is_sourced_but_not_without_them():
    text = ('Lt. Col. Dana Reyes, commander of the engineer battalion, thanked the crews for work '
            'she called "careful and fast."')
    assert _kinds(text) == {
        "Lt. Col. Dana Reyes, commander of the engineer battalion, thanked": ("named official", 1)}
    assert _kinds("Lt. Col. Dana Reyes thanked the crews for their work.") == {}
