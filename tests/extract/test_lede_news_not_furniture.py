"""The BLUF says the news, not the room, a sub-headline or the document's name; the outlook is
what the report expects, not the writer's plan for the mailing."""

from __future__ import annotations

from briefdeck.extract import draft_briefing
from briefdeck.extract.lede_filters import room_colour, title_line, writers_plan
from briefdeck.ingest.article import Article

SPRAY = (
    "Subject: Pool report 2 -- Cabinet Room spray\n\n"
    "The Governor sat at the head of the table with her chief of staff standing behind the "
    "chair and two aides near the window.\n\n"
    "The Governor told the pool that the state would deploy 300 Guard troops to the border "
    "crossing at Millbrook by Friday after the overnight shelling.\n\n"
    "She signed a bill on school meals afterwards; will send a separate report if there's "
    "interest.\n"
)

SUB_HEADLINE = (
    "Three Men Charged over Rocket Parts Shipped to Armed Group\n\n"
    "Components Allegedly Found in Rockets Fired at Camp Taji and Balad Air Base\n\n"
    "A federal grand jury in Ohio returned an indictment on Tuesday charging three men with "
    "shipping rocket motor parts to an armed group that fired them at Camp Taji in Iraq.\n\n"
    "Two of the men were arrested in Cleveland on Wednesday and a third remains at large.\n"
)

EXHIBIT = (
    "Department of the Navy Fiscal Year 2028 Budget Request\n\n"
    + "".join(f"Line {i}\n\n{i * 7}\n\n" for i in range(1, 12))
    + "Justification:\n\n"
    "The Fiscal Year 2028 Budget Request asks for $88.4 million for 400 rolling airframe "
    "missiles to replace those fired in defence of ships in the Red Sea since October.\n"
)


def test_who_sat_where_does_not_lead_the_bluf():
    bluf = draft_briefing(Article(text=SPRAY), published="2026-11-24").narrative.bluf
    assert "sat at the head of the table" not in bluf
    assert bluf.startswith("The Governor told the pool")


def test_the_writers_plan_for_the_mailing_is_no_outlook():
    out = draft_briefing(Article(text=SPRAY), published="2026-11-24").narrative.outlook
    assert "separate report" not in out


def test_a_sub_headline_in_title_case_gives_way_to_the_news():
    bluf = draft_briefing(Article(text=SUB_HEADLINE), published="2026-11-13").narrative.bluf
    assert not bluf.startswith("Components Allegedly Found")
    assert bluf.startswith("A federal grand jury in Ohio returned an indictment")


def test_a_documents_name_gives_way_to_its_first_news_past_the_tables():
    bluf = draft_briefing(Article(text=EXHIBIT), published="2026-11-20").narrative.bluf
    assert not bluf.startswith("Department of the Navy")
    assert "$88.4 million for 400 rolling airframe missiles" in bluf


def test_a_seated_leader_who_speaks_or_acts_is_news():
    assert not room_colour("The President, seated by the fireplace, said the strikes would go on.")
    assert not room_colour("Standing at the podium, the minister announced two new batteries.")
    assert room_colour("A map of the region was on an easel near the podium.")


def test_a_title_is_told_from_a_sentence():
    assert title_line("Parts Recovered from Drones Used in Attack on Erbil Air Base")
    assert not title_line("Parts recovered from drones were used in the attack on Erbil.")
    assert not title_line("Erbil Air Base")


def test_only_the_writers_plan_is_cut_from_an_outlook():
    assert writers_plan("Strikes will continue; will send more when we have it.") == \
        "Strikes will continue"
    assert writers_plan("The battalion will send two companies to Erbil.") == \
        "The battalion will send two companies to Erbil."


def test_stances_are_not_colour_and_a_governments_plan_stays_an_outlook():
    from briefdeck.extract.lede_filters import room_colour, writers_plan

    for words in ("The ministry is standing by its account of the raid on the depot.",
                  "Washington is leaning on Baghdad to rein in the groups.",
                  "The talks opened against the backdrop of renewed fighting in the north."):
        assert not room_colour(words), words
    plan = "We will send additional Patriot batteries to the region next month."
    assert writers_plan(plan) == plan
