"""Furniture of particular kinds of publication (live blogs, wire copy, command releases, PDF
and Word reports, newsletters, research notes, regional sites) is boilerplate; reporting that
borrows its words is not."""

import pytest

from briefdeck.ingest import article_from_text
from briefdeck.ingest.boilerplate import classify, find_boilerplate
from briefdeck.ingest.pdf import reflow

OPENING = (
    "Engineers finished a new runway at the northern airbase on Friday, allowing heavier "
    "transport aircraft to land there for the first time, a base spokesman said."
)
MIDDLE = (
    "The work took eleven months and cost about $40 million, according to figures given to "
    "lawmakers, and was delayed twice by rocket fire on the construction site."
)
CLOSING = (
    "A second runway is planned but has not been funded, and officials said no decision "
    "would be taken before the next budget is agreed in the autumn."
)

FURNITURE = [
    # live blogs
    ("live blog", "Live"),
    ("live blog", "LIVE UPDATES"),
    ("live blog", "Key events"),
    ("live blog", "Live feed"),
    ("live blog", "Show key events only"),
    ("live blog", "Load more updates"),
    ("live blog", "Newest first"),
    ("live blog", "Pinned post"),
    ("live blog", "3h ago Navy says destroyer downed two drones over the Gulf of Aden"),
    ("time stamp", "Updated 5h ago"),
    ("time stamp", "12:07 GMT"),
    ("time stamp", "Wed 12 Jun 2024 08.15 BST"),
    ("time stamp", "40m ago"),
    ("time stamp", "Issued on 14 May 2024"),
    ("byline", "Ana Flores (now) and Ben Osei (earlier)"),
    # wire copy
    ("agency credit", "By Reuters"),
    ("agency credit", "By AFP and Reuters"),
    ("agency credit", "— AFP"),
    ("agency credit", "Associated Press"),
    ("agency credit", "Staff and agencies"),
    ("agency credit", "Harbor Ledger and news agencies"),
    ("agency credit", "ab/cde/fg"),
    ("licence", "This material may not be published, broadcast, rewritten or redistributed."),
    ("other stories", "Follow the Ledger's coverage of the war at https://ledger.example/war"),
    (
        "licence",
        "The Ledger receives support from several foundations. It is solely "
        "responsible for all content.",
    ),
    ("byline", "Harbor Ledger • June 3, 2024"),
    ("byline", "By Ana Flores | Harbor Ledger | 3 June 2024"),
    ("separator", "___"),
    # picture credits, wire and regional
    ("photo caption or credit", "FILE - Sailors stand on the deck of a frigate in port, 2022."),
    (
        "photo caption or credit",
        "A handout image shows a crater beside the runway. (Handout / Reuters)",
    ),
    ("photo caption or credit", "Żołnierze podczas ćwiczeń na poligonie. Fot. Jan Nowak"),
    ("photo caption or credit", "Soldiers at the range near the border (fot. PAP/Anna Lis)"),
    ("photo caption or credit", "Foto: Ministerstwo Obrony"),
    ("story credits", "Source: PAP, Harbor Ledger"),
    ("other stories", "Read also: Army receives its first rocket launchers"),
    ("other stories", "Czytaj także: Nowe wyrzutnie dla wojska"),
    ("link", "Click here to read the full assessment with maps."),
    # command and government releases
    ("press release furniture", "From Joint Task Force Harbor Public Affairs"),
    ("press release furniture", "From: Department of Defence and the Minister for Defence"),
    ("press release furniture", "IMMEDIATE RELEASE"),
    ("press release furniture", "(As delivered)"),
    ("page id", "Press Release (2024) 071"),
    ("page id", "VIRIN: 240512-A-ZZ123-1001"),
    ("contact", "Media inquiries: pa@example.mil"),
    ("contact", "Tel: +44 (0) 20 7946 0000"),
    ("contact", "Duty press officer: ext. 2210"),
    ("contact", "Harbor Ledger newsroom, desk@ledger.example"),
    ("hashtags", "#ReadyToFight #Allies #AirDefence"),
    ("government site banner", "An official website of the United States government"),
    ("government site banner", "Here's how you know"),
    ("government site banner", "Secure .mil websites use HTTPS"),
    ("government site banner", "Hosted by Defense Media Activity - WEB.mil"),
    (
        "disclaimer",
        "The appearance of hyperlinks does not constitute endorsement by the "
        "department of the linked websites.",
    ),
    ("cookie banner", "Cookies on this government website"),
    ("photo caption or credit", "Download Hi-Res"),
    # reports and digests read from PDF or Word
    ("protective marking", "UNCLASSIFIED"),
    ("protective marking", "OFFICIAL-SENSITIVE"),
    ("protective marking", "UNCLASSIFIED//FOR OFFICIAL USE ONLY"),
    ("protective marking", "TLP:CLEAR"),
    ("protective marking", "Classification: Unclassified"),
    ("distribution note", "Distribution: task force staff only. Do not forward."),
    ("distribution note", "Approved for public release; distribution is unlimited."),
    ("distribution note", "Not for publication"),
    ("disclaimer", "The views expressed in this paper are solely those of the authors."),
    ("disclaimer", "Opinions expressed are those of the author and do not represent the centre."),
    ("disclaimer", "Listing of an article does not imply that the desk has verified it."),
    ("story credits", "Compiled by the Press Office, Joint Operations Command."),
    ("edition line", "Issue 31 | Monday, 2 September 2024 | Period covered: 48 hours"),
    ("edition line", "Vol. 4, No. 9"),
    ("edition line", "Policy Brief No. 7/2024"),
    # research notes and newsletters
    ("endnotes", "[4] https://example.org/statements/2024/05/strike"),
    (
        "endnotes",
        "[12] Ministry of Defence, “Statement on the strikes,” 3 May 2024, "
        "https://example.gov/news/3",
    ),
    ("endnotes", "[7] Ibid."),
    ("endnotes", "Endnotes"),
    ("web address", "https://t.me/example/112; https://x.com/example/status/99"),
    (
        "subscribe",
        "Frontline Notes is a reader-supported publication. To receive new posts "
        "and support my work, consider becoming a free or paid subscriber.",
    ),
    ("subscribe", "Upgrade to paid"),
    ("share buttons", "Restack"),
    ("share buttons", "12 likes"),
    ("newsletter", "The week's best defence reporting, delivered every Friday"),
    (
        "newsletter",
        "We will only use your email to send you the digest. See our privacy notice for details.",
    ),
]

