"""A text alert's toll with its source after "per" ("2 killed per the state news agency"), a
chat's "update on X:" that gives the toll of the happening at X even after another place's
toll, and a happening asked about in reported words ("the requester asks: who conducted the
attack on X") that is a question, not a telling. Every sentence is our own."""

from __future__ import annotations

from .drafting import drafted_events

PUBLISHED = "2026-06-10"  # a Wednesday


def tolls(text: str) -> list[tuple[str, str, int | None, int | None]]:
    return [(e.date, e.place, e.killed, e.wounded) for e in drafted_events(text, PUBLISHED)]


def test_a_toll_with_its_source_after_per_is_the_alert_s_toll():
    text = (
        "Alerts\n\nSECURITY ALERT: Drone strike on a van near Harran this morning, 3 killed "
        "per the regional news agency. Avoid the Harran ring road.\n"
    )
    assert [(k, w) for _, _, k, w in tolls(text)] == [(3, None)]


def test_a_rate_after_per_is_no_toll():
    text = (
        "Report\n\nShelling hit the town of Harran on Monday. The fighting has left about "
        "30 killed per day.\n"
    )
    assert all(k is None for _, _, k, _ in tolls(text))


def test_an_update_on_a_place_gives_that_place_its_toll_after_another_place_s_toll():
    text = (
        "#ops | workspace\n\n--- Tuesday, June 9 ---\n\n"
        "sam.o  7:10 AM\nshelling hit farms south of Qamishli around 0600\n\n"
        "lee.k  9:45 AM\na drone hit a truck near Hasakah, 4 killed per the local council\n\n"
        "sam.o  3:20 PM\nupdate on qamishli: the council now says 2 killed 5 wounded\n"
    )
    got = {place: (k, w) for _, place, k, w in tolls(text)}
    assert got.get("Qamishli") == (2, 5)
    assert got.get("Hasakah") == (4, None)


def test_a_happening_asked_about_in_reported_words_is_no_event():
    text = (
        "Request\n\nThe analyst asks: (a) how many rockets have struck the depot since May; "
        "(b) who carried out the attack on Ain al-Asad on Sunday night and whether that "
        "group can reach Erbil airport.\n\nAnswer\n\nA drone struck Ain al-Asad late on "
        "Sunday, "
        "wounding two soldiers.\n"
    )
    assert tolls(text) == [("2026-06-07", "Ain al-Asad", None, 2)]


def test_a_happening_a_reporter_asks_about_is_no_event():
    text = (
        "Briefing\n\nReporters asked who carried out the attack on Ain al-Asad on Sunday night.\n"
    )
    assert tolls(text) == []


def test_a_relative_who_still_tells_the_happening():
    text = (
        "Report\n\nThe minister named the militia, who carried out the attack on Ain al-Asad "
        "on Sunday night, and asked for calm.\n"
    )
    assert [d for d, _, _, _ in tolls(text)] == ["2026-06-07"]
