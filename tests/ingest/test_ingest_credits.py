"""Byline, outlet, publication date and headline from the credits real reporting prints:
wire and agency credits, bylines without "By", release issuers, copyright lines, mastheads,
edition lines and datelines without a year."""

import json
from pathlib import Path

import pytest

from briefdeck.ingest import article_from_text, read_article
from briefdeck.ingest.metadata import parse_date

STORY = (
    "Engineers reopened the damaged rail bridge outside the port city on Thursday, two days "
    "after a missile strike cut the line, the regional governor said.\n\n"
    "Freight trains were running again by the evening, although passenger services will "
    "stay suspended until the signals are repaired, the railway operator said."
)


def _read(*header: str, footer: str = ""):
    text = "\n".join(header) + "\n\n" + STORY + (f"\n\n{footer}" if footer else "")
    return article_from_text(text)


# --- agency and staff credits ------------------------------------------------------------


@pytest.mark.parametrize(
    ("credit", "outlet"),
    [
        ("By AFP", "AFP"),
        ("By Reuters Staff", "Reuters"),
        ("By The Associated Press", "Associated Press"),
        ("By Agence France-Presse", "AFP"),
        ("By Harbor Ledger staff and agencies", "Harbor Ledger"),
        ("By Staff Writer", ""),
    ],
)
def test_agency_or_staff_credit_names_the_outlet_not_a_person(credit, outlet):
    article = _read("Rail bridge reopens after strike", credit)
    assert article.byline == ""
    assert article.outlet == outlet


def test_agency_helping_a_reporter_is_not_part_of_the_byline():
    assert _read("Rail bridge reopens after strike", "By Ana Flores with AFP").byline == (
        "Ana Flores"
    )


def test_outlet_before_the_byline_on_one_line():
    article = _read("Rail bridge reopens after strike", "Harborwatch.com | By Ana Flores")
    assert (article.byline, article.outlet) == ("Ana Flores", "Harborwatch.com")


def test_page_author_tag_holding_an_agency_names_the_outlet():
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY.split("\n\n"))
    page = (
        '<html><head><title>Rail bridge reopens</title><meta name="author" content="AFP">'
        f"</head><body><article><h1>Rail bridge reopens</h1>{paragraphs}</article></body></html>"
    )
    article = article_from_text(page)
    assert (article.byline, article.outlet) == ("", "AFP")


# --- bylines without "By" ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "names"),
    [
        (
            "Lena Varga, Senior Fellow, and Omar Reyes, Research Director",
            "Lena Varga and Omar Reyes",
        ),
        ("Lena Varga Defence and security editor", "Lena Varga"),
        ("Lena Varga Eastern Europe correspondent", "Lena Varga"),
        ("Lena Varga (now) and Omar Reyes (earlier)", "Lena Varga and Omar Reyes"),
        ("Lena J. Varga, Staff Writer", "Lena J. Varga"),
    ],
)
def test_names_with_their_roles_under_the_headline_are_the_byline(line, names):
    assert _read("Rail bridge reopens after strike", line).byline == names


def test_name_over_its_role_on_the_next_line_is_the_byline():
    article = _read("Rail bridge reopens after strike", "Lena Varga", "Transport correspondent")
    assert article.byline == "Lena Varga"


@pytest.mark.parametrize(
    "lines",
    [
        ("Senior Pentagon officials say the analyst was wrong",),  # a standfirst, not a credit
        ("Lena Varga says the editor resigned over the report",),
        ("Omar Reyes, AFP photographer",),  # a picture credit
        ("Eastern Europe", "Our correspondent reports"),  # a section label over a teaser
        ("Key Events", "Senior Editor picks"),
    ],
)
def test_lines_that_only_look_like_credits_are_no_byline(lines):
    assert _read("Rail bridge reopens after strike", *lines).byline == ""


# --- outlets -----------------------------------------------------------------------------


def test_outlet_on_the_line_under_the_byline_when_the_story_cites_it():
    article = _read(
        "Rail bridge reopens after strike",
        "By Ana Flores",
        "Harbor Desk | June 6, 2024",
        footer="Repair invoices reviewed by Harbor Desk put the cost at $2 million.",
    )
    assert article.outlet == "Harbor Desk"
    assert article.published == "2024-06-06"


