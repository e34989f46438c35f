"""Incident tables a PDF reader split one cell per line, report stamps and period edges,
tolls revised after a first report, tellers that are not other happenings, and counts that
belong to a running tally.

Every text here is written for the test, not taken from an article.
"""

from __future__ import annotations

from datetime import date

from briefdeck.extract.casualties import find_casualties
from briefdeck.extract.dates import find_dates
from briefdeck.extract.event_table import rejoin_rows

from .drafting import day_tolls, drafted_events

PUBLISHED = "2026-05-12"

SPLIT_TABLE = "\n\n".join([
    "Weekly incident summary",
    "Analysts logged three incidents in the north this week.",
    "Date\tRegion\tLocation\tIncident\tKilled\tInjured",
    "4 May", "Kirkuk", "Daquq", "IED on police patrol", "1", "3",
    "6 May", "Nineveh", "Mosul Intl", "Airport", "Two rockets, one intercepted", "0", "2",
    "Source: analyst desk. Figures may be revised as reporting matures and more is known.",
])


def _tolls(text: str) -> list[tuple[str, int, int]]:
    out = []
    for c in find_casualties(text, 0, len(text)):
        out.append((c.kind, c.count or 0, int(c.is_total)))
    return sorted(out)


def test_a_table_read_one_cell_per_line_gives_one_event_per_row() -> None:
    tolls = sorted(day_tolls(drafted_events(SPLIT_TABLE, PUBLISHED)))
    assert ("2026-05-04", 1, 3) in tolls
    assert ("2026-05-06", 0, 2) in tolls


def test_rejoining_a_split_table_keeps_every_offset_and_joins_a_wrapped_cell() -> None:
    joined, spans = rejoin_rows(SPLIT_TABLE)
    assert len(joined) == len(SPLIT_TABLE) and len(spans) == 2
    row = joined[spans[1][0]:spans[1][1]]
    assert [c.strip() for c in row.split("\t")][2].split() == ["Mosul", "Intl", "Airport"]
    assert [" ".join(c.split()) for c in row.split("\t")][-2:] == ["0", "2"]


def test_text_without_a_split_table_is_left_alone() -> None:
    assert rejoin_rows("Date\tTown\tKilled\tInjured\n4 May\tDaquq\t1\t3\n") is None


def test_two_days_joined_by_a_dash_are_a_periods_edges() -> None:
    text = "Coverage: 3 May - 9 May 2026 | Issued 11 May"
    found = find_dates(text, date(2026, 5, 12))
    edges = [d for d in found if d.iso in ("2026-05-03", "2026-05-09")]
    assert len(edges) == 2 and all(d.opens_period for d in edges)


def test_a_reports_issue_stamp_and_period_date_no_happening_in_its_line() -> None:
    text = ("Northern weekly\n\nPeriod: 3 May - 9 May 2026 | Issued: Monday 11 May 2026 | "
            "convoy traffic resumed; a fuel tanker hit near Daquq.\n\n"
            "The week was otherwise quiet.")
    dates = {e.date for e in drafted_events(text, PUBLISHED)}
    assert not dates & {"2026-05-03", "2026-05-09", "2026-05-11"}


def test_told_an_outlet_of_several_words_on_a_day_is_when_it_was_said() -> None:
    text = ("Rockets hit Kirkuk airbase\n\nFour rockets were fired late on Monday at K-1 Air "
            "Base near Kirkuk, two police sources told Kestrel Radio on Tuesday.")
    events = drafted_events(text, PUBLISHED)
    assert [e.date for e in events if e.kind == "attack"] == ["2026-05-11"]


def test_a_group_and_one_relative_beside_it_are_counted_together() -> None:
    assert _tolls("A shepherd and his daughter were injured by the blast.") == [
        ("wounded", 2, 0)]
    assert _tolls("Two fighters and their families were killed.") == [("killed", 2, 0)]


def test_a_long_participle_phrase_with_a_possessive_still_ends_at_the_verb() -> None:
    assert _tolls("He said three guards from the unit protecting the camp's north gate were "
                  "slightly injured.") == [("wounded", 3, 0)]


def test_a_new_toll_says_its_kind_after_the_group() -> None:
    assert _tolls("On Tuesday it raised the toll to four villagers injured.") == [
        ("wounded", 4, 1)]


