"""Speakers that are offices, documents and companies; titles written out in full before a
name, as translated wire copy does."""

from __future__ import annotations

from tests.extract.drafting import Drafts

DRAFTS = Drafts("2026-06-02", "Regional security update")


def test_a_sentence_opening_with_according_to_a_document_gives_the_quote_to_it():
    speakers = DRAFTS.speakers(
        "According to the briefing paper, the navy would keep two frigates in the gulf "
        '"until the end of the monsoon season," and send a third home.')
    assert speakers["until the end of the"] == "briefing paper"


def test_a_document_with_an_aside_before_its_verb_is_the_speaker_not_its_signatory():
    speakers = DRAFTS.speakers(
        "The two-page order, dated March 3 and signed by the army's chief of logistics, "
        'directs the depots to hold "no less than 90 days" of fuel.')
    assert speakers["no less than 90 days"] == "two-page order"


def test_a_plan_that_calls_for_something_in_quotes_is_the_speaker():
    speakers = DRAFTS.speakers(
        "A draft plan was shared with lawmakers on Friday.\n\n"
        'On the northern front, the plan calls for a "gradual handover" of the outposts '
        "to local police.")
    assert speakers["gradual handover"] == "plan"


def test_a_spokesperson_for_a_named_leader_speaks_not_the_leader():
    speakers = DRAFTS.speakers(
        "A spokeswoman for Governor Amira Saleh's office said the province "
        '"will not reopen the crossings this week."')
    assert speakers["will not reopen the "].startswith("spokeswoman for Governor Amira Saleh")


def test_the_office_of_an_unnamed_leader_speaks_for_itself():
    facts = DRAFTS.facts(
        "The office of the Lebanese president said it had asked the army to report "
        '"by the end of the week."')
    assert facts.quotes[0].speaker == "office of the Lebanese president"
    assert ("spokesperson", 1) in {(a.kind, a.count) for a in facts.attributions}


def test_the_company_speaking_is_the_company_named_before():
    speakers = DRAFTS.speakers(
        "The pipeline's operator, Gulf Meridian Petroleum, said it had closed the valves.\n\n"
        '"We will restart pumping once the line has been inspected," the company said.')
    assert speakers["We will restart pump"] == "Gulf Meridian Petroleum"


def test_a_passive_description_in_quotes_is_the_sentence_subjects_words():
    speakers = DRAFTS.speakers(
        "In a later statement, the Border Guard Directorate said a guard had been hurt and "
        'taken to the district hospital, where his condition was described as "critical".')
    assert speakers["critical"] == "Border Guard Directorate"


def test_after_a_semicolon_the_quote_belongs_to_the_last_clauses_subject():
    speakers = DRAFTS.speakers(
        "An earlier bulletin said the shells came from the hills; the army now says only that "
        'their origin is "still being examined".')
    assert speakers["still being examined"] == "army"


def test_an_office_written_out_before_a_name_gives_the_name_and_the_title():
    people = DRAFTS.people(
        "Secretary-General of the Ministry of Civil Aviation Hamza al-Rifai said the airport "
        "would reopen on Thursday. Minister of Foreign Affairs Rania Dabbas met the envoy.")
    assert people.get("Hamza al-Rifai") == "Secretary-General of the Ministry of Civil Aviation"
    assert people.get("Rania Dabbas") == "Minister of Foreign Affairs"
    assert not any(name.startswith("Affairs") for name in people)


def test_an_office_written_out_before_a_place_is_no_person():
    people = DRAFTS.people("Head of the Joint Operations Command Basra visited the port.")
    assert not any("Basra" in name for name in people)


def test_a_group_calling_itself_by_a_name_with_a_joined_article_is_read_whole():
    facts = DRAFTS.facts(
        "A faction calling itself Saraya al-Nasr claimed the attack in a video posted online.")
    assert "Saraya al-Nasr" in {o.name for o in facts.organizations}


