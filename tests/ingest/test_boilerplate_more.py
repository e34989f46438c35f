"""Furniture of pasted web pages (consent banners, menus, stamps, trailers) is boilerplate;
reporting that happens to use the same words is not."""

import pytest

from briefdeck.ingest import article_from_text
from briefdeck.ingest.boilerplate import classify, find_boilerplate

OPENING = (
    "A battery of Patriot interceptors arrived at an airbase in western Iraq late on "
    "Thursday, two officials from the coalition told reporters."
)
MIDDLE = (
    "The move follows a string of rocket attacks on bases that host foreign advisers, "
    "including one that wounded four contractors last month."
)
CLOSING = (
    "Commanders expect a second battery to follow within weeks, although no date has "
    "been set and the host government has yet to give its approval."
)

PAGE_FURNITURE = [
    ("cookie banner", "We use cookies to keep this site working and to measure our audience."),
    ("cookie banner", "Accept all"),
    ("cookie banner", "Reject all cookies"),
    ("cookie banner", "Manage preferences"),
    ("cookie banner", "Your privacy choices"),
    (
        "cookie banner",
        "We and our 812 partners store and/or access information on a device, such as "
        "unique IDs in cookies.",
    ),
    ("cookie banner", "By clicking “Accept”, you agree to the storing of cookies."),
    ("audio player", "Listen to this article"),
    ("audio player", "Listen to this article · 6 min"),
    ("audio player", "7 min"),
    ("audio player", "4 min read"),
    ("audio player", "Reading time: 3 minutes"),
    ("advertisement", "ADVERTISEMENT"),
    ("advertisement", "Sponsored content"),
    ("advertisement", "Skip advertisement"),
    ("advertisement", "Advertisement - scroll to continue"),
    ("advertisement", "Supported by"),
    ("newsletter", "Sign up for the Frontline Digest newsletter"),
    ("newsletter", "Sign up to get our weekly briefing in your inbox"),
    ("newsletter", "Enter your email"),
    ("newsletter", "Sign up"),
    ("newsletter", "Privacy Notice"),
    ("newsletter", "Email address"),
    ("newsletter", "You can unsubscribe at any time."),
    ("newsletter", "skip past newsletter promotion"),
    ("footer links", "Terms of use"),
    ("footer links", "Privacy policy"),
    ("footer links", "Accessibility"),
    ("footer links", "Help"),
    ("footer links", "About us"),
    ("footer links", "Work for us"),
    ("footer links", "Do not sell or share my personal information"),
    ("copyright", "All rights reserved"),
    ("page feedback", "Was this article helpful?"),
    ("page feedback", "Tell us what you think"),
    ("page feedback", "Comments are closed"),
    ("licence", "This article is licensed under a Creative Commons Attribution 4.0 licence."),
    ("licence", "Republish this article"),
    ("licence", "This story is republished from Harbor Ledger under a Creative Commons licence."),
    ("time stamp", "Updated 10:14 GMT"),
    ("time stamp", "Last modified on Wed 4 Nov 2026 09.12 EST"),
    ("time stamp", "Published 3 March 2021, Updated 4 March 2021 16:02"),
    ("time stamp", "Updated: June 9, 2022 at 7:41 a.m. ET"),
    ("time stamp", "Posted 3 hours ago"),
    ("story credits", "Associated Press writer Omar Haddad in Amman contributed to this report."),
    ("story credits", "Reporting by Nadia Saleh; Editing by Peter Grant"),
    ("story credits", "(Reporting by Lena Ortiz in Erbil; Writing by Tom Reyes)"),
    ("story credits", "Omar Haddad contributed reporting from Amman."),
    ("story credits", "Additional reporting by Li Wei"),
    ("story credits", "Contributing: Sam Bell, Harbor Ledger"),
    ("photo caption or credit", "Illustration: Ana Gomez"),
    ("photo caption or credit", "Photograph: Rami Aziz/Reuters"),
    ("photo caption or credit", "Photo: Defence ministry handout"),
    (
        "photo caption or credit",
        "Soldiers unload a launcher at the base. Photograph: Ken Ito/The Ledger",
    ),
    ("photo caption or credit", "Illustration by Mia Lund"),
    ("photo caption or credit", "Image source, Getty Images"),
    ("photo caption or credit", "Enlarge this image"),
    (
        "print edition note",
        "A version of this article appears in print on March 5, 2021, Section A, Page 8 "
        "of the New York edition with the headline: Missiles Arrive.",
    ),
    ("print edition note", "This article was amended on 6 March to correct a unit's name."),
    ("other stories", "Most read in World"),
    ("other stories", "Trending"),
    ("share buttons", "Share"),
    ("share buttons", "Share on Facebook"),
    ("share buttons", "Copy link"),
    ("share buttons", "Save"),
    ("share buttons", "Comment"),
    ("share buttons", "Share full article"),
    ("share buttons", "Follow us on Instagram"),
    ("share buttons", "Follow Harbor Ledger on Google News"),
    ("navigation", "Skip to main content"),
    ("navigation", "Skip to content"),
    ("navigation", "Sign in"),
    ("navigation", "Log in"),
    ("navigation", "Sign in | Subscribe"),
    ("navigation", "News Opinion Sport Culture Lifestyle"),
    ("subscribe", "Subscribe"),
    ("subscribe", "Subscribe to continue reading"),
    ("subscribe", "You have 2 free articles left this month."),
    ("subscribe", "You've reached your monthly limit of free stories."),
    ("subscribe", "Already have an account? Log in"),
    ("subscribe", "This preview of the story shows while we are checking your access."),
    ("article age", "This article is more than 4 years old"),
    ("navigation", "The Harbor Ledger - Back to home"),
    ("photo caption or credit", "Crates on the runway at dawn.Credit...Ken Ito for the Ledger"),
    ("story credits", "Reporting from Erbil, Iraq"),
    ("story credits", "Wire reporting by Nadia Saleh; editing by Peter Grant"),
    ("licence", "Purchase Licensing Rights"),
    ("licence", "Reuse this content"),
    ("newsletter", "By subscribing, you agree to our Terms of Service and Privacy Policy."),
    ("newsletter", "Want more stories like this? Get our free newsletter."),
    ("newsletter", "Thanks for reading. Sign up for alerts."),
    ("audio player", "Listen to this article · 6:12 min Learn more"),
    ("tags", "Explore more on these topics"),
]

