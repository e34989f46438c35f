"""How analyses, newsletters, think-tank updates and regional sites name their sources: each
rule on sentences of our own (unnamed advisers and aides, documents that speak, channels of
armed groups, outlets cited, unnamed office holders, accented names, experts described before
their names, pronouns after a mention in passing, "the group", "the officer")."""

from __future__ import annotations

from tests.extract.test_sourcing import _draft, _kinds, _people, _sources, _speakers

# ------------------------------------------------------------------ people


def test_accented_names_are_read_whole():
    people = _people("Capt. Zofia Wiśniewska, a spokeswoman for the garrison, said the road "
                     "was shut. Col. Jürgen Weiß said the convoy had left.\n")
    assert "Zofia Wiśniewska" in people and "Jürgen Weiß" in people


def test_expert_described_before_the_name_with_the_body_after_it():
    facts = _draft("Missile expert Lars Vik of the Baltic Defence Institute said the radar was "
                   "new.\n")
    assert [(p.name, p.title, p.organization) for p in facts.people] == [
        ("Lars Vik", "Missile expert", "Baltic Defence Institute")]
    assert [(a.kind, a.count) for a in facts.attributions] == [("other", 1)]


def test_verb_after_the_name_need_not_be_said():
    people = _people("Samir Aziz, a spokesman for the president, called the raid a provocation.\n")
    assert people == {"Samir Aziz": "a spokesman for the president"}


def test_role_with_a_local_body_in_lower_case_then_the_name():
    people = _people("The head of the Ruda town council, Irena Nowak, said the shelter was "
                     "full.\n")
    assert people["Irena Nowak"].lower() == "the head of the ruda town council"


def test_person_named_by_others_as_someone():
    people = _people("A drone killed a senior militia commander, whom the group named as Karim "
                     "Saleh, near the river.\n")
    assert people == {"Karim Saleh": "a senior militia commander"}


def test_named_as_a_post_is_no_name():
    assert _people("She was named as Chief of Staff last year.\n") == {}


# ------------------------------------------------------------------ attributions


def test_former_official_speaks_as_an_analyst():
    kinds = _kinds("Dana Cole, a former State Department official now at a think tank, said "
                   "the talks were stuck.\n")
    assert kinds == [("other", 1)]


def test_council_member_and_council_head_are_officials():
    kinds = _kinds("Bilal Saad, a member of the movement's political council, said the truce "
                   "held. Anna Berg, the head of the district council, said schools were "
                   "closed.\n")
    assert kinds == [("named official", 1), ("named official", 1)]


def test_name_after_said_that_opens_a_clause_is_no_source():
    text = "Omar Tahan, a senior commander, was killed. The army said Tahan was behind the raid.\n"
    assert [s for s in _sources(text) if "Tahan" in s[2]] == []


def test_a_conjunction_does_not_hide_the_count():
    assert _kinds("But four people familiar with the talks said the deal was close.\n") == [
        ("anonymous official", 4)]


def test_unnamed_adviser_and_aide_are_anonymous_officials():
    kinds = _kinds("An adviser to Jordan's king, who was not authorized to speak, said the "
                   "border would stay shut. A Senate aide said the vote was delayed.\n")
    assert kinds == [("anonymous official", 1), ("anonymous official", 1)]


def test_officer_in_a_command_with_an_aside_is_one_anonymous_source():
    assert _kinds("A senior officer in Egypt's Southern Command, who spoke on condition of "
                  "anonymity, said the patrols had doubled.\n") == [("anonymous official", 1)]


def test_according_to_two_sources_joined_counts_each():
    text = ("Two officials said the unit would move. The move will take a month, according to "
            "the officials and a diplomat briefed on the talks.\n")
    sources = _sources(text)
    assert ("anonymous official", 1, "a diplomat briefed on the talks") in sources
    assert len(sources) == 2  # "the officials" repeat the first source


def test_document_reviewed_by_the_paper_speaks_and_its_repeat_is_not_counted():
    text = ("A classified Navy review obtained by the Harbor Ledger warns that the pier is "
            "unsafe. The review estimates that repairs will take a year.\n")
    assert _kinds(text) == [("document", 1)]


def test_documents_sent_to_a_parliament_request_money():
    assert _kinds("Spending papers sent to parliament this week request $40 million for "
                  "runways.\n") == [("document", 1)]


def test_an_outlets_report_is_the_outlet_and_a_memo_it_saw_is_a_document():
    kinds = _kinds("A Bloomberg report said the jets had moved. A cable seen by Bloomberg said "
                   "the runway was closed. A review released last week finds the hangars weak.\n")
    assert kinds == [("other outlet", 1), ("document", 1), ("document", 1)]


def test_channel_close_to_a_group_speaks_for_it():
    sources = _sources("A Telegram channel linked to Harakat al-Nujaba posted a video of the "
                       "launch.\n")
    assert [(k, c) for k, c, _ in sources] == [("spokesperson", 1)]


def test_passive_told_by_counts_the_sources():
    assert _kinds("I was told by three Gulf diplomats that the plan had stalled.\n") == [
        ("anonymous official", 3)]


def test_unnamed_office_holder_speaks_for_the_office():
    assert _kinds("Four homes were hit in the district, the provincial governor said.\n") == [
        ("spokesperson", 1)]


def test_office_holder_named_before_is_not_counted_again():
    kinds = _kinds("Defence Minister Pavel Ruzicka said the jets were ready. The minister said "
                   "more would follow.\n")
    assert kinds == [("named official", 1)]


