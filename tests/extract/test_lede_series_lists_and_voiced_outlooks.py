"""The BLUF and outlook of round 44's formats: a wire series' latest take, a hearing's witness
list, a call's agenda, a sheet's title said again, a summary's numbered items, a panel's turns."""

from briefdeck.extract import draft_briefing
from briefdeck.extract.lede_lists import agenda, roster, title_again
from briefdeck.extract.lede_outlook_voice import voiced
from briefdeck.extract.lede_series import latest_take
from briefdeck.extract.narrative_items import numbered_items
from briefdeck.ingest.article import Article


def _draft(text: str, title: str = ""):
    return draft_briefing(Article(text=text, headline=title), published="2026-12-03")


SERIES = ("URGENT\nStrikes hit Port Alpha, two killed - rebel TV\n\n"
          "PORTVILLE, Dec 3 (Wire) - Air strikes hit Port Alpha early on Thursday, killing two "
          "people, the rebel-run television channel said in a short report.\n\n"
          "UPDATE 1\nUPDATE 1-Strikes on Port Alpha kill five, ministry says\n\n"
          "PORTVILLE, Dec 3 (Wire) - Air strikes on Port Alpha early on Thursday killed five "
          "people and wounded eight, the rebel-run health ministry said on Thursday.\n\n"
          "WRAPUP\nWRAPUP 1-Navy strikes Port Alpha after tanker attack\n\n"
          "* Toll seven killed, ten wounded\n\n"
          "PORTVILLE/LONDON, Dec 3 (Wire) - Navy jets struck rebel depots at Port Alpha early "
          "on Thursday, killing seven people and wounding ten, the rebel-run ministry said.\n")


def test_a_wire_series_is_briefed_from_its_latest_take():
    assert latest_take(SERIES) > SERIES.index("WRAPUP 1-")
    assert latest_take("UPDATE 1-Strikes on Port Alpha kill five\n\nText.") == -1  # one take
    bluf = _draft(SERIES, "Strikes hit Port Alpha, two killed - rebel TV").narrative.bluf
    assert bluf.startswith("Navy jets struck rebel depots at Port Alpha")
    assert "two people" not in bluf


def test_a_witness_list_an_agenda_and_the_title_again_are_no_news():
    assert roster("I: Major General Ann Roe, Director of Operations, Joint Staff; Colonel Ben "
                  "Cole, Commander, 4 Regiment; and Dee Fox, Head of Policy, Foreign Office.")
    assert not roster("Two Soldiers Killed in Attack on Base; Embassy Orders Staff Out of City.")
    assert not roster("Two drones hit the base; the army said three soldiers were wounded.")
    assert agenda("Agenda: 1) the attack last night 2) road closures 3) AOB.")
    assert not agenda("The agenda of the militias is to hurry the withdrawal, analysts say.")
    assert title_again("Rocket attacks on bases, Iraq/Syria - Nov 2026.",
                       "Rocket attacks on bases, Iraq/Syria")
    assert not title_again("Rocket attacks on bases in Iraq and Syria rose sharply in November, "
                           "a tracker shows.", "Rocket attacks on bases")


def test_a_summarys_first_numbered_item_leads_its_toll():
    assert numbered_items("1.1 Base A. Text.\n1.2 Text.\n2.1 Base B. Text.\n")
    assert not numbered_items("The rockets landed 1.5 km away.\n2.5 million people live there.")


def test_a_turns_outlook_says_whose_it_is_and_a_chat_errand_is_none():
    text = "ANN ROE: My understanding is the base will be handed over by March.\n"
    start = text.index("My")
    assert voiced(text, start, "My understanding is the base will be handed over by March.") \
        == "The base will be handed over by March, according to Ann Roe."
    text = "10:12:10 From Omar Haddad to Everyone:\n\tNoted. We have two visits Thursday, " \
        "will move them to the morning\n"
    start = text.index("We have")
    assert voiced(text, start, "We have two visits Thursday, will move them to the morning.") \
        is None
    plain = "The Army plans to leave the base by March."
    assert voiced(plain, 0, plain) == plain