# Reporting that borrows the furniture's words: none of it may be flagged.
SENTENCES = [
    "Officials said they would sign up more recruits next month.",
    "The cookie factory in Mosul was hit.",
    "Updated figures show 3,000 troops remain.",
    "Share prices fell after the strike.",
    "The report was published in print and online.",
    "Sign up bonuses for infantry recruits rose to $50,000 this year.",
    "The militia accepted all of the terms in the ceasefire.",
    "Manage the base's fuel supply, the order said, and report weekly.",
    "Listen to the radio traffic and you hear how close the rockets came.",
    "The convoy took 45 min to cross the bridge under fire.",
    "Advertisement boards along the highway were torn down by the militia.",
    "Privacy campaigners said the drones recorded faces in the market.",
    "Help arrived two hours later, when a medevac helicopter landed.",
    "The embassy said it was published in error and withdrew the notice.",
    "Reporting from the front is restricted by the defence ministry.",
    "Photographs taken by residents show smoke over the airfield.",
    "Save for a single platoon, the brigade has left the city.",
    "Follow-on forces are expected to arrive on Monday.",
    "Commenting on the strike, the colonel said the target was a depot.",
    "About 500 contractors work at the base, according to the embassy.",
    "Trending upward, attacks on supply convoys doubled in the spring.",
    "The general is a former correspondent's son who grew up in Basra.",
    "Subscribers to the militia's channel were told to stay indoors.",
    "Terms of the agreement were not disclosed by either government.",
    "Published figures from the ministry put the toll at 11 dead.",
    "The newsletter sent to families said the unit would be home by June.",
    "Accessibility ramps were built at the clinic by army engineers.",
    "Most of the troops read the order before dawn.",
    "Sponsored by the state, the militia answers to the prime minister.",
    '"Tell us what you think," the colonel said to the village elders.',
    "The command said the footage was licensed under strict conditions.",
    "Anna Berg is a retired colonel who advised the Iraqi army for a decade.",
    "Reporting from Erbil was made harder by the curfew, the crew said.",
    "Back to top-secret planning went the staff officers after the briefing.",
    "Credit for the rescue went to a Kurdish patrol, the embassy said.",
    "Thanks for reading the terms, the negotiator told the militia leaders.",
    "The channel is a state-run news network that often airs militia statements.",
]


