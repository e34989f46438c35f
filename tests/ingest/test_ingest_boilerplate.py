"""Boilerplate lines are flagged by category; sentences of reporting are not."""

import pytest

from briefdeck.ingest.boilerplate import classify, find_boilerplate, merge

# A real paragraph before and after, so that top/bottom heuristics see a story body.
OPENING = (
    "Two battalions of the 82nd Airborne Division began moving to a staging area in "
    "eastern Poland on Monday, a spokesman for the division said."
)
CLOSING = (
    "The soldiers are expected to stay for at least six months while allies review "
    "their air-defence needs along the border."
)

BOILERPLATE = [
    ("browser warning", "Internet Explorer 11 is not supported on this site. Switch browsers."),
    ("browser warning", "Please enable JavaScript to view this page."),
    ("app promotion", "Download the Harbor Ledger app for alerts on your phone"),
    (
        "photo caption or credit",
        "Engineers unload crates at a forward base. Lee Chang / AFP via Getty Images",
    ),
    ("photo caption or credit", "A destroyer leaves port before dawn. REUTERS/Tom Field"),
    ("photo caption or credit", "Photo: Dana Ruiz"),
    ("photo caption or credit", "An honor guard stands at attention (Photo by Sam Lee)"),
    ("photo caption or credit", "U.S. Army photo by Sgt. Alma Reyes"),
    ("photo caption or credit", "Tanks cross a river during drills. Reuters"),
    ("photo caption or credit", "Medics carry a stretcher to a helicopter. (AP Photo/Jon Marsh)"),
    ("photo caption or credit", "Image: Ministry of Defence handout"),
    ("image file name", "IMG_1234.jpg"),
    ("other stories", "Related: Army picks site for new ammunition depot"),
    ("other stories", "Read more: Navy trims its shipbuilding plan"),
    ("other stories", "More from Harbor Ledger"),
    ("other stories", "Recommended"),
    ("tags", "Tags: Iraq, Syria, Pentagon, air defense"),
    ("correction link", "Report a correction or typo"),
    ("copyright", "© 2024 Harbor Ledger Media"),
    ("copyright", "Copyright 2019 Example News Group. All rights reserved."),
    ("contact", "Contact us"),
    ("contact", "Got a tip? Email the newsroom"),
    ("newsletter", "Sign up for our Morning Briefing newsletter"),
    ("newsletter", "Get the day's top stories delivered to your inbox"),
    ("share buttons", "Share this article"),
    ("share buttons", "Facebook Twitter Email"),
    ("navigation", "Home | World | Politics | Opinion"),
    ("navigation", "News › Defense › Middle East"),
    ("navigation", "World » Europe"),
    ("navigation", "Skip to main content"),
    ("page id", "Article ID: 558123"),
    ("page id", "ncna1160221"),
    ("advertisement", "Advertisement"),
    ("advertisement", "Story continues below advertisement"),
    (
        "cookie banner",
        "We use cookies to personalise content and ads. By continuing you accept our policy.",
    ),
    ("subscribe", "Subscribe"),
    ("subscribe", "Already a subscriber? Sign in"),
    ("press release furniture", "FOR IMMEDIATE RELEASE"),
    ("story credits", "Reporting by Jane Roe; Editing by Mark Poe"),
    ("page number", "Page 2 of 5"),
    ("press release furniture", "– 30 –"),
    (
        "press release furniture",
        "About Task Force Meridian: the task force trains partner "
        "forces in logistics and has headquarters in two countries.",
    ),
    ("contact", "For media inquiries, contact the public affairs office at pa@example.mil"),
    ("share buttons", "Follow the command on X: @example | Facebook | YouTube"),
    ("page id", "Release 20210303-02"),
    ("navigation", "ANALYSIS | EUROPE"),
    ("advertisement", "Sponsored stories"),
    ("web address", "https://news.example.com/world/base-closes-n1234 2/4"),
]

SENTENCES = [
    "The drone was shot down near the border, according to Reuters.",
    "Officials said the photo showed damage to a hangar at the base.",
    "More than 300 troops will move to the base in the coming weeks.",
    "Contact with the patrol was lost shortly after midnight, the ministry said.",
    "Share prices of defense firms rose after the announcement.",
    "Home to about 2,500 U.S. troops, the base sits west of the capital.",
    "Subscribers to the ministry's alert service got a warning at 6 a.m.",
    "Watch officers on the bridge spotted the boat at dusk.",
    "Copyright law was not at issue in the case, the judge said.",
    "Tags on the crates showed they came from a depot in the south.",
    "Related to the strike, two officers were relieved of command.",
    "Troops were told to download the new messaging app before deploying.",
    "The newsletter of the veterans' group published the list last week.",
    "He said the cookies were handed out to children at the checkpoint.",
    "About 40 sailors were treated for smoke inhalation, the Navy said.",
    '"We will not announce a timetable," the spokeswoman said.',
    "The new helmets were designed for a better experience in cold weather.",
    "The unit's browser-based logistics system was outdated, an audit found.",
    "Soldiers handed out cookies and the villagers seemed happy to accept them.",
]


