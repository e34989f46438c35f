"""A community flyer (its event box, sign-up list, sponsors' heading, disclaimer and own
"updated" line), a charity's annual report (its standing notices, its title, a file date when
the text gives none), a job posting's terms, a hospital update's list for families, a
children's page note to parents, a note verbale's closing formula and translator's notes, and
a PDF line cut after a rank. Reporting beside them stays unflagged. Every line is written
here."""

from tests.ingest.furniture import is_flagged

from briefdeck.ingest import article_from_text
from briefdeck.ingest.boilerplate import classify
from briefdeck.ingest.file_dates import creation_day, undated_text_day
from briefdeck.ingest.name_titles import ends_on_title
from briefdeck.ingest.pdf import continues, reflow
from briefdeck.ingest.update_stamps import announced_or_own

STORY = (
    "Late on Friday two drones struck the fuel point at a desert outpost, the garrison "
    "commander said, and a third was shot down short of the wall.\n\n"
    "Medics treated six soldiers at the scene, and two were flown on to a field hospital, "
    "an Army spokeswoman told reporters on Sunday.\n\n"
)


def _page(*lines: str) -> str:
    return STORY + "\n\n".join(lines) + "\n"


# ------------------------------------------------------------------ a community flyer

FLYER = (
    "NORTH VALLEY EVENTS · POSTER 2027-031\n\n"
    "WALK FOR CHARLIE\n\n"
    "A 10K walk for the reservists hurt at the outpost\n\n"
    "Sunday, March 14, 2027 · Riverside Green, Oakdale\n\n"
    "Gates open 6:30 a.m. · Walk starts 7:15 a.m.\n\n"
    "Food trucks on site 9:00 a.m. to noon · Dogs on leads welcome\n\n"
    "WHAT HAPPENED\n\n" + STORY + "REGISTER\n\n"
    "Walkers: $20 adults · $5 children · free for unit families\n\n"
    "Online: walkforcharlie.example/join · or scan the QR code below\n\n"
    "[QR CODE]\n\n"
    "Bib pickup: Saturday, March 13, 2-6 p.m., the drill hall on Mill Lane.\n\n"
    "Hats promised if you sign up by March 1. Packs: 15 lb suggested, not required.\n\n"
    "THANK YOU TO OUR SPONSORS\n\n"
    "Oakdale Hardware · Valley Credit Union · Post 88\n\n"
    "A volunteer effort of the unit's family group. Not an official Department of the Army "
    "event.\n\n"
    "Poster updated Feb. 2, 2027 · Please share\n"
)


def test_flyer_event_box_sign_up_list_and_standing_lines_are_flagged():
    for line in (
        "NORTH VALLEY EVENTS · POSTER 2027-031",
        "Gates open 6:30 a.m. · Walk starts 7:15 a.m.",
        "Food trucks on site 9:00 a.m. to noon · Dogs on leads welcome",
        "Walkers: $20 adults · $5 children · free for unit families",
        "Online: walkforcharlie.example/join · or scan the QR code below",
        "[QR CODE]",
        "Bib pickup: Saturday, March 13, 2-6 p.m., the drill hall on Mill Lane.",
        "Hats promised if you sign up by March 1. Packs: 15 lb suggested, not required.",
        "THANK YOU TO OUR SPONSORS",
        "A volunteer effort of the unit's family group. Not an official Department of the "
        "Army event.",
    ):
        assert is_flagged(FLYER, line), line


def test_flyer_story_and_its_own_updated_line_are_not_flagged():
    for line in STORY.split("\n\n")[:2]:
        assert not is_flagged(FLYER, line), line
    assert not is_flagged(FLYER, "Poster updated Feb. 2, 2027 · Please share")


def test_flyer_is_dated_by_its_updated_line_not_by_the_event_it_announces():
    assert article_from_text(FLYER).published == "2027-02-02"


def test_a_later_updated_line_does_not_move_a_page_from_its_published_date():
    lines = ["Published 4 May 2027", "Page updated 9 May 2027"]
    assert announced_or_own("2027-05-04", lines) == "2027-05-04"
    assert announced_or_own("2027-06-01", ["Map updated 3 May 2027"]) == "2027-06-01"


