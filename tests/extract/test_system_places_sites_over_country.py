"""A deployed or arriving system is placed at the sites the report names, not the country."""

from tests.extract.drafting import Drafts

from briefdeck.compose.notes import describe
from briefdeck.model import System

_DRAFTS = Drafts("2024-05-02", heading="Air defences move")


def _systems(text: str) -> dict[str, str]:
    return {s.name: s.place for s in _DRAFTS.facts(text).systems}


def test_the_sites_of_the_sentence_before_place_a_system_sent_into_their_country():
    text = ("Extra air defenses are arriving this week to guard troops at Al Udeid Air Base "
            "and Prince Sultan Air Base, officials said on Tuesday. The Pentagon has already "
            "deployed C-RAM systems into Qatar and plans to send Patriot batteries in the coming "
            "weeks, a defense official said.")
    got = _systems(text)
    assert got["C-RAM"] == "Al Udeid Air Base"  # the site in the country named, not the Saudi one


def test_a_system_sent_to_two_bases_is_at_both():
    text = ("The United States has deployed Patriot batteries to Al Udeid Air Base and "
            "Ali Al Salem Air Base, a defense official said on Tuesday.")
    assert _systems(text)["Patriot"] == "Al Udeid Air Base, Ali Al Salem Air Base"


def test_a_system_sent_to_a_country_with_no_site_named_stays_in_the_country():
    text = ("The Pentagon said on Sunday it had deployed a THAAD battery to Israel after the "
            "missile attack, officials said.")
    assert _systems(text)["THAAD"] == "Israel"


def test_a_later_telling_of_the_site_refines_the_country():
    text = ("The battalion will deploy a Patriot battery to Iraq next month, the Army said on "
            "Thursday. Two officials said the Patriot battery would go to Erbil, where troops have "
            "gathered.")
    assert _systems(text)["Patriot"] == "Erbil"


def test_the_systems_line_says_in_a_country_and_at_sites_joined_by_and():
    sites = System(id="sy-1", name="C-RAM", category="air defence", posture="deployed",
                   place="Al Udeid Air Base, Ali Al Salem Air Base")
    assert describe("systems", sites).endswith("at Al Udeid Air Base and Ali Al Salem Air Base")


def test_the_systems_line_says_in_a_country_the_briefing_names():
    from briefdeck.extract import draft_briefing
    from briefdeck.ingest.article import Article

    text = ("Air defences move\n\nThe Pentagon said on Sunday it had deployed a THAAD battery to "
            "Israel after the missile attack, officials said.\n")
    briefing = draft_briefing(Article(text=text), published="2024-05-02")
    thaad = next(s for s in briefing.facts.systems if s.name == "THAAD")
    assert describe("systems", thaad, briefing).endswith(" in Israel")


def test_a_base_attacked_in_the_sentence_before_is_not_where_the_kit_goes():
    text = ("Rockets hit troops at Al Udeid Air Base on Monday, officials said. The Pentagon "
            "has already deployed Patriot batteries into Qatar, a defense official said.")
    assert _systems(text)["Patriot"] == "Qatar"
