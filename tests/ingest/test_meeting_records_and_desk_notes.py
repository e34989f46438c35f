"""Furniture of verbatim records, translation desks, video pages, letters and print pages."""

from briefdeck.ingest.boilerplate import find_boilerplate


def _flagged(text: str) -> list[str]:
    return [text[s:e] for s, e in find_boilerplate(text)]


def _covered(text: str, part: str) -> bool:
    start = text.index(part)
    return any(s <= start and start + len(part) <= e for s, e in find_boilerplate(text))


STORY = "Two drones struck the outpost on Tuesday, wounding three soldiers, the army said."


def test_a_meetings_procedure_and_symbols_are_furniture_but_the_speeches_are_not():
    text = (
        "The meeting was called to order at 3.10 p.m.\n\nAdoption of the agenda\n\n"
        "The agenda was adopted.\n\nMs. Orr (Norway): " + STORY + "\n\n"
        "S/PV.20001     The situation in the Middle East     05/01/2027\n\n31-00042 (E)\n\n"
        "The President: There are no more names inscribed on the list of speakers.\n\n"
        "The meeting rose at 5 p.m.\n"
    )
    flagged = " ".join(_flagged(text))
    for part in ("called to order", "Adoption of the agenda", "agenda was adopted",
                 "S/PV.20001", "31-00042", "no more names", "meeting rose"):
        assert part in flagged
    assert "wounding three soldiers" not in flagged


def test_a_records_roll_of_members_and_corrections_note_are_furniture():
    text = (
        "Members: Chile, Japan, Kenya, United Kingdom of Great Britain and Northern Ireland "
        "This record contains the text of speeches delivered in English and of the translation"
        " of speeches delivered in other languages. Corrections should be submitted to the "
        "original languages only. Corrected records will be reissued electronically on the "
        "Official Document System of the United Nations (http://documents.example).\n\n"
        + STORY + "\n"
    )
    assert _covered(text, "Members: Chile, Japan")
    assert _covered(text, "Corrected records will be reissued")
    assert not _covered(text, STORY)


def test_a_translation_desks_header_and_notes_are_furniture():
    text = (
        "NORTHERN MONITOR -- TRANSLATION DESK\n\n"
        "Item NM-AR-2027-0042 | Language: Arabic | Source: a ministry website\n\n"
        "Original posted: 4 January 2027, 09:00 local time\n\n"
        "Translation: unofficial, Arabic desk.\n\n" + STORY + "\n\n"
        "Peace be upon the righteous servants of God.\n\n"
        "TRANSLATOR'S CONTEXT NOTE (NM, not part of the original)\n\n"
        "NM has not independently verified any of the claims above.\n"
    )
    flagged = " ".join(_flagged(text))
    for part in ("TRANSLATION DESK", "Language: Arabic", "Original posted", "unofficial",
                 "Peace be upon", "CONTEXT NOTE", "independently verified"):
        assert part in flagged
    assert "wounding three soldiers" not in flagged


def test_a_reporters_could_not_verify_stays_in_the_story():
    text = STORY + "\n\nThe agency could not independently verify the claim.\n"
    assert _flagged(text) == []


def test_a_video_pages_chrome_is_furniture():
    text = (
        "Field Notes Channel 87K subscribers Subscribe\n\nShow transcript\n\n"
        "Support the channel: example.org/support\n\nMusic: \"Dust\" by Someone (licensed)\n\n"
        "Sources and further reading are in the pinned comment.\n\n"
        "AUTOPLAY VIDEO: Families wait for news (1:40)\n\n"
        "This summary was generated with the help of AI and reviewed by editors.\n\n"
        + STORY + "\n"
    )
    flagged = " ".join(_flagged(text))
    for part in ("87K subscribers", "Show transcript", "Support the channel", "Music:",
                 "pinned comment", "AUTOPLAY", "generated with the help of AI"):
        assert part in flagged
    assert "wounding three soldiers" not in flagged


def test_closing_formulas_and_credits_ending_a_paragraph_are_furniture():
    text = (
        STORY + " Mercy to the martyrs and a speedy recovery to the wounded.\n\n"
        + STORY + " - Herald wire services contributed.\n"
    )
    assert _covered(text, "Mercy to the martyrs")
    assert _covered(text, "- Herald wire services contributed.")
    assert not _covered(text, "wounding three soldiers")


def test_a_letters_cc_and_signatories_lines_and_a_print_adverts_lines_are_furniture():
    text = (
        STORY + "\n\nAdditional signatories (40 in all) are listed at example.org.\n\n"
        "cc: Chair, Armed Services Committee\n\n(U) POC: S2 desk, DSN 555-0100.\n\n"
        "WINTER SALE - UP TO 30% OFF\n\nCall 555-555-0142 or visit shop.example\n\n"
        "From B1\n\n⁂\n"
    )
    flagged = " ".join(_flagged(text))
    for part in ("Additional signatories", "cc: Chair", "POC", "30% OFF", "Call 555",
                 "From B1", "⁂"):
        assert part in flagged
    assert "wounding three soldiers" not in flagged


PRINTED_PAGE = (
    "The Lakeside Ledger\n\n"
    "Rockets hit base near Erbil; two hurt\n\n"
    "Harbor ferry schedule to change in spring\n\nBy Ann Cole, Ledger staff\n\n"
    "The county ferry will add an evening crossing in March, the harbor board said.\n\n"
    "By Tom Reyes, Ledger staff Rockets struck a base near Erbil on Monday, wounding two "
    "soldiers, officials said.\n\n"
    "Continued on A4\n\nA4 | WORLD | MONDAY | THE LAKESIDE LEDGER\n\nFrom A1\n\n"
    "The rockets were fired from a truck, the officials said, and the base was damaged.\n\n"
    "A militia claimed the attack on the base near Erbil, officials in Erbil said.\n"
)


def test_a_printed_pages_unrelated_brief_and_name_plate_are_furniture():
    assert _covered(PRINTED_PAGE, "The Lakeside Ledger")
    assert _covered(PRINTED_PAGE, "Harbor ferry schedule")
    assert _covered(PRINTED_PAGE, "The county ferry will add")
    assert not _covered(PRINTED_PAGE, "Rockets struck a base near Erbil")
    assert not _covered(PRINTED_PAGE, "The rockets were fired")


def test_a_brief_on_the_same_story_as_the_lead_is_kept():
    text = PRINTED_PAGE.replace("Harbor ferry schedule to change in spring",
                                "Militia rockets also fell near Erbil airport")
    assert not _covered(text, "The county ferry will add")


def test_a_web_page_without_print_marks_keeps_its_stories():
    text = PRINTED_PAGE.replace("Continued on A4\n\n", "").replace("From A1\n\n", "")
    assert not _covered(text, "The county ferry will add")


def test_a_bio_naming_the_outlet_of_several_words_by_possessive_is_furniture():
    text = (STORY + "\n\nJo Ames is The Harbour Weekly Review's defence correspondent, based in "
            "Basra. She has covered Iraq since 2015.\n")
    assert _covered(text, "Jo Ames is The Harbour")
    assert not _covered(text, "wounding three soldiers")
