"""Furniture of a ship's Plan of the Day, a museum's panel copy, a food blog's recipe card and
an internal memo's marking and method lines; with the captain's note, the panels, the blog
writer's story and reporting that borrows their words left alone. Every line is made up."""

from __future__ import annotations

import pytest
from furniture import is_flagged, read_page, rules_over

from briefdeck.ingest import article_from_text

PLAN = """UNCLASSIFIED - FOR SHIP'S COMPANY
USS HALLOWAY (DDG 140)
PLAN OF THE DAY
Tuesday, 3 June 2031
Uniform of the Day: Coveralls. Sunrise 0540 / Sunset 1850.
CDO: LT R. Quill | Duty Section: 3 | OOD (0800-1200): ENS T. Marr
Time\tEvent\tLocation
0600\tReveille\tAll spaces
0700-0800\tBreakfast\tMess decks
0900\tFlight quarters (MH-60S)\tFlight deck
CAPTAIN'S CORNER
Shipmates, on Sunday night we shot down three drones aimed at the tanker we escort.
"The team had seconds to decide," said LT Dana Pell, the watch officer.
XO NOTES
Mail: the next delivery is planned for Friday.
CMC NOTES
Congratulations to our 17 Sailors selected for advancement.
BIRTHDAYS
Happy birthday to BM2 Okoro and FC1 Sand!
"""


@pytest.mark.parametrize(
    "line",
    [
        "Uniform of the Day: Coveralls. Sunrise 0540 / Sunset 1850.",
        "CDO: LT R. Quill | Duty Section: 3 | OOD (0800-1200): ENS T. Marr",
        "Time\tEvent\tLocation",
        "0600\tReveille\tAll spaces",
        "0900\tFlight quarters (MH-60S)\tFlight deck",
        "XO NOTES",
        "Mail: the next delivery is planned for Friday.",
        "CMC NOTES",
        "Congratulations to our 17 Sailors selected for advancement.",
        "BIRTHDAYS",
        "Happy birthday to BM2 Okoro and FC1 Sand!",
    ],
)
def test_a_plan_of_the_days_routine_is_furniture(line: str) -> None:
    assert is_flagged(PLAN, line), line


@pytest.mark.parametrize(
    "line",
    [
        "USS HALLOWAY (DDG 140)",
        "PLAN OF THE DAY",
        "Tuesday, 3 June 2031",
        "CAPTAIN'S CORNER",
        "Shipmates, on Sunday night we shot down three drones aimed at the tanker we escort.",
        '"The team had seconds to decide," said LT Dana Pell, the watch officer.',
    ],
)
def test_a_plan_of_the_days_captains_note_stays(line: str) -> None:
    assert not is_flagged(PLAN, line), rules_over(PLAN, line)


def test_a_timeline_table_outside_a_plan_of_the_day_stays() -> None:
    text = (
        "Base attack: what we know\n\nTime\tEvent\tLocation\n2310\tTwo drones hit the "
        "hangar\tHangar 2\n2330\tSecond wave downed\tNorth fence\n\nOfficials said four "
        "people were hurt in the attack on the base.\n"
    )
    assert not is_flagged(text, "2310\tTwo drones hit the hangar\tHangar 2")


PANELS = """SHIELDS OVER THE DESERT: Air Defense, 2019-2031
Harlow Military Museum, Camp Rusk | Label copy for fabrication | Rev. 2, 9 May 2031
Curator: Dr. Ada Frisk | Copy editor: J. Voll | Fabricator: Ironleaf Studio, Dalton
[Type sizes: titles 60 pt, body 24 pt, labels 16 pt. Final after sign-off.]
CASE 3 - THE NIGHT AT KESTREL FIELD
(Target 120 words / Actual 114)
On 4 April 2031 four drones neared Kestrel Field; one hit a fuel truck and wounded two soldiers.
OBJECT 3.1 | Drone wing fragment from Kestrel Field. HMM.2031.004.1. Loan of the 9th Battalion.
[CURATOR NOTE: the unit confirmed two wounded on 6 April. Keep this figure.]
OBJECT CHECKLIST
Accession no.\tCase\tMount\tStatus
HMM.2031.004.1\t3\twall bracket\tinstalled
Photographs: U.S. Army / Sgt. Lio Banner; U.S. Air Force / Amn. Kit Roane.
This exhibition was made possible by the Rusk Heritage Fund and by gifts from veterans.
Visitor question card: What would you carry on a night shift?
"""


@pytest.mark.parametrize(
    "line",
    [
        "Harlow Military Museum, Camp Rusk | Label copy for fabrication | Rev. 2, 9 May 2031",
        "Curator: Dr. Ada Frisk | Copy editor: J. Voll | Fabricator: Ironleaf Studio, Dalton",
        "[Type sizes: titles 60 pt, body 24 pt, labels 16 pt. Final after sign-off.]",
        "(Target 120 words / Actual 114)",
        "[CURATOR NOTE: the unit confirmed two wounded on 6 April. Keep this figure.]",
        "OBJECT CHECKLIST",
        "Accession no.\tCase\tMount\tStatus",
        "HMM.2031.004.1\t3\twall bracket\tinstalled",
        "Photographs: U.S. Army / Sgt. Lio Banner; U.S. Air Force / Amn. Kit Roane.",
        "This exhibition was made possible by the Rusk Heritage Fund and by gifts from veterans.",
        "Visitor question card: What would you carry on a night shift?",
    ],
)
def test_panel_copys_notes_to_its_makers_are_furniture(line: str) -> None:
    assert is_flagged(PANELS, line), line


