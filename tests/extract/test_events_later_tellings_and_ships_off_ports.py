"""Later tellings of a happening and ships hit off a port: an attack told "hours earlier" is
told in full, so what follows ("one of them ...", a statement about "the base") goes on about
it, not about the lede's strike; a gap told in a later clause ("as the group said it had
downed a drone hours later") is that clause's, never the toll's before it; a toll counted "in"
a town is that town's happening; a ship hit "N nautical miles west of" a port, once told at
sea, is that sea's one attack; "died at X when a drone struck" places the attack at X."""

from briefdeck.extract import draft_briefing
from briefdeck.ingest.article import Article


def _events(text: str, published: str = "2026-03-12"):
    return [(e.date, e.kind, e.place, e.killed or 0, e.wounded or 0) for e in draft_briefing(
        Article(text=text, path="t.txt", format="txt"), published=published).facts.events]


def test_a_statement_about_the_base_after_an_attack_told_hours_earlier_is_no_new_attack():
    text = ("Warplanes struck a depot in the village of Hatla in eastern Syria overnight, "
            "killing six fighters, a monitor said on Wednesday.\n\n"
            "Hours earlier, late on Tuesday, a drone struck the coalition base at Al-Shaddadi, "
            "wounding two American soldiers, an official said.\n\n"
            "One of the Americans suffered a head injury and was flown to Iraq for treatment, "
            "the official said.\n\n"
            "The SDF said in a statement that its guards had been hit while watching the base "
            "perimeter.\n")
    events = _events(text)
    shaddadi = [e for e in events if e[2] == "Al-Shaddadi"]
    assert [(e[0], e[4]) for e in shaddadi] == [("2026-03-10", 2)]


def test_a_gap_told_by_a_later_clause_does_not_date_the_toll_before_it():
    text = ("SANAA, March 12 - Air strikes on the port of Hodeidah early on Thursday killed "
            "six people, the health ministry said.\n\n"
            "SANAA, March 12 - The death toll from the strikes on Hodeidah port rose to nine, "
            "the health ministry said on Thursday, as the group said it had shot down a drone "
            "over Marib province hours later.\n")
    hodeidah = [e for e in _events(text) if e[2].startswith("Hodeidah")]
    assert [(e[0], e[3]) for e in hodeidah] == [("2026-03-12", 9)]


def test_a_ship_hit_miles_off_a_port_is_the_attack_told_at_sea():
    text = ("SANAA, March 12 - Jets struck Houthi targets at the port of Hodeidah early on "
            "Thursday, two days after the group fired two missiles at a tanker in the Red "
            "Sea.\n\n"
            "The health ministry said four people were killed and 10 wounded in Hodeidah.\n\n"
            "The tanker was hit late on Tuesday about 70 nautical miles west of Hodeidah, the "
            "maritime agency said. None of the crew were hurt.\n")
    events = _events(text)
    assert ("2026-03-10", "attack", "Red Sea", 0, 0) in events
    assert not any(e[0] == "2026-03-10" and e[2] == "Hodeidah" for e in events)
    assert [(e[3], e[4]) for e in events if e[0] == "2026-03-12"] == [(4, 10)]


def test_soldiers_who_died_at_a_site_when_a_drone_struck_place_the_attack_there():
    text = ("The Department of Defense announced today the deaths of two soldiers.\n\n"
            "Sgt. Ana Ruiz, 25, and Spc. Tom Hale, 21, died March 9, 2026, at Mission Support "
            "Site Conoco, Syria, when a one-way attack drone struck their living area.\n")
    assert [(e[0], e[1], e[2]) for e in _events(text)] == [
        ("2026-03-09", "attack", "Mission Support Site Conoco")]
