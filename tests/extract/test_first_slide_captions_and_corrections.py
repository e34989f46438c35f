"""The first slide's title, BLUF and Situation: captions, formulas and corrections are not
the news (short texts written for these tests)."""

from briefdeck.compose.notes import split_sentences
from briefdeck.compose.source_names import source_name
from briefdeck.extract.lede_captions import (
    CORRECTIONS_TITLE,
    apparatus,
    corrected_figure,
    kind_title,
    sworn_subject,
)
from briefdeck.extract.narrative_handovers import handover
from briefdeck.ingest.caption_titles import own_title


def test_an_item_heading_gives_way_to_the_exhibits_headline():
    text = ("FORM 8-K\n\nItem 7.01 Regulation FD Disclosure.\n\nThe company issued a release.\n\n"
            "Exhibit 99.1\n\nNorthgate Logistics Statement on Convoy Ambush\n\nBody text.\n")
    assert own_title(text, "Item 7.01 Regulation FD Disclosure.") == \
        "Northgate Logistics Statement on Convoy Ambush"


def test_a_form_section_caption_gives_way_to_the_form_name_and_location():
    text = ("RELIEF AID NETWORK\n\nFIELD INCIDENT REPORT (FIR)\n\nSECTION A - REPORT DETAILS\n\n"
            "Reference\tX-1\n\nLocation *\tMarket square of Hamra, near the mill\n\n"
            "Narrative: a shell landed in the square and two people were hurt.\n")
    assert own_title(text, "SECTION A - REPORT DETAILS") == \
        "Field Incident Report (FIR): Market square of Hamra"


def test_a_letterhead_gives_way_to_the_letters_subject_line():
    text = ("DEPARTMENT OF THE NAVY\n\nHEADQUARTERS, NAVAL FORCES SOUTH\n\n3 May 2026\n\n"
            "Re: Records request NR-26-77\n\nDear Mr. Ames: the log is enclosed and released.\n\n"
            "Enclosure: Watch log, Pier 4, 1-2 APR 26 (2 pages)\n")
    assert own_title(text, "HEADQUARTERS, NAVAL FORCES SOUTH") == \
        "Records request NR-26-77: Watch log, Pier 4, 1-2 APR 26"


def test_a_commit_log_is_no_e_mail_thread():
    class Src:
        outlet, byline, url, headline = "", "Ann Lee", "", "Fix counts"
        text = ("commit " + "a" * 40 + " (HEAD -> main)\nAuthor: Ann Lee <ann@example-data.org>\n"
                "Date:   Mon Nov 30 10:00:00 2026 +0000\n\n    Fix counts\n")
    assert source_name(Src()) == "Git log (example-data.org)"


def test_a_company_suffix_does_not_end_the_bluf_sentence():
    text = 'On May 2, Northgate Holdings, Inc. (the "Company") said it. The toll is 2 killed.'
    assert split_sentences(text) == ['On May 2, Northgate Holdings, Inc. (the "Company") said it.',
                                     "The toll is 2 killed."]
    assert split_sentences("Shares of Acme Corp. Then more.") == ["Shares of Acme Corp.",
                                                                 "Then more."]


def test_captions_and_formulas_are_no_lede():
    assert apparatus("Details\tLead pickup: windscreen broken, not drivable.")
    assert apparatus("- XR-2026-0031 (Hamra, 4 May): the ministry now says five were hurt.")
    assert apparatus("I, the undersigned, Jon Pike, Master of the MV Tern, state these facts.")
    assert apparatus("On May 2, Northgate Holdings issued a press release regarding an ambush "
                     "near the depot.")
    assert apparatus("An article on Monday about the convoy ambush misstated where it happened.")
    assert apparatus("A video shared widely online claims that ten tanks were destroyed at dawn.")
    assert apparatus("The article also said four trucks were burned in the ambush that night.")
    assert not apparatus("Rockets struck the depot near Hamra late on Tuesday, killing two "
                         "guards and wounding three drivers.")


def test_a_corrections_column_and_its_wrong_figures():
    assert CORRECTIONS_TITLE.match("Corrections and clarifications")
    assert CORRECTIONS_TITLE.match("Correction: convoy story")
    assert not CORRECTIONS_TITLE.match("Correctional officers strike")
    assert corrected_figure("The city will spend $3 million, not $30 million.")
    assert not corrected_figure("The convoy, not far from the depot, was hit at dawn.")


def test_a_sworn_statement_tells_its_subject():
    text = ("I, the undersigned, Jon Pike, Master of the MV Tern, state the following facts "
            "concerning the collision with the vessel off Aden on 3 May 2026, and declare them "
            "true.\n")
    assert sworn_subject(text) == ("The collision with the vessel off Aden on 3 May 2026, in the "
                                   "sworn statement of Jon Pike, Master of the MV Tern.")
    assert kind_title("Master's Statement of Facts and Note of Protest")
    assert not kind_title("Rockets hit depot near Hamra")


def test_a_handover_is_said_as_one_not_as_troops_leaving():
    text = ("Hamra camp handed to the Border Guard on 4 May.\n\n"
            "Correction: a story said troops left Falcon Air Base. The handover to Kurdish "
            "forces covered the base's western sector only.\n")
    assert handover(text, "Hamra camp") == "Hamra camp handed to the Border Guard"
    assert handover(text, "Falcon Air Base") == \
        "part of Falcon Air Base (western sector) handed to Kurdish forces"
    assert handover(text, "Delta base") == ""
