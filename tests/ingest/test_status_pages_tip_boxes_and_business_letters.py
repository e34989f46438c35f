"""Furniture of service pages: a status page's components and past incidents, a reward
notice's poster link and tip box, a base page's resources (hours, emergency numbers), a
business letter's greeting, closing courtesy and company signature, a desk's staff line."""

from briefdeck.ingest.boilerplate import classify

_STORY = "Two rockets fell near the harbour wall on Monday night and nobody was hurt, police said."


def _flagged(*lines: str) -> set[str]:
    text = "\n\n".join(lines) + "\n"
    return {text[f.start : f.end] for f in classify(text)}


def _flags_all(flagged: set[str], lines: list[str]) -> bool:
    joined = "\n".join(flagged)
    return all(line in joined for line in lines)


def test_a_status_page_lists_components_and_past_incidents_as_furniture():
    furniture = [
        "Incident Report for Northline Broadband",
        "This incident affected: Basra - Fiber, Business VPN, and Mobile Backhaul.",
        "Service status",
        "- Basra - Fiber Operational",
        "- Mosul - Fiber Degraded Performance",
        "- Business VPN Partial Outage",
        "Past Incidents",
        "Mar 2, 2027 - No incidents reported.",
        "Feb 27, 2027 - Cable cut near Zubair. Resolved - Service restored at 16:00.",
        "Incident History",
    ]
    update = "Identified - " + _STORY
    flagged = _flagged("Harbour power cut", furniture[0], update, *furniture[1:])
    assert _flags_all(flagged, furniture)
    assert update not in "\n".join(flagged)


def test_one_line_ending_on_a_status_word_is_no_component_list():
    line = "- The port is fully Operational"
    assert line not in _flagged(_STORY, line, _STORY)


def test_a_reward_notices_poster_link_and_tip_box_are_furniture():
    furniture = [
        "Download Wanted Poster (PDF, 0.8 MB)",
        "Submit a Tip",
        "If you have information on this man, contact the tip line via Signal or WhatsApp at "
        "+1-202-555-0100.",
        "Your identity will be protected. You may be eligible for a reward.",
    ]
    flagged = _flagged("Wanted: Omar Doe", furniture[0], _STORY, *furniture[1:])
    assert _flags_all(flagged, furniture)


def test_an_appeal_quoted_in_a_story_stays_text():
    line = "If you have information about the attack, call 999, the police chief said."
    assert line not in _flagged(_STORY, line, _STORY)


def test_a_resources_box_of_hours_and_emergency_numbers_is_furniture():
    furniture = [
        "Chaplains are available in the base chapel, Monday to Friday, 0800 to 1600.",
        "Emergency: 911 (on base) | Security Office: 2345-6789 | Duty Desk: 2345-6700",
    ]
    assert _flags_all(_flagged(_STORY, "Resources", *furniture), furniture)


def test_a_tally_in_fields_is_no_phone_line():
    from briefdeck.ingest.rules_sites import RULES

    line = "Killed: 3 | Wounded: 12 | Missing: 1"  # (a menu-like row: the menus' call)
    assert not [r for r in RULES if r.name == "contact" and r.pattern.search(line)]


def test_a_business_letters_greeting_courtesy_and_company_name_are_furniture():
    furniture = [
        "Dear Valued Customer,",
        "We apologise for any inconvenience and will keep you informed.",
        "Harbour Freight Lines A/S",
    ]
    flagged = _flagged(furniture[0], _STORY, _STORY, *furniture[1:])
    assert _flags_all(flagged, furniture)


def test_a_greeting_that_names_the_addressee_stays_text():
    line = "Dear Secretary Moreno:"
    assert line not in _flagged(line, _STORY, _STORY)


def test_a_staff_line_under_the_desks_numbers_belongs_to_them():
    lines = [
        "Photo desk: +44 20 7555 0101 | Video desk: +44 20 7555 0102",
        "Night editor: Lena Ortiz",
    ]
    assert _flags_all(_flagged(_STORY, _STORY, *lines), lines)
