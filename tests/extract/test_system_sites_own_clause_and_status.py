"""A system's site is the one its own clause names; a system in place by a date is deployed;
the air defences are briefed at their own sites, not at every base reinforced."""

from tests.extract.drafting import Drafts

from briefdeck.extract import draft_briefing
from briefdeck.ingest.article import Article

_DRAFTS = Drafts("2026-12-01", heading="Deployments to the region")


def _systems(text: str) -> dict[str, tuple[str, str]]:
    return {s.name: (s.posture, s.place) for s in _DRAFTS.facts(text).systems}


def test_two_moves_in_one_sentence_each_keep_their_base():
    text = (
        "To protect our forces, a Patriot battery deployed to Ali Al Salem Air Base on 25 "
        "November, and a squadron of F-16 fighters arrived at Muwaffaq Salti Air Base on "
        "28 November."
    )
    got = {s.name: s.place for s in _DRAFTS.facts(text).systems}
    assert got["F-16"] == "Muwaffaq Salti Air Base"
    assert got["Patriot"] == "Ali Al Salem Air Base"


def test_the_bluf_puts_the_battery_only_where_it_went():
    text = (
        "To protect our forces, a Patriot battery deployed to Ali Al Salem Air Base on 25 "
        "November, and a squadron of F-16 fighters arrived at Muwaffaq Salti Air Base on "
        "28 November."
    )
    story = draft_briefing(
        Article(text=text, headline="Deployments to the region"), published="2026-12-01"
    ).narrative
    point = next(p for p in story.key_points if p.startswith("Air defence"))
    assert "Ali Al Salem" in point and "Muwaffaq Salti" not in point


def test_a_battery_moved_from_one_base_to_another_is_at_the_second():
    text = (
        "Officials said a Patriot battery, in place by 8 Nov, had been moved from Ain "
        "al-Asad to Erbil Air Base."
    )
    posture, place = _systems(text)["Patriot"]
    assert place == "Erbil Air Base"
    assert posture == "deployed"


def test_a_battery_once_stationed_elsewhere_is_where_it_was_moved():
    text = (
        "A Patriot battery that had been stationed at Ali Al Salem Air Base in Kuwait was "
        "moved to Erbil in June, two officials said."
    )
    assert _systems(text)["Patriot"][1] == "Erbil"