@pytest.mark.parametrize(
    "line",
    [
        "SHIELDS OVER THE DESERT: Air Defense, 2019-2031",
        "On 4 April 2031 four drones neared Kestrel Field; one hit a fuel truck and wounded two "
        "soldiers.",
        "OBJECT 3.1 | Drone wing fragment from Kestrel Field. HMM.2031.004.1. Loan of the 9th "
        "Battalion.",
    ],
)
def test_the_panels_and_object_labels_stay(line: str) -> None:
    assert not is_flagged(PANELS, line), rules_over(PANELS, line)


@pytest.mark.parametrize(
    "line",
    [
        "[Translator's note: 12 Farvardin corresponds to 1 April, the day of the first strike.]",
        "[Editor's note: this story was updated with the ministry's toll of three.]",
        "The cabinet sent the text for approval to parliament on Monday, a minister said.",
        "This project is funded by the State Department and clears mines near the border.",
    ],
)
def test_notes_to_readers_and_news_sentences_stay(line: str) -> None:
    text = f"Rockets hit the town on Sunday.\n\n{line}\n\nTwo people were wounded.\n"
    assert not is_flagged(text, line), rules_over(text, line)


def test_an_equipment_list_in_a_report_stays() -> None:
    text = (
        "Equipment list\nSystem\tQuantity\tSite\nPatriot launcher\t4\tKestrel Field\n\n"
        "The battalion moved the launchers in April, officials said.\n"
    )
    assert not is_flagged(text, "Patriot launcher\t4\tKestrel Field")


RECIPE = """Olive Grove Kitchen | Home | Recipes | About
Bunker Bean Stew
Posted May 4, 2031 by Lia Moran · 9 comments
Jump to Recipe · Print Recipe
This post may contain affiliate links. Read my disclosure policy.
★★★★☆ 4.6 from 21 votes
On Saturday night the sirens sent us to the shelter again. Two rockets hit a field; no one was hurt.
So, stew: it waits on the stove while you wait in the shelter.
Bunker Bean Stew
Prep Time 10 mins · Cook Time 50 mins · Servings 4
Ingredients
2 cups white beans, soaked
1 onion, chopped
4 cups stock
Instructions
1. Soften the onion for 5 minutes.
2. Add beans and stock and simmer 45 minutes.
Tried this recipe? Tag @olivegrovekitchen on Instagram.
Leave a comment · Your email address will not be published. Required fields are marked *
"""


@pytest.mark.parametrize(
    "line",
    [
        "Jump to Recipe · Print Recipe",
        "This post may contain affiliate links. Read my disclosure policy.",
        "★★★★☆ 4.6 from 21 votes",
        "Ingredients",
        "2 cups white beans, soaked",
        "4 cups stock",
        "Instructions",
        "2. Add beans and stock and simmer 45 minutes.",
        "Tried this recipe? Tag @olivegrovekitchen on Instagram.",
        "Leave a comment · Your email address will not be published. Required fields are marked *",
    ],
)
def test_a_recipe_cards_lines_are_furniture(line: str) -> None:
    assert is_flagged(RECIPE, line), line


@pytest.mark.parametrize(
    "line",
    [
        "On Saturday night the sirens sent us to the shelter again. Two rockets hit a field; no "
        "one was hurt.",
        "So, stew: it waits on the stove while you wait in the shelter.",
    ],
)
def test_a_recipe_blogs_story_stays(line: str) -> None:
    assert not is_flagged(RECIPE, line), rules_over(RECIPE, line)


def test_an_ingredients_list_outside_a_recipe_stays() -> None:
    text = (
        "Police found the workshop on Monday.\n\nIngredients\n40 kg fertiliser\n"
        "12 detonators\n\nThe men face charges, prosecutors said.\n"
    )
    assert not is_flagged(text, "40 kg fertiliser")


MEMO = """INTERNAL - FIELD WELFARE - Do not forward outside the agency
MEMORANDUM
TO: Country Director
SUBJECT: Staff check-in after the May strikes
Results of the staff check-in show that 80 of our 95 staff answered.
Method: anonymous online form, open 5-12 May 2031. Percentages are rounded.
"""


@pytest.mark.parametrize(
    "line",
    [
        "INTERNAL - FIELD WELFARE - Do not forward outside the agency",
        "Method: anonymous online form, open 5-12 May 2031. Percentages are rounded.",
    ],
)
def test_an_internal_memos_marking_and_method_lines_are_furniture(line: str) -> None:
    assert is_flagged(MEMO, line), line


def test_a_poll_releases_method_with_its_margin_of_error_stays() -> None:
    line = (
        "Method: anonymous online questionnaire of 1,012 adults, 2-6 May; margin of error "
        "plus or minus 3 points."
    )
    text = f"Most voters back the deployment, a poll found.\n\n{line}\n"
    assert not is_flagged(text, line), rules_over(text, line)


def test_a_posts_comment_count_is_flagged_and_its_date_and_writer_stay() -> None:
    assert "comment count" in rules_over(RECIPE, "· 9 comments")
    assert not is_flagged(RECIPE, "Posted May 4, 2031 by Lia Moran")
    assert article_from_text(RECIPE, "stew.md").published == "2031-05-04"


def test_a_markdown_headings_attribute_block_is_no_part_of_its_words(tmp_path) -> None:
    page = "# Bean stew {#top}\n\nThe sirens went off at nine.\n\n## The recipe {#recipe .card}\n"
    text = read_page(tmp_path, "stew.md", page).text
    assert "The recipe\n" in text + "\n" and "{#" not in text
