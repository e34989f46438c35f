"""Quotes whose speaker is an institution: a body named again by the last word of its name,
a statement described by its issuer ("the military statement", "the command's first
statement, released ..."), an umbrella group, a claim after a colon, a list of claims under a
lead-in that names the claimant, a post set out below "in a post on X:", and an unnamed
spokesperson who speaks after a named one. Sentences are our own."""

from __future__ import annotations

from .drafting import Drafts

DRAFTS = Drafts("2026-03-11", heading="Regional security report")
_speakers = DRAFTS.speakers
_people = DRAFTS.people


def test_a_body_named_again_by_its_last_word_keeps_its_full_name():
    speakers = _speakers(
        "The Joint Border Cell announced on Monday that a smuggling route had been closed.\n\n"
        'The Cell indicated that "the patrols found three empty depots near the river," '
        'affirming that "the guards will stay on the crossing until the summer."')
    assert speakers["the patrols found th"] == "Joint Border Cell"
    assert speakers["the guards will stay"] == "Joint Border Cell"


def test_a_cell_or_unit_is_no_persons_name():
    people = _people(
        "Harbour Media Cell reports a fire at the port\n\n"
        "The Harbour Media Cell said a fire broke out in a warehouse on Sunday.")
    assert "Media Cell" not in people and "Harbour Media Cell" not in people


def test_a_statement_described_by_its_issuer_speaks_for_the_body_that_issued_it():
    speakers = _speakers(
        "A sailor was slightly hurt, the Coastal Defence Forces said in a statement carried by "
        "the state news agency.\n\n"
        'In Port Vela, the military statement said gunners had "turned back" the boat and '
        'warned that the coast "will not become a route for smugglers."')
    assert speakers["turned back"] == "Coastal Defence Forces"
    assert speakers["will not become a ro"] == "Coastal Defence Forces"


def test_a_statement_with_a_dated_aside_is_read_as_its_issuers():
    speakers = _speakers(
        "Four rockets struck near the depot at dawn, the Southern Command said in a statement "
        "on Friday.\n\n"
        "The command's second statement, issued late Friday, reported \"light damage to one "
        'hangar." Engineers were sent from the capital.')
    assert speakers["light damage to one "].endswith("Southern Command")


def test_an_umbrella_group_named_by_what_it_is_speaks_as_the_group_named_before():
    speakers = _speakers(
        "Militias of the Valley Resistance Front have stepped up their raids this month. The "
        'umbrella group said on its channel that it had begun "a new season of operations '
        'against the garrison."')
    assert speakers["a new season of oper"] == "Valley Resistance Front"


def test_a_claim_after_a_colon_is_the_clause_subjects_not_the_sentence_openers():
    speakers = _speakers(
        "The Valley Resistance Front has claimed a dozen attacks since January. Many claims "
        "look inflated: on March 4, the Valley Resistance Front claimed a strike on "
        '"the enemy garrison at the dam" that local officials said never happened.')
    assert speakers["the enemy garrison a"] == "Valley Resistance Front"


def test_quotes_in_a_list_of_claims_belong_to_the_claimant_its_lead_in_names():
    speakers = _speakers(
        "The campaign resumed in February after a long pause, officials said.\n\n"
        "Strikes claimed by the Valley Resistance Front this month, from its channel:\n\n"
        'March 2: Rocket attack on "the invaders\' camp by the dam" near Sarin.\n'
        "March 5: Drone launched at the airport. Not confirmed.")
    assert speakers["the invaders' camp b"] == "Valley Resistance Front"


def test_a_post_set_out_below_a_lead_in_with_any_verb_is_the_posters():
    speakers = _speakers(
        "The Northern Fleet Command has shared more detail of the night's interceptions in a "
        "post on X:\n\n"
        "Between 01:00 and 03:00 local time, fleet units shot down five drones launched toward "
        "the harbour of Marlow.")
    assert speakers["Between 01:00 and 03"] == "Northern Fleet Command"


def test_the_spokesperson_after_an_unnamed_one_is_not_the_named_spokesman_before():
    speakers = _speakers(
        "Navy spokesman Capt. Oren Valdis said the frigate had returned to port.\n\n"
        "A Coast Guard spokesperson, answering questions by email, said no cutters were "
        "nearby.\n\n"
        '"We keep in close touch with our partners at sea," the spokesperson said.')
    assert speakers["We keep in close tou"] == "Coast Guard spokesperson"


def test_a_cited_title_dated_by_month_and_year_is_no_quote():
    speakers = _speakers(
        "References\n\n"
        '[3] Ministry of Defence, "Review of the Northern Garrisons," October 2025.')
    assert not any(s.startswith("Review of the North") for s in speakers)


def test_a_body_blaming_someone_in_its_own_words_is_quoted():
    speakers = _speakers(
        "A depot burned near the border overnight. The Popular Guard blamed "
        '"hostile aircraft"; a foreign official said his country was not involved.')
    assert speakers["hostile aircraft"].endswith("Popular Guard")