def _article(*middle: str) -> str:
    return "\n\n".join((OPENING, *middle, CLOSING))


@pytest.mark.parametrize(("category", "line"), BOILERPLATE)
def test_boilerplate_line_is_flagged_with_its_category(category, line):
    text = _article(line)
    start = text.index(line)
    flags = [f for f in classify(text) if f.start <= start and start + len(line) <= f.end]
    assert [f.rule for f in flags] == [category]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_sentence_of_reporting_is_not_boilerplate(sentence):
    assert find_boilerplate(_article(sentence)) == []


def test_story_paragraphs_around_boilerplate_stay_unflagged():
    text = _article(*(line for _, line in BOILERPLATE[:5]), *SENTENCES)
    spans = find_boilerplate(text)
    for kept in (OPENING, CLOSING, *SENTENCES):
        at = text.index(kept)
        assert not any(s < at + len(kept) and at < e for s, e in spans), kept


def test_image_file_name_inside_a_sentence_flags_only_the_name():
    line = (
        "The file photo_0042.png was attached to a statement that listed four damaged "
        "vehicles and two destroyed generators at the site."
    )
    text = _article(line)
    flags = [f for f in classify(text) if f.rule == "image file name"]
    assert [text[f.start : f.end] for f in flags] == ["photo_0042.png"]


def test_list_of_other_stories_under_a_heading_is_flagged():
    heads = ["Army picks site for new depot", "Senators question shipyard delays"]
    text = _article("Most read", *heads)
    flagged = {text[f.start : f.end] for f in classify(text) if f.rule == "other stories"}
    assert flagged == {"Most read", *heads}


def test_headline_like_lines_after_the_story_are_other_stories():
    heads = [
        "Pentagon weighs new base in Poland",
        "Navy tests drone swarm offshore",
        "Army cuts its recruiting goal again",
    ]
    text = _article() + "\n\n" + "\n".join(heads)
    assert [text[f.start : f.end] for f in classify(text)] == heads


def test_two_short_fact_lines_after_the_story_are_kept():
    text = _article() + "\n\nTroops in the country: 5,200\nBases closing this year: three"
    assert find_boilerplate(text) == []


def test_menu_of_short_lines_at_the_top_is_navigation():
    menu = ["Home", "World", "Defense", "Opinion"]
    text = "\n".join(menu) + "\n\nArmy shifts brigade to Poland\n\n" + _article()
    flags = classify(text)
    assert [text[f.start : f.end] for f in flags] == menu
    assert {f.rule for f in flags} == {"navigation"}


def test_short_list_inside_the_story_is_not_navigation():
    text = _article("Taji", "Irbil", "Ain al-Asad")
    assert find_boilerplate(text) == []


def test_headline_byline_and_date_at_the_top_are_not_navigation():
    text = "Army shifts brigade to Poland\nBy Jo Ames\nMarch 3, 2021\n\n" + _article()
    assert find_boilerplate(text) == []


def test_spans_are_sorted_and_merged_across_blank_lines():
    text = _article("Advertisement", "Share this article", "Tags: Navy")
    spans = find_boilerplate(text)
    assert len(spans) == 1
    start, end = spans[0]
    assert text[start:end] == "Advertisement\n\nShare this article\n\nTags: Navy"


def test_merge_keeps_apart_spans_separated_by_words():
    text = "aaa bbb ccc"
    assert merge([(8, 11), (0, 3), (2, 3)], text) == [(0, 3), (8, 11)]
    assert merge([(0, 3), (4, 7)], text) == [(0, 7)]


def test_bulleted_and_question_headlines_under_related_are_other_stories():
    items = [
        "- Why are drones so hard to stop?",
        "- The Army has 30 brigades. Here is where they train.",
    ]
    text = _article("Related:", *items)
    flagged = {text[f.start : f.end] for f in classify(text) if f.rule == "other stories"}
    assert flagged == {"Related:", *items}


def test_words_under_a_bare_tags_heading_are_tags():
    text = _article("Tags", "Pentagon", "Air defense", "Poland")
    flagged = [text[f.start : f.end] for f in classify(text) if f.rule == "tags"]
    assert flagged == ["Tags", "Pentagon", "Air defense", "Poland"]


def test_subheading_after_an_advertisement_line_is_kept():
    text = _article("Advertisement", "What the move means for allies")
    flagged = [text[f.start : f.end] for f in classify(text)]
    assert flagged == ["Advertisement"]