def test_registration_heading_over_reporting_flags_nothing():
    text = _page(
        "Registration",
        "Voter registration offices in the district were shut after the attack, officials said.",
    )
    assert not is_flagged(
        text,
        "Voter registration offices in the district were shut after the attack, officials said.",
    )


# ------------------------------------------------------------------ a charity's report

REPORT = (
    "Harbor Light Fund | Annual Report 2026 (excerpt)\n\n"
    "A Message from the President\n\n"
    "This was a hard year for the families we serve. We paid for 212 emergency flights and "
    "housed families near the hospitals where their soldiers were treated.\n\n"
    "We could not have done it without you. Thank you.\n\n"
    "Audited financial statements are available on request.\n\n"
    "Board of Trustees: Ann Lowe (Chair), Raj Patel, Dr. Ellen Short\n\n"
    "Harbor Light Fund is a 501(c)(3) nonprofit. Gifts are tax-deductible as the law allows.\n\n"
    "To donate: text LIGHT to 40404 or visit harborlight.example.org\n"
)


def test_charity_standing_notices_are_flagged():
    for line in (
        "We could not have done it without you. Thank you.",
        "Audited financial statements are available on request.",
        "Board of Trustees: Ann Lowe (Chair), Raj Patel, Dr. Ellen Short",
        "Harbor Light Fund is a 501(c)(3) nonprofit. Gifts are tax-deductible as the law allows.",
        "To donate: text LIGHT to 40404 or visit harborlight.example.org",
    ):
        assert is_flagged(REPORT, line), line


def test_news_about_a_charity_is_not_a_charity_notice():
    line = (
        "The fund, which says its gifts reached 212 families this year, was founded by the "
        "widow of a soldier killed in 2004, its president said."
    )
    assert not is_flagged(_page(line), line)


def test_annual_report_excerpt_is_titled_by_its_running_head_not_its_chairs_letter():
    assert article_from_text(REPORT).headline == "Harbor Light Fund Annual Report 2026"


def test_file_creation_day_dates_a_text_that_gives_no_date_of_its_own():
    assert creation_day({"/CreationDate": "D:20270110093000+00'00'"}) == "2027-01-10"
    assert creation_day({"/CreationDate": "junk"}) == ""
    story = "A drone struck the camp on the night of June 3, 2026, the charity said.\n"
    assert undated_text_day(story, "2027-01-10") == "2027-01-10"
    # a date line near the top, an issue month, or a later date in the text: no file date
    assert undated_text_day("Riverside Courier\n\nMarch 2, 2027\n\n" + story, "2027-01-10") == ""
    assert undated_text_day("Newsletter | January 2027\n\n" + story, "2027-01-10") == ""
    assert undated_text_day(story + "The gala is on February 20, 2027.\n", "2027-01-10") == ""


# ------------------------------------------------------------------ a job posting

JOB = (
    "Radar Field Technician III\n\n"
    "Ridgeline Services · Kuwait (on-site)\n\n"
    "- Clearance: Secret\n\n"
    "- Salary: $95,000 - $120,000 plus uplifts\n\n"
    "- Rotation: 6 months, 1 R&R trip\n\n"
    "About the work\n\n" + STORY + "Pay and benefits\n\n"
    "Hardship uplifts currently add 35% to base pay. Medical and dental from day one; 401(k) "
    "with 4% match.\n\n"
    "Ridgeline Services is an Equal Opportunity Employer, including protected veterans.\n"
)


def test_job_posting_terms_and_eeo_line_are_flagged():
    for line in (
        "- Clearance: Secret",
        "- Salary: $95,000 - $120,000 plus uplifts",
        "- Rotation: 6 months, 1 R&R trip",
        "Hardship uplifts currently add 35% to base pay. Medical and dental from day one; "
        "401(k) with 4% match.",
        "Ridgeline Services is an Equal Opportunity Employer, including protected veterans.",
    ):
        assert is_flagged(JOB, line), line
    for line in STORY.split("\n\n")[:2]:
        assert not is_flagged(JOB, line), line


