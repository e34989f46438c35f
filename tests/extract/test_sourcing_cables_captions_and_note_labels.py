"""Sourcing in cables, broadcast scripts, subtitles and analysts' notes: a cable's
interlocutors and redacted office holders, its own "Post assesses"; name captions on screen
before a bite; a note's label before pasted words; claims made "on Telegram" in either order;
the press carrying names; a body described between commas; junior soldiers as witnesses; the
records a release rests on. Sentences are our own."""

from __future__ import annotations

from .drafting import Drafts

DRAFTS = Drafts("2027-03-10", heading="Regional report")


def _kinds(text: str) -> dict[str, tuple[str, int | None]]:
    return {words: (kind, count) for kind, count, words in DRAFTS.sources(text)}


def test_a_cables_interlocutors_are_unnamed_officials_and_post_is_its_own_voice():
    text = ("2. (C) Army interlocutors told us four rockets fell short of the depot. Post "
            "assesses a local cell was responsible.")
    assert _kinds(text) == {"Army interlocutors told": ("anonymous official", None)}


def test_a_redacted_office_holder_is_the_office_speaking():
    text = ("3. (C) Northern Region Commander Brigadier General (b)(6) told the attache that "
            "patrols had doubled. A duty sergeant, (b)(6), stated that the gate was shut.")
    kinds = _kinds(text)
    assert kinds["Northern Region Commander Brigadier General (b)(6) told"] == (
        "spokesperson", 1)
    assert kinds["A duty sergeant, (b)(6), stated"] == ("anonymous official", 1)


def test_a_claim_on_telegram_is_sourced_in_either_order():
    text = ("Late on Friday a channel close to the Hidden Hand Brigades claimed on Telegram an "
            "attack on the depot. The earlier raid was claimed on Telegram by the Hidden Hand "
            "Brigades, a little-known faction.")
    kinds = _kinds(text)
    assert kinds["claimed on Telegram an attack"] == ("spokesperson", 1)
    assert kinds["claimed on Telegram by the Hidden Hand Brigades"] == ("spokesperson", 1)


def test_the_state_press_carrying_names_is_another_outlet():
    assert _kinds("State media carried the names of the three guards.") == {
        "State media carried": ("other outlet", 1)}


def test_a_body_described_between_commas_still_speaks_but_the_bare_noun_is_a_repeat():
    text = ("The health ministry in Basra, which is run by the province, said 40 wells were "
            "dry. The monitor said the count was rising. The monitor, which relies on "
            "volunteers, said more wells failed overnight.")
    kinds = _kinds(text)
    assert kinds["The health ministry in Basra, which is run by the province, said"] == (
        "spokesperson", 1)
    assert not any(words.startswith("The monitor, which") for words in kinds)


def test_a_junior_soldier_quoted_for_himself_is_another_source():
    text = ("Families gathered at the gate on Sunday. Pfc. Owen Marsh, 19, of Tulsa, said he "
            "had never been abroad. Sgt. Maj. Ida Brandt said the unit was ready.")
    kinds = {words.split(",")[0].split(" said")[0]: kind for kind, _, words in
             DRAFTS.sources(text)}
    assert kinds["Pfc. Owen Marsh"] == "other"
    assert kinds["Sgt. Maj. Ida Brandt"] == "named official"


def test_a_scripts_name_super_sources_the_bite_after_it():
    text = ("(REPORTER TRACK)\n\nThe depot burned for hours.\n\n"
            "SUPER: COL. MARTA VEGA / SPOKESWOMAN, NORTHERN COMMAND\n\n"
            "IN: \"WE STOPPED...\"\n\n\"We stopped three of the four drones.\"\n\n"
            "SUPER: OWEN HALE / FORMER DEFENSE OFFICIAL\n\n"
            "\"Cheap drones are winning,\" Hale said.\n\n"
            "SUPER: JO KIM / REPORTING\n\nOfficials say the base reopens Monday.")
    kinds = _kinds(text)
    assert kinds["COL. MARTA VEGA / SPOKESWOMAN, NORTHERN COMMAND"] == ("named official", 1)
    assert kinds["OWEN HALE / FORMER DEFENSE OFFICIAL"] == ("other", 1)
    assert "Hale said" not in kinds
    assert not any("JO KIM" in words for words in kinds)


