"""A live chat's correspondent answering readers, a letters page's signatures, a form's
"Reported by" cell, an advisory's contacts, a paper's authors and notes, a translator's
bracketed notes, and sourcing by a spokesman for a named leader or officials the reporter
spoke to."""

from __future__ import annotations

from tests.extract.drafting import Drafts

DRAFTS = Drafts("2026-11-18", "Ask our reporter")


CHAT = (
    "Our Baghdad correspondent Nora Selim is taking your questions live.\n\n"
    "10:02 Nora Selim: Two rockets hit the airport perimeter overnight, and a guard was "
    "wounded. One officer told me the launcher was found in a field. \"We got lucky this "
    "time,\" he said.\n\n"
    "10:05 sandgrouse88: Who fired them?\n\n"
    "10:09 Nora Selim: Nobody has claimed it yet. Officials expect a claim by tonight and "
    "I will update this page when it comes.\n")


def test_a_live_chats_correspondent_answers_are_no_quotes_but_hers_inside_are():
    quotes = DRAFTS.facts(CHAT).quotes
    assert [q.text for q in quotes] == ["We got lucky this time"]
    assert all(q.speaker != "Nora Selim" for q in quotes)


def test_the_chats_correspondent_relaying_he_said_is_no_source():
    assert not any("Nora Selim" in text for _, _, text in DRAFTS.sources(CHAT))


def test_a_spokesman_for_a_named_leader_is_the_source():
    sources = DRAFTS.sources("The government condemned it; a spokesman for Prime Minister "
                             "Jane Doria called it \"a cowardly act.\"\n")
    assert ("spokesperson", 1) in [(k, c) for k, c, t in sources if "spokesman for" in t]
    assert not any(k == "named official" for k, _, _ in sources)


def test_officials_the_reporter_spoke_to_are_counted_sources():
    sources = DRAFTS.sources("No group has been named, but three officials I spoke to "
                             "pointed to the same militia.\n")
    assert ("anonymous official", 3) in [(k, c) for k, c, _ in sources]


def test_signed_letters_name_their_writers_in_full():
    people = DRAFTS.people(
        "Bring the troops home\n\nThe base was hit again last week, and nobody can tell me "
        "why we are still there.\n\nAgnes Whitlow, Tipp City\n\nStay the course\n\n"
        "Mrs. Whitlow is wrong. Leaving under fire invites more attacks.\n\n"
        "Curtis Mbeki, Xenia\n\nWrite to us: letters@example.com\n")
    assert "Agnes Whitlow" in people and "Curtis Mbeki" in people
    assert "Whitlow" not in people


def test_a_readers_own_congressman_named_between_commas_is_a_person():
    people = DRAFTS.people("I would like our congressman, Walter Brandt, to explain the "
                           "mission.\n")
    assert people.get("Walter Brandt") == "congressman"


def test_a_forms_reported_by_cell_names_a_person_with_the_post_after():
    people = DRAFTS.people("Reported by:\n\nLena Okoro, Site Safety Supervisor, Camp 4\n\n"
                           "What happened\n\nTwo drones struck the tank farm.\n")
    assert people.get("Lena Okoro") == "Site Safety Supervisor"


def test_an_advisorys_contacts_name_people_with_rank_and_post():
    people = DRAFTS.people("The ceremony begins at 10 a.m.\n\nCONTACTS\n\nCapt. Ruth Adeyemi, "
                           "Public Affairs Officer, (205) 555-0101, ruth.adeyemi@example.mil\n")
    assert people.get("Ruth Adeyemi") == "Capt., Public Affairs Officer"


def test_a_papers_authors_with_affiliations_are_people():
    people = DRAFTS.people("Salvos and Shields\n\nAnna Kowal (University of Leeds) and Omar "
                           "Fayed (Institute for Gulf Studies)\n\nAbstract: We count 90 "
                           "attacks.\n")
    assert people.get("Anna Kowal") == "University of Leeds"
    assert "Omar Fayed" in people


def test_a_papers_note_citing_one_dated_statement_is_a_document():
    sources = DRAFTS.sources("Attacks fell after 2024.1\n\nNotes\n\n1. Jordan Armed Forces "
                             "statement, 3 March 2024.\n")
    assert ("document", 1, "Jordan Armed Forces statement") in sources


def test_an_interviewees_blunt_words_name_him_as_speaker_and_source():
    facts = DRAFTS.facts("One battery commander interviewed for this study put the problem "
                         "bluntly: \"We run out of interceptors before they run out of "
                         "drones.\"\n")
    assert [q.speaker for q in facts.quotes] == ["battery commander"]
    assert any(a.kind == "anonymous official" for a in facts.attributions)


def test_words_a_translators_note_quotes_are_no_quotes():
    speakers = DRAFTS.speakers(
        "The spokesman, Brig. Gen. Saad Rami, stated that seven drones [literally \"drones "
        "booby-trapped\"] were destroyed. Brig. Gen. Rami said: \"These attacks will be "
        "answered.\"\n")
    assert list(speakers.values()) == ["Saad Rami"]


def test_a_desks_bracketed_note_on_what_the_original_said_keeps_its_quote():
    quotes = DRAFTS.facts(
        "The ministry later revised its account of the rocket attack on the base. [Editor's "
        "note: the original statement from the ministry said \"two soldiers were killed in "
        "the attack\".] A translator's note followed. [translated: the ministry added that "
        "\"the wounded were evacuated by helicopter\".]\n").quotes
    assert [q.text for q in quotes] == ["two soldiers were killed in the attack",
                                        "the wounded were evacuated by helicopter"]


def test_a_wording_marker_right_before_the_quote_still_makes_it_a_note():
    quotes = DRAFTS.facts(
        "The ministry said the attackers [rendered as \"the aggressors\" in the original "
        "translation] fled north. The original is kept [the original uses \"martyrs\"] "
        "here, and the total [the original says \"since the start of the month\"] stands.\n"
    ).quotes
    assert not quotes


def test_a_trailers_news_agency_credit_is_another_outlet_and_rules_are_no_source():
    sources = DRAFTS.sources(
        "Civil defence teams removed the debris according to the approved procedures.\n\n"
        "[End of statement. Source: Gulf Press Agency (GPA), Riyadh.]\n")
    assert [(k, t) for k, _, t in sources] == [("other outlet",
                                                "Source: Gulf Press Agency (GPA)")]