def test_field_lines_outside_a_posting_are_left_alone():
    text = _page("Location: the northern gate", "Duration: about 40 minutes")
    assert not is_flagged(text, "Location: the northern gate")


# ------------------------------------------------------------------ families, parents, updates


def test_list_for_families_and_next_update_note_are_flagged():
    text = _page(
        "For families",
        "- Relatives are called by the unit. Please do not phone the ward.",
        "- Travel orders for up to two relatives come from the casualty office.",
        "- The chaplain's office is open day and night: DSN 555-0100.",
        "This update will be revised as conditions change. Next update: Monday, May 10.",
    )
    for line in (
        "- Travel orders for up to two relatives come from the casualty office.",
        "- The chaplain's office is open day and night: DSN 555-0100.",
        "This update will be revised as conditions change. Next update: Monday, May 10.",
    ):
        assert is_flagged(text, line), line


def test_bullets_of_news_under_a_families_heading_are_kept():
    text = _page(
        "For families",
        "- Two of the wounded were flown to Germany on Saturday.",
        "- Four others returned to duty.",
    )
    assert not is_flagged(text, "- Two of the wounded were flown to Germany on Saturday.")


def test_childrens_page_note_to_parents_is_flagged():
    line = (
        'A note for parents: This story talks about people who were hurt. Our guide "Talking '
        'about hard news" can help.'
    )
    assert is_flagged(_page(line), line)


# ------------------------------------------------------------------ a note verbale


def test_note_verbale_close_and_translators_notes_are_flagged():
    close = (
        "The Ministry avails itself of this opportunity to renew to the Embassy the "
        "assurances of its highest consideration."
    )
    top = "[Translator's note: The original is on the Ministry's letterhead, signed on page 2.]"
    end = "Translator's notes: (1) 'Martyrs' renders the Arabic literally. (2) Names as given."
    text = _page(top, close, end)
    for line in (top, close, end):
        assert is_flagged(text, line), line


def test_translators_note_that_tells_of_a_strike_is_kept():
    line = "[Translator's note: 3 Tir corresponds to 24 June, the day of an earlier strike.]"
    assert not is_flagged(_page(line), line)


# ------------------------------------------------------------------ tables and PDF lines


def test_table_labels_over_an_amount_are_not_a_menu():
    text = STORY + "\n\n".join(
        ["Revenue", "Amount", "Gifts from donors", "$2,100,000", "Grants", "$400,000"]
    )
    flagged = {text[f.start : f.end] for f in classify(text)}
    assert "Revenue" not in flagged and "Gifts from donors" not in flagged


def test_a_line_ending_on_a_rank_runs_on_into_the_name():
    assert ends_on_title("wounded, two of them badly. Those two, Sgt.")
    assert ends_on_title("the commander, Lt. Col.")
    assert not ends_on_title("the convoy reached the base on time.")
    prev = "Six soldiers were wounded, two of them badly, and those two, Sgt."
    assert continues(prev, "Jo Ames of Hilltown and Spc. Lee Park, were flown to Germany.")
    assert not continues(prev, "The other four returned to duty.")


def test_reflow_joins_a_paragraph_cut_after_a_rank():
    wide = "x" * 140
    page = (
        "Six soldiers were wounded in the night attack, two of them badly. Those two, Sgt.\n"
        "Jo Ames of Hilltown and Spc. Lee Park of Dale, were flown to a hospital in Germany.\n"
        f"{wide}\n"
    )
    assert "Sgt. Jo Ames of Hilltown" in reflow(page)


def test_a_long_run_of_blanks_in_a_table_row_is_read_at_once():
    import time

    run = "\u00a0" * 100_000  # no-break spaces: kept by the ingest, and blanks to a pattern
    text = STORY + "| 1 | Date | Place |\n| " + run + "x | Erbil | 0 |\n"
    start = time.process_time()
    article_from_text(text)
    assert time.process_time() - start < 5
