"""Court papers and parties as sources, statements cited as nouns, a docket's people, a
memo's subject line and a paper's list of sources (written for these tests)."""

from briefdeck.extract import draft_briefing
from briefdeck.ingest.article import Article


def _facts(text: str):
    return draft_briefing(Article(text=text, path="t.txt", format="txt")).facts


def test_charging_papers_and_parties_in_court_are_sources():
    facts = _facts(
        "Prosecutors filed the case on Monday. The complaint alleges that the firm sold radios "
        "to a militia. The Government represented that agents seized a crate in Dover. "
        'Defense counsel describes Mr. Halim as "a trader of toy parts," and says he "would '
        'never hurt anyone at all."'
    )
    got = {(a.kind, a.text) for a in facts.attributions}
    assert ("document", "The complaint alleges") in got
    assert ("spokesperson", "The Government represented") in got
    assert ("other", "Defense counsel describes") in got
    speakers = [q.speaker for q in facts.quotes]
    assert speakers == ["defense counsel", "defense counsel"]


def test_a_statement_cited_as_a_noun_is_its_owners():
    facts = _facts(
        "The filing cites CENTCOM's statement that the rockets were \"fired by militia groups "
        'from the east" and a claim posted on Telegram by the Brigade of the Martyrs, which '
        'named as its target "the enemy base at Kurrat."'
    )
    got = {(a.kind, a.text) for a in facts.attributions}
    assert ("spokesperson", "CENTCOM's statement that") in got
    assert ("spokesperson", "a claim posted on Telegram by the Brigade of the Martyrs") in got
    assert [q.speaker for q in facts.quotes] == ["U.S. Central Command", "Brigade of the Martyrs"]


def test_a_days_statement_has_no_owner():
    facts = _facts(
        'The group repeated Tuesday\'s statement that "the coming nights will be long for them."'
    )
    assert not any(a.text.startswith("Tuesday") for a in facts.attributions)
    assert all(q.speaker != "Tuesday" for q in facts.quotes)


def test_a_docket_sheets_parties_and_counsel_are_people():
    text = (
        "CRIMINAL DOCKET FOR CASE #: 1:26-cr-00001\n\n"
        "Defendant (1)\n"
        "Omar Fadel Haddad                        represented by  Nora K. Lindqvist\n"
        "                                                         Federal Defenders\n"
        "                                                         Designation: Retained\n\n"
        "Plaintiff\n"
        "USA                                      represented by  Paul R. Whitby\n"
        "                                                         Designation: Assistant US "
        "Attorney\n\n"
        " Date Filed   #   Docket Text\n\n"
        " 01/04/2026   1   COMPLAINT as to Omar Fadel Haddad (1), Samir Tawfiq Nassar (2), "
        "Harbor Aero Trading FZE (3). (Entered: 01/04/2026)\n\n"
        " 01/09/2026   4   NOTICE OF ATTORNEY APPEARANCE Greta L. Soames appearing for USA. "
        "(Entered: 01/09/2026)\n"
    )
    people = {p.name: p.title for p in _facts(text).people}
    assert people.get("Omar Fadel Haddad") == "defendant"
    assert people.get("Samir Tawfiq Nassar") == "defendant"
    assert people.get("Nora K. Lindqvist") == "defense counsel"
    assert people.get("Paul R. Whitby") == "Assistant U.S. Attorney"
    assert "Greta L. Soames" in people
    assert not any("Trading" in name or name == "USA" for name in people)


def test_a_memos_subject_line_is_no_quote():
    facts = _facts(
        'MEMORANDUM\n\nRE: Hearing on "Guarding Bases Against Small Drones Today"\n\n'
        "The panel meets on Thursday."
    )
    assert not facts.quotes


def test_a_papers_list_of_sources_counts_each():
    facts = _facts(
        "Drawing on UKMTO notices, Joint Command statements and ship-tracking data, "
        "we build a dataset of attacks. Drawing on a dataset of our own, we find more."
    )
    got = [(a.kind, a.text) for a in facts.attributions]
    assert ("spokesperson", "Drawing on UKMTO notices") in got
    assert ("spokesperson", "Joint Command statements") in got
    assert ("document", "ship-tracking data") in got
    assert not any(t.startswith("Drawing on a dataset") for _, t in got)
