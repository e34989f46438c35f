"""Quote speakers in shapes a twentieth round of reporting showed: a group's statement with a
long "In a statement posted on ..." lead, "It said" after a group calling itself X, a stop
outside the marks before a new speaker, a body's press office, a quote standing alone after a
group announced its claim, and a body's other name taken for a person. Sentences are our own."""

from __future__ import annotations

from .drafting import Drafts

DRAFTS = Drafts("2027-01-21", heading="Regional report")
_people = DRAFTS.people
_speakers = DRAFTS.speakers


def test_a_long_statement_lead_leaves_the_umbrella_group_as_the_speaker():
    text = ("Kataib Hezbollah claimed the strike. In a statement posted on its Telegram channel "
            "late on Sunday evening, the umbrella group of Iran-backed factions said it had fired "
            '"three heavy drones" at the base.')
    assert _speakers(text) == {"three heavy drones": "Kataib Hezbollah"}


def test_it_said_after_a_group_calling_itself_a_name_is_that_group():
    text = ("The Jordanian army said its jets had downed a drone. A group calling itself the "
            "Tigris Brigades claimed the attack on its channel. It said it had launched "
            '"six drones" at the base.')
    assert _speakers(text) == {"six drones": "Tigris Brigades"}


def test_a_stop_outside_the_marks_ends_the_quotes_sentence():
    text = ('The SDF said there were "no losses at all". Its spokesman, Farhad Shami, told us: '
            '"The base was never hit."')
    speakers = _speakers(text)
    assert speakers["no losses at all"] != "Farhad Shami"
    assert speakers["The base was never h"] == "Farhad Shami"


def test_a_bodys_media_centre_speaks_as_the_press_office():
    text = 'The SDF media centre said the raid caused "no damage of any kind".'
    assert _speakers(text)["no damage of any kin"].endswith("media centre")


def test_a_quote_standing_after_a_groups_claim_is_the_groups():
    text = ("The Saraya Awliya al-Dam announce their responsibility for the strike on the "
            'airport. "The occupier has no safe place here."')
    assert _speakers(text) == {"The occupier has no ": "Saraya Awliya al-Dam"}
    text = 'The minister spoke to the crowd. "We will not leave."'
    assert _speakers(text) == {"We will not leave.": ""}


def test_a_bodys_other_name_is_no_person():
    text = ('The PMF, also known as Hashd al-Shaabi, said in a statement that the raid was '
            '"a cowardly crime".')
    assert _people(text) == {}
    assert _speakers(text)["a cowardly crime"] == "PMF"


def test_a_capitals_state_media_speaks_as_the_owners_press_not_as_the_owner():
    quotes = [(q.speaker, q.text) for q in DRAFTS.facts(
        "Seoul protested the test on Friday. Minsk's state media had called the patrols "
        '"a provocation at our door." Later Tirana\'s state television also said the flights '
        'were "an unfriendly act."').quotes]
    assert ("Minsk's state media", "a provocation at our door.") in quotes
    assert any(who == "Tirana's state television" for who, _ in quotes)


def test_the_role_a_named_spokesperson_was_given_refers_back_to_her():
    text = ("At the agency's monthly briefing on Tuesday, agency spokeswoman Dr. Mirela Osei "
            "said the clinics had treated 300 patients.\n\n"
            '"Supplies will last until March," she said.\n\n'
            "The agency spokeswoman also spoke about the convoys, saying staff were "
            '"watching every crossing" closely.\n\n'
            '"Access is better, but not yet enough," she said.\n')
    assert {q.speaker for q in DRAFTS.facts(text).quotes} == {"Mirela Osei"}


def test_an_unnamed_spokesperson_of_the_same_role_stays_unnamed():
    text = ("At the agency's monthly briefing on Tuesday, agency spokeswoman Dr. Mirela Osei "
            "said the clinics had treated 300 patients.\n\n"
            "An agency spokeswoman later spoke about the convoys, saying staff were "
            '"watching every crossing" closely.\n')
    quotes = DRAFTS.facts(text).quotes
    assert [q.speaker for q in quotes if q.text.startswith("watching")] != ["Mirela Osei"]