def test_a_place_the_hurt_were_taken_to_is_not_where_they_were_hurt() -> None:
    text = ("Mortar fire on Daquq\n\nMortar rounds hit a checkpoint in Daquq on Monday, "
            "wounding two policemen who were taken to the general hospital in Kirkuk.")
    events = [e for e in drafted_events(text, PUBLISHED) if e.kind == "attack"]
    assert len(events) == 1 and "Kirkuk" not in (events[0].place or "")


def test_a_later_toll_after_a_first_report_of_none_revises_the_opening_attack() -> None:
    text = "\n\n".join([
        "Rockets target K-1 base",
        "Three rockets were fired late on Monday at K-1 Air Base near Kirkuk, security "
        "sources said.",
        "The launch site was an orchard east of the base, a police officer said.",
        '"We heard three blasts," a resident said.',
        "First reports on Monday night spoke of no casualties. However, a second security "
        "source told reporters on Tuesday that two soldiers guarding the base's fuel depot "
        "were lightly wounded by shrapnel and taken to a hospital in Kirkuk.",
    ])
    assert ("2026-05-11", 0, 2) in day_tolls(drafted_events(text, PUBLISHED))
    assert len([e for e in drafted_events(text, PUBLISHED) if e.wounded]) == 1


def test_putting_the_number_at_revises_the_group_just_counted_in_the_sentence() -> None:
    text = ("Drone hits outpost\n\nA drone struck Tal Tamr on Sunday, killing a local guard "
            "and wounding two others. Officials at first said two Danish soldiers were "
            "hurt; the ministry later put the number at three.")
    assert ("2026-05-10", 1, 5) in day_tolls(drafted_events(text, PUBLISHED))


def test_an_undated_count_of_hurt_after_a_running_tally_of_attacks_is_no_event() -> None:
    text = ("Hearing on base attacks\n\nThe panel heard testimony on the wave of rocket and "
            "drone attacks by militias that began in mid-March.\n\nThe general said bases in "
            "the region had been attacked 40 times since March 2. He said 31 personnel had "
            "been injured, most of them slightly.")
    assert not [e for e in drafted_events(text, PUBLISHED) if e.wounded == 31]


def test_a_statement_telling_more_wounded_adds_them_to_the_attack_not_the_statement() -> None:
    text = ("Drone attack on Tal Tamr\n\nA drone struck the base at Tal Tamr on Sunday, "
            "wounding three soldiers, the army said.\n\nThe militia said in a statement "
            "Tuesday that two of its fighters guarding the base's outer fence were also "
            "wounded.")
    events = drafted_events(text, PUBLISHED)
    assert not [e for e in events if e.kind == "announcement" and e.wounded]
    assert [(e.date, e.wounded) for e in events if e.kind == "attack"] == [("2026-05-10", 5)]


def test_a_move_dated_just_before_the_officials_said_is_that_days() -> None:
    text = ("Troops leave outposts\n\nConvoys began pulling out of the outposts at Tal Tamr "
            "and Markada, both in Hasakah province, on Monday, the officials said, speaking "
            "on condition of anonymity about moves that have not been formally announced.")
    moves = [e for e in drafted_events(text, PUBLISHED) if e.kind == "withdrawal"]
    assert moves and all(e.date == "2026-05-11" for e in moves)


def test_a_count_given_in_an_update_on_a_later_day_revises_the_attack() -> None:
    text = ("Drone hits Tal Tamr base\n\nFour soldiers were injured when a drone struck the "
            "base at Tal Tamr early Sunday, the ministry said Monday.\n\nIn an update Monday "
            "evening, a ministry spokesperson said nine personnel had been evaluated for "
            "injuries.")
    events = [e for e in drafted_events(text, PUBLISHED) if e.wounded]
    assert [(e.date, e.wounded) for e in events] == [("2026-05-10", 9)]


def test_a_number_of_hurt_with_the_attack_named_before_its_verb_is_a_new_total() -> None:
    assert _tolls("The number of Danish soldiers wounded in Sunday's drone attack on the "
                  "base near Tal Tamr has risen to seven, a spokesperson said.") == [
        ("wounded", 7, 1)]
    assert _tolls("The number of troops in the region has risen to 4,000.") == []
