"""Seven shapes of incident telling: an incident form's Location field places the incident its
prose calls "the site"; a toll an earlier issue of the same alert gave is superseded, not
added; a chat answer's toll with no day but its clock stamp counts more of the attack the chat
is about, and "the full toll is" sums every party; a log's count of attacks over a month is a
tally; a count in words echoed in figures ("three (3)") is one count; "the second attack on X
this month; the first, on 2 October, ..." tells that first attack too; "who takes command
today" is the day's handover."""

from briefdeck.extract import draft_briefing
from briefdeck.extract.casualties import find_casualties
from briefdeck.ingest.article import Article


def _events(text: str, published: str = "2026-10-08"):
    return [(e.date, e.kind, e.place, e.killed or 0, e.wounded or 0) for e in draft_briefing(
        Article(text=text, path="t.txt", format="txt"), published=published).facts.events]


def _counts(sentence: str):
    return [(c.kind, c.count, c.total) for c in find_casualties(sentence, 0, len(sentence))]


def test_a_forms_location_field_places_the_incident_told_under_it():
    text = ("INCIDENT REPORT\n\nDate:\n\n6-Oct-2026\n\nLocation:\n\nTaji, Baghdad Governorate\n\n"
            "Summary\n\nOn Tuesday night a rocket struck the site near the warehouse. "
            "Two guards were injured.\n")
    assert _events(text) == [("2026-10-06", "attack", "Taji", 0, 2)]


def test_an_earlier_issue_of_the_alert_gave_a_toll_since_revised():
    text = ("A drone struck a storage tank at the Taji base on Tuesday. Three workers were "
            "injured. No fatalities. Rev. 0 of this alert reported two injured; the third "
            "injury was confirmed later.")
    assert _events(text) == [("2026-10-06", "attack", "Taji base", 0, 3)]


def test_a_chat_answer_counts_more_of_the_attack_the_chat_is_about():
    text = ("Ask our reporter: the rocket attack on Taji\n\n"
            "10:02 Sam_K: What happened at Taji?\n\n"
            "10:05 Reporter: Two rockets hit the Taji base early Tuesday. Three soldiers were "
            "wounded.\n\n"
            "10:09 Ana_P: Were any civilians hurt?\n\n"
            "10:12 Reporter: Yes. A driver at the gate was killed and another was wounded. So "
            "the full toll is one dead and four wounded.\n")
    assert _events(text, "2026-10-07") == [("2026-10-06", "attack", "Taji base", 1, 4)]


def test_the_full_toll_is_the_whole_count_not_more_on_top():
    assert _counts("So the full toll is one dead and five wounded.") == [
        ("killed", 1, True), ("wounded", 5, True)]


def test_attacks_logged_over_a_month_are_a_tally():
    text = ("Rockets hit the Taji base on Tuesday, wounding two soldiers. So far this month we "
            "have logged 9 attacks, against 14 in September.")
    assert _events(text) == [("2026-10-06", "attack", "Taji base", 0, 2)]


def test_a_count_in_words_echoed_in_figures_is_one_count():
    assert _counts("The debris led to the injury of three (3) civilians.") == [
        ("wounded", 3, False)]
    assert _counts("Shrapnel injured two (2) residents and killed one (1) worker.") == [
        ("wounded", 2, False), ("killed", 1, False)]


def test_the_first_of_a_series_told_in_passing_is_an_attack_of_its_own():
    text = ("A drone struck the Taji base on Tuesday, wounding two soldiers. It was the second "
            "drone attack on the Taji base this month; the first, on 2 October, caused no "
            "injuries.")
    assert sorted(_events(text)) == [("2026-10-02", "attack", "Taji base", 0, 0),
                                     ("2026-10-06", "attack", "Taji base", 0, 2)]


def test_a_change_of_command_told_as_the_days_news_is_a_handover():
    assert _events("Col. Ruiz, who takes command today, praised the battalion.") == [
        ("2026-10-08", "handover", "", 0, 0)]
    assert _events("Col. Ruiz assumed command of the battalion in 2024.") == []