def test_section_label_under_the_byline_is_not_the_outlet():
    article = _read(
        "Rail bridge reopens after strike",
        "By Ana Flores",
        "Eastern Europe | June 6, 2024",
        footer="Rail links matter across Eastern Europe, analysts say.",
    )
    assert article.outlet == ""


def test_release_from_a_ministry_and_its_minister_names_the_ministry():
    article = _read(
        "Press release",
        "Rail bridge reopens after strike",
        "The bridge carries most of the region's grain exports.",
        "From: Ministry of Transport and The Rt Hon Jane Holt MP",
        "Published 6 June 2024",
        footer="© Crown copyright",
    )
    assert article.outlet == "Ministry of Transport"
    assert article.published == "2024-06-06"


def test_crown_copyright_is_no_outlet():
    assert _read("Rail bridge reopens after strike", footer="© Crown copyright").outlet == ""


def test_release_from_a_press_office_names_its_command():
    article = _read(
        "Rail bridge reopens after strike", "From Joint Logistics Command Public Affairs"
    )
    assert article.outlet == "Joint Logistics Command"


def test_issuer_named_over_a_release_number_is_the_outlet():
    article = _read(
        "Rail bridge reopens after strike",
        "Combined Task Force North",
        "Release 20240606-02",
        "June 6, 2024",
    )
    assert article.outlet == "Combined Task Force North"


def test_headline_starting_with_from_is_no_issuer():
    article = _read("From army depots to village schools, repairs reach everywhere")
    assert article.outlet == ""


def test_digest_prepared_by_a_desk_names_the_desk():
    article = _read(
        "Regional Rail Digest",
        "Prepared by the Transport Monitoring Desk, Eastern Office. Not verified.",
    )
    assert article.outlet == "Transport Monitoring Desk, Eastern Office"


@pytest.mark.parametrize(
    ("footer", "outlet"),
    [
        (
            "© Centre for Transport Studies 2024. All rights reserved.",
            "Centre for Transport Studies",
        ),
        ("Copyright 2024 Harbor Ledger Media Ltd. All rights reserved.", "Harbor Ledger"),
        ("© 2021-2024 Harbor Ledger, Inc.", "Harbor Ledger"),
    ],
)
def test_copyright_holder_without_year_or_company_form(footer, outlet):
    assert _read("Rail bridge reopens after strike", footer=footer).outlet == outlet


def test_copyright_holder_is_named_as_the_masthead_prints_it():
    article = _read(
        "The Harbor Ledger",
        "News",
        "Rail bridge reopens after strike",
        footer="© 2024 Harbor Ledger Media Ltd. All rights reserved.",
    )
    assert article.outlet == "The Harbor Ledger"
    assert article.headline == "Rail bridge reopens after strike"


def test_masthead_in_capitals_is_neither_headline_nor_outlet_spelling():
    article = _read(
        "CENTRE FOR TRANSPORT STUDIES",
        "Rail bridge reopens after strike",
        footer="© Centre for Transport Studies, 2024",
    )
    assert article.outlet == "Centre for Transport Studies"
    assert article.headline == "Rail bridge reopens after strike"


def test_magazine_names_itself_in_its_print_edition_note():
    article = _read(
        "Rail bridge reopens after strike",
        footer="This article appears in the July 2024 print edition of Northern Review.",
    )
    assert article.outlet == "Northern Review"


def test_author_note_names_the_outlet():
    article = _read(
        "Rail bridge reopens after strike",
        "By Lena Varga",
        footer="Lena Varga is a contributing writer at Meridian Weekly who covers transport.",
    )
    assert article.outlet == "Meridian Weekly"


# --- publication dates -------------------------------------------------------------------


def test_date_in_an_edition_line_beats_a_period_covered_lower_down():
    article = _read(
        "Regional Rail Digest",
        "Edition 40 | Friday, 7 June 2024 | Coverage: 0600 GMT 6 Jun to 0600 GMT 7 Jun",
        "Incidents on the network, 1-6 June 2024",
    )
    assert article.published == "2024-06-07"