def test_unnamed_outlet_is_another_outlet():
    assert _kinds("A Kurdish opposition newspaper reported that the checkpoint was moved.\n") == [
        ("other outlet", 1)]


def test_outlet_named_like_a_paper_and_an_outlets_tally():
    kinds = _kinds("Ten people were hurt, according to Beirut Today. Forty sites were hit, "
                   "according to a count by Reuters.\n")
    assert kinds == [("other outlet", None), ("other outlet", 1)]


def test_outlets_own_count_and_a_name_called_a_newspaper_are_outlets():
    kinds = _kinds("A Reuters count shows nine bases were hit. The newspaper Al-Mada reported "
                   "that two more were struck.\n")
    assert kinds == [("other outlet", 1), ("other outlet", 1)]


def test_retired_officer_speaks_as_an_analyst():
    assert _kinds("Retired Adm. Carl Vinter told a podcast the fleet was too small.\n") == [
        ("other", 1)]


def test_un_agency_speaking_for_itself_is_a_spokesperson():
    assert _kinds("Some 5,000 people fled, according to the UN refugee agency.\n") == [
        ("spokesperson", 1)]


# ------------------------------------------------------------------ quotes


def test_pronoun_skips_a_name_mentioned_in_passing():
    speakers = _speakers('Cmdr. Hadi Rahal was killed on Monday. Yusuf Karimi, a cleric, said at '
                         'the burial of Rahal that the town would rebuild. "We will not leave," '
                         'he said.\n')
    assert speakers["We will not leave"] == "Yusuf Karimi"


def test_words_inside_a_quote_are_no_speaker():
    speakers = _speakers('Nadia Hamdi, an analyst at a Cairo think tank, said the talks were '
                         'close. "The generals want a deal, not the diplomats," she said.\n')
    assert speakers["The generals want a "] == "Nadia Hamdi"


def test_the_officer_is_the_unnamed_officer_described_before():
    speakers = _speakers('A senior officer in the Jordanian army, who asked not to be named, '
                         'said the wall was finished. "We will add cameras," the officer said.\n')
    assert speakers["We will add cameras"] == "senior officer in the Jordanian army"


def test_one_of_the_officials_is_one_official():
    speakers = _speakers('Two U.S. officials described the plan. "It is late," said one of the '
                         'officials.\n')
    assert speakers["It is late"] == "official"


def test_unnamed_adviser_is_the_he_of_the_next_quote():
    speakers = _speakers('Col. Ray Dunn said the base was calm. An aide to the Libyan premier, '
                         'who asked not to be named, said talks would resume. "Nothing is '
                         'settled," he said.\n')
    assert speakers["Nothing is settled"] == "aide to the Libyan premier" or \
        "aide" in speakers["Nothing is settled"]


def test_document_speaks_and_the_assessment_is_the_same_one():
    speakers = _speakers('An internal Army assessment seen by reporters warns that depots are '
                         '"badly exposed" to drones. The assessment estimates that militias '
                         'hold "dozens" of rockets.\n')
    assert speakers["badly exposed"] == "internal Army assessment"
    assert speakers["dozens"] == "internal Army assessment"


def test_post_read_after_a_named_official():
    speakers = _speakers('The mayor of the town, Lina Haddad, posted a photo of the damage. Her '
                         'post read:\n\n"Our school is gone. Nobody was inside."\n')
    assert speakers["Our school is gone. "] == "Lina Haddad"


def test_the_group_is_the_armed_group_named_before():
    speakers = _speakers('Kataib Hezbollah claimed the attack on the base. The group said its '
                         'drones hit "a command post" near the runway.\n')
    assert speakers["a command post"] == "Kataib Hezbollah"


def test_acronym_speaker_is_named_in_full():
    speakers = _speakers('CENTCOM said the strike was "necessary and proportionate" and hit a '
                         'depot.\n')
    assert speakers["necessary and propor"] == "U.S. Central Command (CENTCOM)"


def test_channel_close_to_a_group_is_the_speaker_of_its_caption():
    speakers = _speakers('A Telegram channel close to Asaib Ahl al-Haq posted a clip with the '
                         'words: "The occupier will leave."\n')
    assert speakers["The occupier will le"] == "Telegram channel close to Asaib Ahl al-Haq"


# ------------------------------------------------------------------ organizations


def _orgs(text: str) -> list[str]:
    return [o.name for o in _draft(text).organizations]


def test_body_cited_with_according_to_is_an_organization():
    assert "Romanian air force" in _orgs("Two jets were scrambled, according to the Romanian "
                                         "air force.\n")


def test_think_tank_names_ending_in_center_or_studies():
    orgs = _orgs("Lina Aziz, an analyst at the Euphrates Policy Center, said the vote was close. "
                 "The Nordic Institute of Peace Studies agreed.\n")
    assert "Euphrates Policy Center" in orgs and "Nordic Institute of Peace Studies" in orgs


def test_un_bodies_by_their_descriptions():
    orgs = _orgs("The UN migration agency said 4,000 people had moved. UNIFIL said a patrol was "
                 "hit.\n")
    assert "International Organization for Migration" in orgs and "UNIFIL" in orgs


def test_command_after_an_owners_possessive_is_its_own_name():
    assert "Allied Maritime Command" in _orgs("The ships sail under NATO's Allied Maritime "
                                              "Command from next week.\n")


def test_ship_group_is_no_organization():
    assert _orgs("The USS Harry S. Truman Carrier Strike Group left the port.\n") == []