# Reporting that borrows the furniture's words: none of it may be flagged.
SENTENCES = [
    "The Pentagon said in a statement that the strikes hit three depots.",
    "Photos showed smoke rising over the harbour after the second blast.",
    "Residents were told to download the app that carries air-raid warnings.",
    "Share prices of drone makers rose after the contract was announced.",
    "Soldiers were told not to share their locations on social media.",
    "The app used by the militia to coordinate attacks was taken offline.",
    "Live fire drills resumed at the range on Tuesday, the army said.",
    "Key events in the campaign are listed in an annex to the report.",
    "Two hours ago the ministry said it had no information on casualties.",
    "The first missile struck at 03:40 GMT, according to the navy.",
    "Distribution of aid resumed after the crossing reopened on Sunday.",
    "The views expressed by the minister do not necessarily reflect government policy, "
    "a spokesman said.",
    "The findings are those of an internal army review, officials said.",
    "Produced by the Pentagon, the report says attacks fell by half.",
    "Prepared by engineers over two years, the plan calls for three new hangars.",
    "Immediate release of the detained crew is demanded by the union.",
    "Source material for the assessment came from intercepted radio traffic.",
    "Follow-up coverage of the inquiry is expected to focus on the air defences.",
    "Sources: two officials with knowledge of the plan said it was approved.",
    "The edition of the manual issued in 2019 was withdrawn after complaints.",
    "Issue 12 of the militia's magazine praised the attack on the base.",
    "Click here, the recruit was told, and the drone's camera switched on.",
    "From the port, the convoy drove north to the border crossing at dawn.",
    "Media reports said the convoy was hit twice before it reached the city.",
    "The battalion's commander said its soldiers were 'delivered every morning' to the "
    "front by bus.",
    "Classified documents were found in the office, the investigators said.",
    "Restricted areas around the base were widened after the attack.",
    "Official figures put the number of displaced people at 40,000.",
    "Agencies including the Red Cross said the road was unsafe.",
    "The consulate's phone line, +44 20 7946 0000, was flooded with calls.",
    "Hashtags praising the strike spread quickly on militia channels.",
    "Breaking the siege took four months, a commander said.",
    "Do not publish the names of the pilots, the commander told reporters.",
    "Follow the coverage of the trial closely, the minister urged lawmakers.",
    "Not for the first time, the convoy was stopped at the checkpoint.",
]


def _article(*middle: str) -> str:
    return "\n\n".join((OPENING, *middle, MIDDLE, CLOSING))


def _rules_over(text: str, line: str) -> list[str]:
    start = text.index(line)
    return [f.rule for f in classify(text) if f.start <= start and start + len(line) <= f.end]


def _flagged(text: str) -> dict[str, str]:
    return {text[f.start : f.end]: f.rule for f in classify(text)}


