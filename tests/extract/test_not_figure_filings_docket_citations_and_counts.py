"""A docket entry's citation of an earlier entry ("re 7 Motion", "granting 9 Letter Motion",
"ECF No. 12") and a charge's counts named by number ("count(s) 1, 3-5", "Counts 2 through 4")
count nothing; a count told in a sentence still does. Every text is written here."""

from briefdeck.extract import analyse
from briefdeck.ingest import article_from_text


def _figures(text: str) -> set[tuple[float, str]]:
    facts = analyse(article_from_text(text), "2027-03-10")["facts"]
    return {(f.value, f.unit.lower()) for f in facts.figures}


def test_cited_entries_are_no_figures() -> None:
    drafted = _figures(
        "RESPONSE in Opposition re 7 Motion to Dismiss, filed by the defendant on Monday.\n\n"
        "ORDER granting 9 Letter Motion for an extension as to the second defendant.\n\n"
        "The court struck the reply, citing ECF No. 12 and the earlier scheduling order.\n"
    )
    assert not any(unit in ("motion", "letter", "order") for _, unit in drafted), drafted


def test_counts_named_by_number_are_no_figures() -> None:
    drafted = _figures(
        "INDICTMENT as to the first defendant count(s) 1, 3-5 and the company count(s) 2.\n\n"
        "He pleaded guilty to Counts 2 through 4 of the superseding indictment on Friday.\n"
    )
    assert not drafted, drafted


def test_counted_filings_and_charges_are_still_figures() -> None:
    drafted = _figures(
        "The defence filed 3 motions to suppress and the grand jury returned 6 counts against "
        "the two brokers, who shipped 40 drone engines to the militia.\n"
    )
    assert (40.0, "drone engines") in drafted or any(v == 40.0 for v, _ in drafted)
    assert any(v == 3.0 for v, _ in drafted)