@pytest.mark.parametrize("written", ["1-6 June 2024", "3 – 9 May 2023"])
def test_end_of_a_date_range_is_no_date(written):
    assert parse_date(written) == ""


@pytest.mark.parametrize(
    "line",
    ["Released: 6 June 2024", "Thu 6 Jun 2024 16.05 BST", "Thursday, June 6, 2024, 9:14 a.m. ET"],
)
def test_date_lines_give_the_publication_date(line):
    assert _read("Rail bridge reopens after strike", line).published == "2024-06-06"


def test_dateline_without_a_year_takes_it_from_the_services_own_copyright():
    article = _read(
        "Rail bridge reopens after strike",
        f"ODESA, June 6 (Black Sea Wire) — {STORY.splitlines()[0]}",
        footer="© 2024 Black Sea Wire",
    )
    assert article.published == "2024-06-06"


@pytest.mark.parametrize("footer", ["", "© 2024 Some Other Site"])
def test_dateline_without_a_year_gives_no_date_when_no_year_is_known(footer):
    article = _read(
        "Rail bridge reopens after strike",
        f"ODESA, June 6 (Black Sea Wire) — {STORY.splitlines()[0]}",
        footer=footer,
    )
    assert article.published == ""
    assert article.outlet == "Black Sea Wire"


def test_date_in_the_printed_page_address():
    article = _read(
        "Rail bridge reopens after strike",
        footer="https://news.example.org/europe/2024/06/06/rail-bridge-reopens",
    )
    assert article.published == "2024-06-06"


# --- headlines ---------------------------------------------------------------------------


def test_headline_broken_over_two_lines_is_joined():
    article = _read("Rail links after the strikes: what comes next for the", "southern ports")
    assert (
        article.headline == "Rail links after the strikes: what comes next for the southern ports"
    )


def test_headline_is_not_joined_to_a_line_that_starts_anew():
    article = _read("Rail bridge reopens after the", "Southern Ports Authority")
    assert article.headline == "Rail bridge reopens after the"


# --- the tuning corpus: what a reader of each page would say ------------------------------

CORPUS = Path(__file__).resolve().parents[1] / "extract" / "corpus"
READER_SAYS = {  # file: (outlet, byline, published)
    "mod-release-sky-sabre-kuwait.txt": ("Ministry of Defence", "", "2025-03-06"),
    "pdf-brief-tower-22-aftermath.pdf": (
        "Institute for Regional Security Studies",
        "Helena Marsh and Yusuf Karaman",
        "2024-03-12",
    ),
    "wire-afp-deir-ezzor-strikes.txt": ("AFP", "", "2024-11-13"),
    "docx-press-digest-ain-al-asad.docx": (None, "", "2024-08-07"),
    "ukraine-kharkiv-odesa-strikes.txt": ("Eastline", "", ""),  # no year anywhere
    "paste-red-sea-bulk-carrier.txt": ("The Albion Herald", "Rosa Kettering", "2024-09-19"),
    "magazine-bases-under-fire.txt": ("Meridian", "Clara Whitfield", "2024-03-18"),
    "casualties-jordan-outpost.txt": ("Defense Desk", "Megan Ellis", "2024-05-20"),
    "live-yemen-strikes-erbil-drone.txt": (None, "Tom Aldridge and Priya Ramanathan", None),
}


@pytest.mark.parametrize("name", sorted(READER_SAYS))
def test_corpus_credits_are_what_a_reader_would_say(name):
    article = read_article(CORPUS / name)
    for field, want in zip(("outlet", "byline", "published"), READER_SAYS[name], strict=True):
        if want is not None:
            assert getattr(article, field) == want, field


def test_corpus_published_dates_match_the_expected_files():
    for expected in sorted(CORPUS.glob("*.expected.json")):
        facts = json.loads(expected.read_text(encoding="utf-8"))
        path = CORPUS / facts["file"]
        if facts.get("source") == "seed" or not path.exists():
            continue
        found = read_article(path).published
        assert found in ("", facts["published"]), facts["file"]



def test_a_footer_link_to_the_copyright_policy_names_no_publisher():
    assert _read("Rail bridge reopens after strike", footer="Copyright Policy").outlet == ""