@pytest.mark.parametrize(("category", "line"), FURNITURE)
def test_publication_furniture_is_flagged_with_its_category(category, line):
    assert _rules_over(_article(line), line) == [category]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_reporting_that_borrows_publication_words_is_not_boilerplate(sentence):
    assert find_boilerplate(_article(sentence)) == []


@pytest.mark.parametrize("sentence", SENTENCES)
def test_reporting_as_first_or_last_line_is_not_boilerplate(sentence):
    assert find_boilerplate("\n\n".join((sentence, OPENING, MIDDLE))) == []
    assert find_boilerplate("\n\n".join((OPENING, MIDDLE, sentence))) == []


def test_running_header_repeated_on_each_page_is_flagged():
    header = ["CENTRE FOR BORDER STUDIES", "Occasional Paper No. 3", "Border Notes | Public"]
    page = lambda n: "\n\n".join((*header, f"Page {n} of 2"))  # noqa: E731
    text = "\n\n".join((page(1), "Runway finished", OPENING, MIDDLE, page(2), CLOSING))
    flagged = [text[f.start : f.end] for f in classify(text)]
    for line in header:
        assert flagged.count(line) == 2, line
    assert OPENING not in flagged and "Runway finished" not in flagged


def test_running_footer_above_bare_page_numbers_is_flagged():
    body = [OPENING, MIDDLE, CLOSING] * 3
    text = "\n\n".join(
        [*body, "Harbor Institute | Notes", "1", *body, "Harbor Institute | Notes", "2", *body]
    )
    assert _flagged(text) == {
        "Harbor Institute | Notes": "running header or footer",
        "1": "page number",
        "2": "page number",
    }


def test_numbered_list_does_not_make_repeated_lines_running_heads():
    items = ["1", "Air defence", "2", "Runways", "3", "Air defence"]
    text = _article(*items, OPENING, MIDDLE, CLOSING, OPENING, MIDDLE)
    assert "Air defence" not in _flagged(text)


def test_marking_that_opens_and_closes_a_document_is_flagged():
    text = "\n\n".join(("OFFICIAL", "Weekly Press Summary", OPENING, MIDDLE, "OFFICIAL"))
    assert [f.rule for f in classify(text)] == ["protective marking"] * 2


def test_line_repeated_in_the_middle_of_the_story_is_kept():
    text = _article("What comes next", OPENING, "What comes next")
    assert find_boilerplate(text) == []


def test_title_repeated_as_a_running_head_still_heads_the_story():
    title = "Runway opens at the northern airbase"
    text = "\n\n".join((title, OPENING, "Page 1 of 2", title, MIDDLE, CLOSING, "Page 2 of 2"))
    article = article_from_text(text)
    assert article.headline == title
    second = text.index(title, 1)
    assert article.is_boilerplate(second, second + len(title))


def test_lines_of_a_media_contact_block_are_contact():
    block = [
        "Media contact:",
        "Joint Task Force Public Affairs",
        "Press Operations",
        "Tel: 555 0100",
    ]
    text = _article() + "\n\n" + "\n".join(block) + "\n\nThe airbase remains open."
    flagged = _flagged(text)
    assert [flagged.get(line) for line in block] == ["contact"] * 4
    assert "The airbase remains open." not in flagged


def test_breadcrumb_under_home_is_navigation():
    text = "Home\nDefence and armed forces\n\nRunway opens at the northern airbase\n\n" + _article()
    flagged = _flagged(text)
    assert flagged == {"Home": "navigation", "Defence and armed forces": "navigation"}


def test_headline_straight_under_a_breadcrumb_is_kept():
    text = "Home\nDefence\nRunway opens at airbase\n" + _article()
    article = article_from_text(text)
    assert article.headline == "Runway opens at airbase"
    assert _flagged(text) == {"Home": "navigation", "Defence": "navigation"}


def test_sentence_case_headline_above_a_menu_bar_is_kept():
    text = "Runway opens at the airbase\nHome | World | Politics\n\n" + _article()
    assert article_from_text(text).headline == "Runway opens at the airbase"


def test_masthead_above_the_menu_is_navigation_but_the_headline_is_kept():
    text = (
        "Joint Task Force Harbor\nNewsroom | Press Releases\n\n"
        "Runway opens at the northern airbase\n\n" + _article()
    )
    article = article_from_text(text)
    assert article.headline == "Runway opens at the northern airbase"
    assert _flagged(text) == {
        "Joint Task Force Harbor": "navigation",
        "Newsroom | Press Releases": "navigation",
    }