def test_a_subtitles_lower_third_sources_the_dashed_lines_after_it():
    text = ("The tanker was hit at dawn.\n\nCAPT. ION RADU Master, MV Sea Lark\n\n"
            "- We saw the flash first.\n\nLT. CMDR. ANA PORTO Spokesperson, Combined Task "
            "Force\n\n- Two drones were destroyed.\n\nNONE OF THIS Was reported\n\nMore later.")
    kinds = _kinds(text)
    assert kinds["CAPT. ION RADU Master, MV Sea Lark"] == ("other", 1)
    assert kinds["LT. CMDR. ANA PORTO Spokesperson, Combined Task Force"] == (
        "named official", 1)


def test_a_notes_label_before_pasted_words_is_their_source():
    text = ("Depot attack\n\nTwo drones, one shot down.\n"
            "CENTCOM, pasted: \"Two service members sustained minor injuries.\"\n"
            "a US defense official to Reuters, pasted: \"We know who launched it.\"\n"
            "Claim: Hidden Hand Brigades, Telegram, Wed – \"two drones at the base\".\n"
            "Headline: \"Depot hit again\"\n"
            "Troops in the area: ~900 (DoD figures via Reuters).\n")
    kinds = _kinds(text)
    assert kinds["CENTCOM, pasted"] == ("spokesperson", 1)
    assert kinds["a US defense official to Reuters, pasted"] == ("anonymous official", 1)
    assert kinds["Claim: Hidden Hand Brigades, Telegram, Wed"] == ("spokesperson", 1)
    assert kinds["DoD figures via Reuters"] == ("document", 1)
    assert not any(words.startswith("Headline") for words in kinds)


def test_records_a_release_rests_on_and_a_survey_a_finding_cites_are_documents():
    text = ("The strike killed 11. Figures in this release are from the city hospital's "
            "admission records as of Sunday. The gap was identified in a June 2026 site "
            "survey but never fixed.")
    kinds = _kinds(text)
    assert kinds["the city hospital's admission records"] == ("document", 1)
    assert kinds["identified in a June 2026 site survey"] == ("document", 1)


def test_a_statement_carried_by_a_state_agency_names_the_agency_and_ship_managers_deny():
    text = ("No one was hurt, the army's spokesman, Col. Fahd Salem, said in a statement "
            "carried by KUNA. The ship's managers deny it had called at any Israeli port.")
    kinds = _kinds(text)
    assert kinds["carried by KUNA"] == ("other outlet", 1)
    assert kinds["The ship's managers deny"] == ("spokesperson", 1)


def test_a_surgeon_working_with_an_aid_group_and_analysts_who_reviewed_photographs():
    text = ("\"These are not fighters,\" said Dr. Lina Haddad, a surgeon working with MSF. "
            "Analysts who reviewed the debris photographs for the paper said the drones "
            "were of one model.")
    kinds = _kinds(text)
    assert kinds["said Dr. Lina Haddad, a surgeon working with MSF"] == ("named official", 1)
    assert kinds["Analysts who reviewed the debris photographs for the paper said"] == (
        "other", None)


def test_a_described_group_speaking_on_its_channel_and_the_act_it_claims():
    text = ("A faction calling itself the Dawn Brigade, which says it answers to no one, said in "
            "a post on Telegram that it had fired at the port. The Hidden Hand Brigades claimed "
            "on Telegram that it had targeted the depot.")
    kinds = _kinds(text)
    assert kinds["said in a post on Telegram"] == ("spokesperson", 1)
    assert kinds["The Hidden Hand Brigades claimed on Telegram that it had targeted"] == (
        "spokesperson", 1)
