"""A printed page's edition line, folio and byline stand apart from the story; a page's running
head does not cut a sentence; a record, a wiki page and a desk's translation are named as a
reader would name them; an outline's finished chores are not read."""

from briefdeck.ingest import article_from_text
from briefdeck.ingest.bylines import find_byline
from briefdeck.ingest.credits import issuer_from_line
from briefdeck.ingest.day_pages import wiki_page_title
from briefdeck.ingest.markdown import markdown_to_text
from briefdeck.ingest.metadata import metadata_from_text
from briefdeck.ingest.pdf import join_pages, reflow
from briefdeck.ingest.source_fields import masthead_name, source_field


def test_an_edition_line_and_a_folio_line_are_not_run_together():
    page = (
        "SPRINGFIELD, OHIO | MONDAY, MARCH 2, 2026 | $1.50 | VOL. 90, NO. 12\n"
        "B3 | REGION | MONDAY, MARCH 2, 2026\n"
    )
    paras = reflow(page).split("\n\n")
    assert paras == ["SPRINGFIELD, OHIO | MONDAY, MARCH 2, 2026 | $1.50 | VOL. 90, NO. 12",
                     "B3 | REGION | MONDAY, MARCH 2, 2026"]


def test_a_byline_over_the_first_line_of_a_column_is_its_own_line():
    page = (
        "By Ada Quill, Herald staff, and wire reports\n"
        "Two rockets landed near the airfield early on Sunday, the\n"
        "army said, and no one was hurt in the attack on the base.\n"
    )
    first = reflow(page).split("\n\n")[0]
    assert first == "By Ada Quill, Herald staff, and wire reports"


def test_prose_opening_with_by_is_not_taken_for_a_byline():
    page = ("By Thursday afternoon the army had raised the count of the wounded\n"
            "to four, two of them seriously, the ministry said in a statement.\n")
    assert reflow(page).startswith("By Thursday afternoon the army had raised the count of the")
    assert "\n\n" not in reflow(page)


def test_a_running_head_between_two_halves_of_a_sentence_is_lifted_out():
    pages = [
        "Mr. Vale (Ruritania): My Government will not allow its land to be used against any",
        "S/PV.999     The situation in the region     01/02/2026\n\n44-1234\n\n2/2\n\n"
        "neighbour, and it has arrested two suspects.\n\nMr. Orr (Elbonia): We agree.",
    ]
    text = join_pages(pages)
    assert "used against any neighbour, and it has arrested two suspects." in text
    assert "S/PV.999" in text.split("suspects.", 1)[1]


def test_a_page_that_opens_with_an_address_after_its_head_is_not_joined():
    pages = ["The committee heard from the two witnesses on the matter of the base and the",
             "Annual Report 2026\n\nexample.org/report\n\nSection 4 begins here."]
    assert "the base and the\n\nAnnual Report 2026" in join_pages(pages)


def test_a_jump_line_or_a_column_name_is_no_issuer():
    assert issuer_from_line("From A1") == ""
    assert issuer_from_line("FROM THE FRONT") == ""
    assert issuer_from_line("From Page 3") == ""
    assert issuer_from_line("From: Ministry of Defence") == "Ministry of Defence"


def test_a_paper_is_named_by_the_line_over_its_edition_line_or_beside_newsletter():
    lines = [("The Prairie Ledger", True),
             ("AMES, IOWA | SUNDAY, MAY 3, 2026 | $2.00 | VOL. 12, NO. 3", False)]
    assert masthead_name(lines) == "The Prairie Ledger"
    lines = [("THE SENTRY | Newsletter of the 2nd Battalion, 7th Air Defense", False)]
    assert masthead_name(lines) == "The Sentry"
    assert masthead_name([("Drones hit a base in Syria", False), ("By Ada Quill", False)]) == ""


def test_another_storys_byline_in_furniture_gives_way_to_the_storys_own():
    lines = [("Drones hit base", False), ("Library to reopen", True),
             ("By Tom Reed, Herald staff", True), ("By Ada Quill, Herald staff", False),
             ("Two rockets landed near the airfield, the army said.", False)]
    assert find_byline(lines, 0)[0] == "Ada Quill"


def test_a_header_field_names_the_publisher_of_a_translation_or_a_summary():
    assert source_field("Item 7 | Language: Persian | Source: Tasnim News (IRGC-affiliated), "
                        "republished by ISNA") == "Tasnim News"
    assert source_field("DTG: 010800CMAR26 | PREPARED BY: TF ANVIL S2") == "TF ANVIL S2"
    assert source_field("Source: GAO analysis of agency data. | GAO-27-1") == ""
    assert source_field("Source: Reuters") == ""  # a credit line, not a header of fields


def test_a_meeting_record_is_titled_by_its_meeting_and_agenda_item():
    text = ("United Nations S/PV.999\n\nSecurity Council\n\n999th meeting\n\n"
            "Monday, 2 March 2026, 10 a.m.\n\nNew York\n\nThe situation in the region\n\n"
            "The President: I give the floor to the representative of Ruritania, who will "
            "speak on the attacks of last week.\n\nS/PV.999     The situation in the region     "
            "02/03/2026\n")
    found = metadata_from_text(text, [])
    assert found.headline == "Security Council, 999th meeting: The situation in the region"


def test_a_wiki_page_title_loses_its_namespace_and_path():
    assert wiki_page_title("Portal:Current events/2026 March 2") == "Current events: 2 March 2026"
    assert wiki_page_title("Drone strike on Tower 22") == ""
    assert wiki_page_title("Opinion: Why the base matters") == ""


def test_an_outlines_finished_chore_is_not_read_and_a_block_refs_pointer_goes_with_it():
    page = (
        "title:: Watch, week 9\n\n"
        "- Rockets at the base\n"
        "\t- DONE pull ministry statement text\n"
        "\t- DONE two drones downed near the airfield, no injuries\n"
        "\t- DONE reconcile toll (3) vs militia (2) → brief uses 3\n"
        "\t- the toll rose to three overnight — use 3, see "
        "((64aa01b2-1111-4c2e-9d02-8a51e0c7b311))\n"
        "\t- id:: 64aa01b2-1111-4c2e-9d02-8a51e0c7b311\n"
    )
    text = markdown_to_text(page).text
    assert "pull ministry statement" not in text
    assert "two drones downed near the airfield" in text
    assert "reconcile toll (3) vs militia (2)" in text
    assert "use 3." in text and "see" not in text


def test_a_print_page_reads_its_paper_and_writer():
    article = article_from_text(
        "The Prairie Ledger\n\nAMES, IOWA | SUNDAY, MAY 3, 2026 | $2.00 | VOL. 12, NO. 3\n\n"
        "Drones strike base in Syria; two hurt\n\nBy Ada Quill, Ledger staff, and wire reports\n\n"
        "Two drones struck a base in eastern Syria on Saturday, wounding two soldiers, "
        "the Pentagon said.\n\nContinued on A6\n\nFrom A1\n\nThe attack was the third this month."
    )
    assert article.outlet == "The Prairie Ledger"
    assert article.byline == "Ada Quill"
