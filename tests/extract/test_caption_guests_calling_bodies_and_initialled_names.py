"""A show's unlabelled ">>" turns: the answers an introduced guest gives the anchor are hers, and
nobody else's turns are; a body's statement "which calls" something gives the words to the body;
one person named with and without a middle initial is one person."""

from __future__ import annotations

from tests.extract.drafting import Drafts

DRAFTS = Drafts("2026-05-12", "Evening news")

_SHOW = (">>> Good evening. We start tonight on the coast, where the storm wall gave way.\n"
         ">> Joining us now from the state capital is Senator Ruth Calloway, who chairs the "
         "coastal committee. Senator, thank you for being here.\n"
         ">> Thank you, Tom.\n"
         ">> Were the towns warned in time?\n"
         ">> Look, the sirens sounded an hour before the water came over, and most families "
         "were already on the road --\n"
         ">> [Crosstalk]\n"
         ">> -- already on the road north by then.\n"
         ">> But senator, the county says --\n"
         ">> I know what the county says. The wall was due for repairs two years ago, and I "
         "want to know why the money never came.\n"
         ">> Senator Ruth Calloway, thank you.\n"
         ">> Thank you.\n"
         ">>> In sports tonight, the harbour team won again at home on Sunday evening.\n"
         ">> We will have those highlights for you right after the break tonight.\n")


def test_an_introduced_guests_answers_to_the_anchor_are_her_quotes():
    quotes = [(q.speaker, q.text) for q in DRAFTS.facts(_SHOW).quotes]
    assert [who for who, _ in quotes] == ["Ruth Calloway", "Ruth Calloway"]
    assert quotes[0][1].startswith("the sirens sounded an hour")  # ("Look," is no words)
    assert quotes[1][1].startswith("I know what the county says")


def test_unlabelled_turns_without_an_introduced_guest_give_no_quotes():
    text = _SHOW.replace("Joining us now from the state capital is", "We spoke earlier to")
    assert [q.speaker for q in DRAFTS.facts(text).quotes] == []


def test_a_statement_from_an_office_which_calls_the_attack_something_is_the_offices():
    text = ("Gunmen fired on a checkpoint near the border on Monday, wounding two guards.\n\n"
            "The government received a statement from the Interior Ministry, which calls the "
            "attack, \"a cowardly act against the nation\", and says three men were held.\n")
    quotes = DRAFTS.facts(text).quotes
    assert [q.speaker for q in quotes] == ["Interior Ministry"]


def test_a_name_with_and_without_its_middle_initial_is_one_person():
    text = ("The medal went to Staff Sergeant Paul R. Okafor of the air defence battery.\n\n"
            "Staff Sgt. Paul Okafor, a launcher chief, pulled two wounded soldiers to a "
            "bunker during the attack on the base on Saturday.\n\n"
            "\"I only did what the others would have done,\" Okafor said.\n")
    facts = DRAFTS.facts(text)
    assert [p.name for p in facts.people] == ["Paul R. Okafor"]
    assert [q.speaker for q in facts.quotes] == ["Paul R. Okafor"]


def test_the_fuller_naming_wins_when_the_initial_comes_second():
    text = ("Staff Sgt. Paul Okafor, a launcher chief, pulled two wounded soldiers to a bunker "
            "during the attack on the base on Saturday.\n\n"
            "His citation names him as Staff Sergeant Paul R. Okafor of the battery.\n")
    assert [p.name for p in DRAFTS.facts(text).people] == ["Paul R. Okafor"]