def _article(*middle: str) -> str:
    return "\n\n".join((OPENING, *middle, MIDDLE, CLOSING))


def _rules_over(text: str, line: str) -> list[str]:
    start = text.index(line)
    return [f.rule for f in classify(text) if f.start <= start and start + len(line) <= f.end]


@pytest.mark.parametrize(("category", "line"), PAGE_FURNITURE)
def test_page_furniture_line_is_flagged_with_its_category(category, line):
    text = _article(line)
    assert _rules_over(text, line) == [category]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_reporting_that_borrows_furniture_words_is_not_boilerplate(sentence):
    assert find_boilerplate(_article(sentence)) == []


@pytest.mark.parametrize("sentence", SENTENCES)
def test_reporting_as_the_last_line_is_not_boilerplate(sentence):
    assert find_boilerplate("\n\n".join((OPENING, MIDDLE, sentence))) == []


def test_all_furniture_between_paragraphs_leaves_the_story_unflagged():
    text = _article(*(line for _, line in PAGE_FURNITURE), *SENTENCES)
    spans = find_boilerplate(text)
    for kept in (OPENING, MIDDLE, CLOSING, *SENTENCES):
        at = text.index(kept)
        assert not any(s < at + len(kept) and at < e for s, e in spans), kept
    for _, line in PAGE_FURNITURE:
        at = text.index(line)
        assert any(s <= at and at + len(line) <= e for s, e in spans), line


def test_menu_of_one_and_two_word_sections_inside_the_page_is_navigation():
    menu = ["News", "Opinion", "Sport", "Culture", "Lifestyle", "Middle East"]
    text = _article(*menu)
    flagged = [text[f.start : f.end] for f in classify(text) if f.rule == "navigation"]
    assert flagged == menu


def test_two_section_names_in_a_row_are_navigation():
    text = _article("World", "Middle East")
    assert [text[f.start : f.end] for f in classify(text)] == ["World", "Middle East"]


def test_long_run_of_title_case_links_is_navigation_even_with_unknown_names():
    menu = ["Frontline", "Dispatches", "Long Reads", "The Brief", "Explainers", "Maps"]
    text = _article(*menu)
    assert [text[f.start : f.end] for f in classify(text)] == menu


def test_list_of_bases_inside_the_story_is_not_a_menu():
    text = _article("Ain al-Asad", "Taji", "Erbil", "Qayyarah")
    assert find_boilerplate(text) == []


def test_footer_link_run_after_the_story_is_flagged():
    footer = ["About us", "Work for us", "Help", "Terms of use", "Privacy policy"]
    text = _article() + "\n\n" + "\n".join(footer)
    assert [text[f.start : f.end] for f in classify(text)] == footer


def test_numbered_most_read_list_is_other_stories():
    items = [
        "1",
        "Navy sends second carrier to the Gulf",
        "2",
        "Why drones keep slipping past air defences",
        "3",
        "Pentagon audit finds missing night-vision goggles",
    ]
    text = _article() + "\n\nMost popular\n" + "\n".join(items)
    flagged = [text[f.start : f.end] for f in classify(text) if f.rule == "other stories"]
    assert flagged == ["Most popular", *items]