def test_section_label_above_the_headline_is_navigation():
    text = "Middle East\nRunway opens at the northern airbase\n\n" + _article()
    assert _flagged(text) == {"Middle East": "navigation"}
    assert article_from_text(text).headline == "Runway opens at the northern airbase"


def test_writer_name_under_share_closes_a_live_blog_update():
    update = "2h ago\n10:02 GMT\nRunway reopens\n\n" + OPENING + "\n\nShare\nAna Flores"
    text = (
        update + "\n\n" + "4h ago\n08:10 GMT\nEarlier update\n\n" + MIDDLE + "\n\nShare\nBen Osei"
    )
    flagged = _flagged(text)
    assert flagged["Ana Flores"] == "byline" and flagged["Ben Osei"] == "byline"
    assert flagged["2h ago"] == "time stamp" and flagged["10:02 GMT"] == "time stamp"
    assert "Runway reopens" not in flagged and "Earlier update" not in flagged


def test_name_after_share_that_starts_a_paragraph_is_kept():
    text = _article("Share\nAna Flores, the base commander, said the runway was ready.")
    assert _flagged(text) == {"Share": "share buttons"}


def test_line_inside_a_newsletter_box_is_newsletter():
    box = [
        "Sign up to Frontline Notes",
        "A fresh look at the region, hand-picked by our editors",
        "Enter your email address",
        "Sign up",
    ]
    text = _article("\n".join(box))
    assert [_flagged(text).get(line) for line in box] == ["newsletter"] * 4


def test_sentence_between_two_newsletter_paragraphs_is_kept():
    text = _article("Sign up to Frontline Notes", OPENING, "Enter your email address")
    assert OPENING not in _flagged(text)


def test_link_note_inside_a_sentence_flags_only_the_note():
    line = (
        "The ministry said in a statement, opens new tab, that the runway would reopen "
        "to civilian flights next month."
    )
    text = _article(line)
    assert _flagged(text) == {", opens new tab": "link note"}


def test_live_blog_stamps_keep_the_published_date():
    text = (
        "Live\nRunway reopens at the northern airbase: live updates\n\nUpdated 2h ago\n"
        "Ana Flores (now) and Ben Osei (earlier)\nTue 4 Jun 2024 17.48 BST\n\n" + _article()
    )
    article = article_from_text(text)
    assert article.published == "2024-06-04"
    assert article.headline == "Runway reopens at the northern airbase: live updates"


def test_disclaimer_on_a_wide_line_of_small_print_is_a_paragraph_of_its_own():
    body = "The runway was finished on time and the first heavy transport landed there on"
    page = "\n".join(
        [body] * 8
        + [
            "Friday.",
            "The views expressed in this note are those of the authors and not of the centre "
            "that published it.",
            "Press contact: press@centre.example",
        ]
    )
    paragraphs = reflow(page).split("\n\n")
    assert paragraphs[-2].startswith("The views expressed")
    assert paragraphs[-1] == "Press contact: press@centre.example"


# ------------------------------------------ error forms, reuse terms, credits, writer's notes

MORE_FURNITURE = [
    ("correction link", "Spotted a mistake? Highlight it and press Ctrl + Enter."),
    ("correction link", "If you find a typo, select it and let us know."),
    ("licence", "When citing our materials online, a hyperlink to example.org in the first "
                "paragraph is mandatory."),
    ("photo caption or credit", "Sailors load a missile aboard the frigate before dawn. "
                                "(Petty Officer 1st Class Dana Kerr/Navy)"),
    ("photo caption or credit", "Smoke rises over the port after the strike. "
                                "(Lina Haddad/Reuters)"),
    ("author bio", "Tom Reyes is a defence correspondent for the Harbour Gazette who covers "
                   "the navy and the shipyards."),
    ("author bio", "Priya Nair is a staff writer at Coastline Weekly. She previously reported "
                   "from Nairobi."),
    ("share buttons", "Europe · Add to myList"),
    ("share buttons", "World | Save"),
]


@pytest.mark.parametrize(("category", "line"), MORE_FURNITURE)
def test_error_forms_reuse_terms_credits_and_writer_notes_are_flagged(category, line):
    assert _rules_over(_article(line), line) == [category]


@pytest.mark.parametrize("sentence", [
    "Anna Berg is a reporter for a local radio station who was detained at the border last week.",
    "If you notice smoke near the depot, call the fire brigade, the mayor said.",
    "When using the new radar, crews need a data link that is not yet required by law.",
    "The ministry said the two-year delay (caused by supply problems/strikes) was over.",
    "Officials said a decision to save the base was taken on Monday.",
])
def test_reporting_that_looks_like_those_notes_is_kept(sentence):
    assert find_boilerplate(_article(sentence)) == []
