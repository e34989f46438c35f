"""Ministry statements under a letterhead and company alert forms under a banner: their
title, issuer and date come from the statement's heading, the letterhead and the form's
stamps, not from the first line on the page."""

from briefdeck.ingest.boilerplate import find_boilerplate
from briefdeck.ingest.metadata import metadata_from_text


def _meta(text: str):
    return metadata_from_text(text, find_boilerplate(text))


STATEMENT = (
    "Sultanate of Oman\n"
    "Ministry of Defence\n"
    "سلطنة عمان - وزارة الدفاع\n"
    "Press Office\n\n"
    "Statement No. 42/1448\n"
    "Muscat, Tuesday 7 Rajab 1448 AH [الثلاثاء 7 رجب 1448هـ] corresponding to 16 December 2026\n\n"
    "Statement on the downing of a hostile drone near the port of Duqm\n\n"
    "The ministry said its air defences shot down a drone over the sea near Duqm on "
    "Monday evening and that nobody was hurt.\n"
)


def test_a_letterhead_is_not_the_title_of_the_statement_under_it():
    assert _meta(STATEMENT).headline == (
        "Statement on the downing of a hostile drone near the port of Duqm"
    )


def test_a_statement_without_a_heading_of_its_own_has_no_title():
    text = STATEMENT.replace(
        "Statement on the downing of a hostile drone near the port of Duqm\n\n", ""
    )
    assert _meta(text).headline == ""


def test_a_hijri_dateline_gives_its_gregorian_day():
    assert _meta(STATEMENT).published == "2026-12-16"


def test_the_ministry_on_the_letterhead_issues_the_statement():
    assert _meta(STATEMENT).outlet == "Ministry of Defence (Sultanate of Oman)"


FORM = (
    "ACME DRILLING | HSE FLASH ALERT | AD-2026-0031\n"
    "Doc. No. AD-HSE-0031 | Rev. 0 | Issued 14-Dec-2026 | Uncontrolled when printed\n"
    "ACME DRILLING\n"
    "SAFETY ALERT - SECURITY\n"
    "Incident No.:\nAD-2026-0031\n"
    "Location:\nWest Qurna 2 oil field, Basra Governorate\n"
    "What happened\n"
    "A rocket landed near the camp fence at night and damaged a water tank; nobody was hurt.\n"
)


def test_a_day_month_year_issue_stamp_dates_a_form():
    assert _meta(FORM).published == "2026-12-14"


def test_an_alert_banner_is_titled_with_the_incident_location():
    assert _meta(FORM).headline == "SAFETY ALERT - SECURITY: West Qurna 2 oil field"


def test_an_alert_form_with_a_subject_field_is_titled_by_it():
    text = FORM.replace("Incident No.:", "Subject:\nRocket impact near camp fence\nIncident No.:")
    assert _meta(text).headline == "Rocket impact near camp fence"