def test_iraqs_oil_marketer_is_a_known_organization():
    facts = DRAFTS.facts(
        "Crude from the northern fields is sold by the federal marketer SOMO under the deal.")
    assert "State Organization for Marketing of Oil" in {o.name for o in facts.organizations}


def test_a_petroleum_company_is_an_organization():
    facts = DRAFTS.facts("Engineers from Zagros Ridge Petroleum inspected the damaged tank.")
    assert "Zagros Ridge Petroleum" in {o.name for o in facts.organizations}


def test_a_denial_that_goes_on_calling_something_a_name_is_the_deniers_words():
    speakers = DRAFTS.speakers(
        "Local officials said the convoy was hit near the border crossing.\n\n"
        "Turkey's defence ministry denied any involvement, calling the reports "
        "“fabricated”.")
    assert speakers["fabricated"] == "Turkey's defence ministry"


def test_a_cited_works_title_followed_by_its_date_is_no_quote():
    facts = DRAFTS.facts(
        "Officials gave few details.\n\n"
        '3 Ministry of Defence, "Update on the Deployment of Air Defence Units to the North," '
        "March 4, 2025.")
    assert not facts.quotes


def test_a_places_police_speaking_is_an_organization():
    facts = DRAFTS.facts("Kirkuk police first said two guards had been hurt in the blast.")
    assert "Kirkuk police" in {o.name for o in facts.organizations}


def test_a_command_that_affirmed_something_is_sourcing_by_a_body():
    sources = DRAFTS.sources(
        "The Army Command affirmed that the troops remain on alert along the border.")
    assert ("spokesperson", 1, "The Army Command affirmed") in sources


def test_a_body_calling_something_in_its_own_quoted_words_is_sourcing():
    sources = DRAFTS.sources(
        "The Northern Brigades called the withdrawal \"a first victory\" on Sunday.")
    assert any(kind == "spokesperson" and "Northern Brigades" in text
               for kind, _, text in sources)


def test_a_call_without_quoted_words_is_no_sourcing():
    assert not DRAFTS.sources("The ministry called for calm after the clashes.")


def test_where_a_body_spoke_opens_its_sourcing():
    sources = DRAFTS.sources(
        "In a statement on Telegram, the Northern Brigades, the largest of the armed "
        "factions, said more attacks would follow.")
    assert any(text.startswith("In a statement on Telegram, the Northern Brigades")
               for _, _, text in sources)


def test_a_body_that_first_said_something_is_sourcing():
    sources = DRAFTS.sources("The navy initially said one sailor had been hurt in the fire.")
    assert ("spokesperson", 1, "The navy initially said") in sources


def test_the_company_saying_is_sourcing_by_a_body():
    sources = DRAFTS.sources(
        "Raytheon shipped 30 radars last year and plans 45 this year, the company says.")
    assert ("spokesperson", 1, "the company says") in sources


def test_a_body_owned_by_a_government_in_the_possessive_speaks_for_itself():
    sources = DRAFTS.sources(
        "The Lebanese government's Higher Defence Council said on Monday that the border "
        "crossings would stay shut.")
    assert any(kind == "spokesperson" and "Higher Defence Council said" in text
               for kind, _, text in sources)


def test_the_dod_term_for_counter_drone_kit_is_a_system():
    systems = DRAFTS.systems(
        "The department has asked for $900 million for counter-small unmanned aircraft "
        "systems next year.")
    assert "counter-small unmanned aircraft systems" in systems  # in the report's own words


def test_a_range_named_after_a_general_is_no_person():
    people = DRAFTS.people(
        "Drones were seen over the General Jonas Petraitis Training Area near the border.")
    assert not people


def test_a_sri_lankan_national_is_no_honorific_and_name():
    people = DRAFTS.people("A Sri Lankan sailor was among the wounded crew.")
    assert not people


def test_a_plural_body_with_an_aside_on_what_they_guard_is_sourcing():
    sources = DRAFTS.sources(
        "The Northern Brigades, which guard the dam, said two of their fighters were hurt.")
    assert any(kind == "spokesperson" and text.startswith("The Northern Brigades, which guard")
               for kind, _, text in sources)
