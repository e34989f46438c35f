"""A court's docket sheet saved as text: the system's menu bar, each attorney's address,
phone, e-mail and role flags, the entries' column header, each entry's number and the PACER
receipt are furniture; the parties, counsel names and offices, the entry dates and texts stay.
The case is the title. Every line is written here (a made-up case)."""

from tests.ingest.furniture import is_flagged

from briefdeck.extract import analyse
from briefdeck.ingest import article_from_text
from briefdeck.ingest.boilerplate import classify

GAP = " " * 30


def _docket(entries: str = "", receipt: bool = True) -> str:
    rows = entries or (
        " 03/02/2027   1   COMPLAINT as to Ruth Okeke (1). (Entered: 03/02/2027)\n\n"
        " 03/04/2027       Arrest of Ruth Okeke. (Entered: 03/04/2027)\n\n"
        " 03/05/2027   2   LETTER MOTION for Bail by Ruth Okeke. Counsel says the defendant "
        "shipped 12 crates of spare radios to a buyer in Izmir. (Entered: 03/05/2027)\n\n"
        " 03/09/2027   3   ORDER granting 2 Letter Motion for Bail as to Ruth Okeke. "
        "(Entered: 03/09/2027)\n"
    )
    tail = (
        (
            "\n\n                 PACER Service Center\n"
            "                  Transaction Receipt\n"
            "                 03/10/2027 09:15:02\n"
            " PACER Login:   reader77      Client Code:   desk\n"
            " Billable Pages:  2            Cost:   0.20\n"
        )
        if receipt
        else ""
    )
    return (
        "Query    Reports    Utilities    Help    Log Out\n\n"
        "              U.S. District Court\n"
        "      District of Nowhere (Eastville)\n"
        "   CRIMINAL DOCKET FOR CASE #: 2:27-cr-00077-ABC-1\n\n"
        "Case title: USA v. Okeke                 Date Filed: 03/02/2027\n\n"
        "Assigned to: Judge Ada Brown\n\n"
        "Defendant (1)\n"
        f"Ruth Okeke{' ' * 4}represented by  Sam Ortiz\n"
        f"also known as{' ' * 17}Ortiz & Lamb LLP\n"
        f"Ruthie Okeke{' ' * 18}12 Harbour Street, Suite 4\n"
        f"{GAP}Eastville, NW 10020\n"
        f"{GAP}555-010-0199\n"
        f"{GAP}Email: sam@ortiz.example\n"
        f"{GAP}LEAD ATTORNEY\n"
        f"{GAP}ATTORNEY TO BE NOTICED\n"
        f"{GAP}Designation: Retained\n\n"
        "Pending Counts                 Disposition\n"
        "18:554 SMUGGLING\n(1)\n\n"
        " Date Filed   #   Docket Text\n\n"
        f"{rows}{tail}"
    )


def test_the_menu_bar_counsel_contacts_header_and_receipt_are_furniture() -> None:
    text = _docket()
    for line in (
        "Query    Reports    Utilities    Help    Log Out",
        "12 Harbour Street, Suite 4",
        "Eastville, NW 10020",
        "555-010-0199",
        "Email: sam@ortiz.example",
        "LEAD ATTORNEY",
        "ATTORNEY TO BE NOTICED",
        "Designation: Retained",
        "Date Filed   #   Docket Text",
        "PACER Service Center",
        "Transaction Receipt",
        "PACER Login:   reader77      Client Code:   desk",
    ):
        assert is_flagged(text, line), line


def test_parties_counsel_names_and_offices_are_kept() -> None:
    text = _docket()
    for words in (
        "Ruth Okeke",
        "Sam Ortiz",
        "Ortiz & Lamb LLP",
        "Ruthie Okeke",
        "also known as",
        "Pending Counts",
        "CRIMINAL DOCKET FOR CASE #",
    ):
        start = text.index(words)
        assert not any(f.start <= start < f.end for f in classify(text)), words


def test_an_entry_number_is_flagged_and_its_date_and_text_kept() -> None:
    text = _docket()
    flags = classify(text)
    row = text.index(" 03/05/2027   2   LETTER")
    number = text.index("2", row + 12)
    assert any(f.start == number and f.end == number + 1 for f in flags)
    for words in ("03/05/2027", "LETTER MOTION for Bail", "Arrest of Ruth Okeke"):
        at = text.index(words)
        assert not any(f.start <= at < f.end for f in flags), words


def test_no_entry_number_or_cited_entry_is_drafted_as_a_figure() -> None:
    facts = analyse(article_from_text(_docket()), "2027-03-10")["facts"]
    drafted = {(f.value, f.unit.lower()) for f in facts.figures}
    assert (12.0, "crates") in drafted
    assert not any(unit in ("motion", "letter", "order", "complaint") for _, unit in drafted)


def test_the_case_is_the_docket_title() -> None:
    assert article_from_text(_docket()).headline == "USA v. Okeke"


def test_a_text_without_the_entries_header_is_no_docket() -> None:
    text = _docket().replace(" Date Filed   #   Docket Text", " Filings")
    assert not is_flagged(text, "LEAD ATTORNEY")
    assert article_from_text(text).headline != "USA v. Okeke"


def test_a_news_line_with_two_cells_is_not_a_menu_bar() -> None:
    text = _docket().replace(
        "Query    Reports    Utilities    Help    Log Out", "Court News    Tuesday 9 March 2027"
    )
    assert not is_flagged(text, "Court News    Tuesday 9 March 2027")


def test_hostile_docket_input_does_not_hang() -> None:
    rows = "".join(
        f" 03/05/2027   {i}   ORDER re {i} Motion." + " x" * 500 + "\n" for i in range(1, 400)
    )
    text = _docket(rows) + "represented by" + " " * 5000 + "\n" + "\t" * 3000 + "y\n"
    assert classify(text)