def test_listen_prompt_and_its_length_are_both_flagged():
    text = _article("Listen to this article", "5 min")
    assert [text[f.start : f.end] for f in classify(text)] == ["Listen to this article", "5 min"]


def test_author_bio_after_the_story_is_flagged():
    bio = "Jo Ames is a correspondent for the Harbor Ledger based in Erbil."
    text = _article() + "\n\n" + bio + "\n\nShare\nCopy link"
    flagged = {text[f.start : f.end]: f.rule for f in classify(text)}
    assert flagged == {bio: "author bio", "Share": "share buttons", "Copy link": "share buttons"}


def test_writer_described_in_the_middle_of_the_story_is_kept():
    line = "Jo Ames is a correspondent for the Harbor Ledger based in Erbil."
    assert find_boilerplate(_article(line)) == []


def test_bio_line_with_a_quote_at_the_end_is_kept():
    line = 'Jo Ames is a reporter who said "the base is quiet" after her visit.'
    assert find_boilerplate(_article() + "\n\n" + line) == []


def test_updated_stamp_under_the_byline_still_gives_the_published_date():
    text = (
        "Patriot battery reaches western Iraq\nBy Jo Ames\nPublished March 5, 2021\n"
        "Updated 10:14 GMT\n\n" + _article()
    )
    article = article_from_text(text)
    assert article.published == "2021-03-05"
    assert article.headline == "Patriot battery reaches western Iraq"
    at = text.index("Updated 10:14 GMT")
    assert article.is_boilerplate(at, at + len("Updated 10:14 GMT"))


def test_consent_banner_above_the_menu_leaves_the_headline_found():
    text = (
        "We use cookies to give you the best experience on our site.\nAccept all\n"
        "Manage preferences\nNews\nWorld\nMiddle East\n\nPatriot battery reaches western Iraq\n"
        "By Jo Ames\n\n" + _article()
    )
    article = article_from_text(text)
    assert article.headline == "Patriot battery reaches western Iraq"
    assert article.byline == "Jo Ames"
    at = text.index("Patriot battery")
    assert not any(s < at + 10 and at < e for s, e in article.boilerplate)


def test_section_menu_with_an_abbreviation_is_navigation():
    menu = ["Menu", "World", "U.S.", "Politics", "Business"]
    text = "\n".join(menu) + "\n\nPatriot battery reaches western Iraq\n\n" + _article()
    assert [text[f.start : f.end] for f in classify(text)] == menu


def test_yes_and_no_under_a_feedback_prompt_are_page_feedback():
    text = _article() + "\n\nWas this page useful?\nYes\nNo"
    flagged = [text[f.start : f.end] for f in classify(text) if f.rule == "page feedback"]
    assert flagged == ["Was this page useful?", "Yes", "No"]


def test_writer_name_and_beat_line_at_the_end_are_author_bio():
    text = _article() + "\n\nOMAR HADDAD\nHaddad covers Iraq for the Harbor Ledger.\n\nShare"
    flagged = {text[f.start : f.end]: f.rule for f in classify(text)}
    assert flagged == {
        "OMAR HADDAD": "author bio",
        "Haddad covers Iraq for the Harbor Ledger.": "author bio",
        "Share": "share buttons",
    }


def test_outlet_blurb_at_the_end_is_flagged():
    blurb = "The Harbor Ledger is an independent news organisation based in Lisbon."
    text = _article() + "\n\n" + blurb
    assert [text[f.start : f.end] for f in classify(text)] == [blurb]


def test_topics_heading_flags_the_topic_names_under_it():
    topics = ["Iraq", "Middle East and north Africa", "US armed forces"]
    text = _article() + "\n\nExplore more on these topics\n" + "\n".join(topics)
    flagged = [text[f.start : f.end] for f in classify(text) if f.rule == "tags"]
    assert flagged == ["Explore more on these topics", *topics]
