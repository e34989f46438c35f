"""How a report sources its claims when the source is a post, a paper or a member of the
public: a title with no name ("the Prime Minister said"), a minister informing a cabinet,
officials who assured a body, witnesses from a village (the village is no person), a firm's
clients and an industry representative telling the writer, a paper cited by its number, date,
basis, recipient or level, a body revising its own account, a ship's master, a body's head by
possessive or by a clause, and the trade press described by its trade."""

from briefdeck.extract import draft_briefing
from briefdeck.ingest.article import Article


def _sourcing(text: str) -> list[tuple[str, int | None, str]]:
    briefing = draft_briefing(Article(text=text), published="2026-12-03")
    return [(a.kind, a.count, a.text) for a in briefing.facts.attributions]


def test_a_title_without_a_name_speaks_for_its_office():
    found = _sourcing('The Cabinet met on Monday. "We will rebuild the pumping station by '
                      'spring," the Prime Minister said. "Nobody will go thirsty."\n')
    assert ("spokesperson", 1, "the Prime Minister said") in found


def test_a_title_whose_holder_is_named_is_not_counted_again():
    found = _sourcing("President Jane Roewell visited the pumping station on Monday. "
                      '"We will rebuild it," the President said.\n')
    assert not any(text == "the President said" for _, _, text in found)


def test_a_minister_informing_the_cabinet_is_a_source():
    found = _sourcing("The Minister of Water informed the Cabinet that two pumps had failed "
                      "on Sunday night.\n")
    assert ("spokesperson", 1, "The Minister of Water informed") in found


def test_officials_who_assured_a_body_are_a_source():
    found = _sourcing("The Cabinet also heard that British officials had assured the Embassy "
                      "in Tarvel that the radars would stay.\n")
    assert ("anonymous official", None, "British officials had assured") in found


def test_witnesses_from_a_village_are_counted_not_the_village():
    found = _sourcing("Two witnesses from Tel Kafra told Valley Radio that the shell hit a "
                      "house. Two national staff who live in Ossan told the duty officer "
                      "they counted four explosions.\n")
    assert [(k, c) for k, c, _ in found] == [("other", 2), ("other", 2)]
    assert found[0][2].startswith("Two witnesses from Tel Kafra told")
    assert found[1][2].startswith("Two national staff who live in Ossan told")


def test_clients_and_an_industry_representative_telling_the_writer():
    found = _sourcing("Several clients have told us that their depots closed for two days. "
                      "Prime firms should check their cover; one industry representative "
                      'told us that "many small firms carry lapsed policies."\n')
    assert ("other", None, "Several clients have told") in found
    assert ("anonymous official", 1, "one industry representative told") in found


def test_a_lower_case_owner_before_an_unnamed_adviser_counts_one():
    found = _sourcing("NGO forum call (Monday). “We expect more,” the forum’s area advisor "
                      "said on the call, “and soon.”\n")
    assert ("anonymous official", 1, "the forum’s area advisor said") in found


def test_papers_cited_by_number_date_basis_recipient_and_level():
    found = _sourcing(
        "1.1 Notice No. 12/2026 reported two dock workers hurt. The port has since reopened.\n\n"
        "We have read a March 3 memorandum from Fleet Logistics Command-Harran that asks "
        "firms to report their staff within a day.\n\n"
        "In our first letter we wrote, on the basis of the master's first report, that two "
        "crew were hurt.\n\n"
        "The mill's owner estimated the damage in a report to the ministry at about $3 "
        "million.\n\n"
        "Travel advisories: the UK Foreign Office advisory for Harrania remains at Level 3.\n\n"
        "Report No. 1 (15 Dec) is superseded. No action should be taken on the basis of this "
        "report.\n")
    documents = [text for kind, _, text in found if kind == "document"]
    assert "Notice No. 12/2026 reported" in documents
    assert "a March 3 memorandum from Fleet Logistics Command-Harran" in documents
    assert "on the basis of the master's first report" in documents
    assert "estimated the damage in a report to the ministry" in documents
    assert "the UK Foreign Office advisory for Harrania remains at Level 3" in documents
    assert not any("superseded" in text or "Report No. 1" in text or "this report" in text
                   for text in documents)


def test_a_dated_assessment_with_its_year_speaks():
    found = _sourcing("The trust's 2025 coastal needs assessment, published in March, found "
                      "that patients wait an hour for an ambulance.\n")
    assert found and found[0][0] == "document"
    assert found[0][2].startswith("The trust's 2025 coastal needs assessment")


def test_officials_putting_the_number_of_something_at_a_figure():
    found = _sourcing("Harranian health officials, speaking to the trust on condition of "
                      "anonymity, put the number of surgeons in the Tel district at three.\n")
    assert found and found[0][:2] == ("anonymous official", None)


def test_a_count_from_officials_opens_their_sourcing():
    found = _sourcing("An earlier count from British officials had put the number of wounded "
                      "at two.\n")
    assert found == [("anonymous official", None,
                      "An earlier count from British officials had put")]


def test_a_body_revising_its_own_account_or_ordering_the_public():
    found = _sourcing(
        "Two drones hit the depot, according to two officials.\n\n"
        "On Tuesday, Fleet Support Group-Bahrain revised that account: one sailor had died.\n\n"
        "Harrania's Ministry of Public Health put the toll from both strikes at two killed.\n\n"
        "The Water Authority has since revised the figures to one dead and four hurt.\n\n"
        "The Ministry of Health has instructed that tap water must be boiled.\n")
    texts = [text for kind, _, text in found if kind == "spokesperson"]
    assert "Fleet Support Group-Bahrain revised that account" in texts
    assert any(t.startswith("Harrania's Ministry of Public Health put the toll") for t in texts)
    assert "The Water Authority has since revised the figures" in texts
    assert "The Ministry of Health has instructed" in texts


def test_a_first_public_statement_describing_in_quotes():
    found = _sourcing("Two drones hit the depot, according to two officials.\n\n"
                      "The Navy's first public statement, on Monday evening, described "
                      '"two sailors with minor cuts."\n')
    assert ("spokesperson", 1,
            "The Navy's first public statement, on Monday evening, described") in found


def test_a_ships_master_is_another_source_a_harbour_master_an_official():
    found = _sourcing("Issued by: Harbour Master, Capt. Dana Morrow\n\n"
                      "Vessel: MV ARDEN STAR\nMaster: Capt. Piotr Lenski\n\n"
                      '"We saw a flash over the port," Capt. Lenski said, "and the crew went '
                      'below."\n\n"We are on alert," Capt. Morrow said.\n')
    assert ("other", 1, "Capt. Lenski said") in found
    assert ("named official", 1, "Capt. Morrow said") in found


def test_a_bodys_head_by_possessive_or_clause_is_an_official():
    found = _sourcing('"We cannot keep up," said Dr. Jane Roewell, the foundation\'s president.'
                      "\n\nDr. Omar Fendi, who directs the Harran trauma centre, said the ward "
                      "was full.\n\nSam Pell, who runs a bakery near the port, said the windows "
                      'broke.\n\n"All are home," said Mary Tallon, our crewing manager for the '
                      "Arden fleet.\n")
    kinds = {text.split(",")[0]: kind for kind, _, text in found}
    assert kinds["said Dr. Jane Roewell"] == "named official"
    assert kinds["Dr. Omar Fendi"] == "named official"
    assert kinds["Sam Pell"] == "other"
    assert kinds["said Mary Tallon"] == "named official"


def test_the_trade_press_described_by_its_trade_is_an_outlet():
    found = _sourcing("The shipping publication Harbour Ledger reported on Wednesday that "
                      "three ships had been attacked since Monday.\n")
    assert found == [("other outlet", 1,
                      "The shipping publication Harbour Ledger reported on Wednesday")]


def test_an_origin_told_to_reporters_is_part_of_the_sourcing():
    found = _sourcing("Brig. Gen. Jane Roewell, director of the command's media office, told "
                      "reporters after the meeting that the drones were launched from an area "
                      "near Tel Kafra.\n")
    assert found[0][0] == "named official"
    assert found[0][2].endswith("told reporters after the meeting that the drones were "
                                "launched from")


def test_a_body_reporting_the_incident_names_what_it_reported():
    found = _sourcing("The Harbour Trade Operations (HTO) centre reported the incident at "
                      "14:20 local time.\n")
    assert found == [("spokesperson", 1,
                      "The Harbour Trade Operations (HTO) centre reported the incident")]


def test_a_knowledge_base_pages_reference_lines_are_its_sources():
    page = ("instance of\n\ndrone strike\n\n1 reference\n\nstated in\n\nHarbour Ledger\n\n"
            "title\n\nTwo hurt in drone strike\n\nparticipant\n\nHarrania Navy\n\n1 reference"
            "\n\nstated in\n\nMinistry of Defence (Harrania)\n\nperpetrator\n\nnormal rank\n\n"
            "Tel Kafra Brigade\n\nnature of statement\n\nclaimed responsibility\n\n1 reference"
            "\n\nstated in\n\nHarbour Ledger\n")
    found = _sourcing(page)
    assert ("spokesperson", 1, "Ministry of Defence (Harrania)") in found
    assert ("spokesperson", 1, "claimed responsibility") in found
    assert [text for _, _, text in found].count("Harbour Ledger") == 1


def test_a_body_answering_a_claim_in_a_relative_clause_speaks():
    found = _sourcing("The Harbour Command said on Monday that two drones were downed. A "
                      'militia claimed on Telegram that the raid had caused "dozens of '
                      'casualties," a claim the Harbour Command called "false." Jane Roe '
                      "repeated a claim Monday called false.\n")
    assert ("spokesperson", 1, "a claim the Harbour Command called") in found
    assert not any("claim Monday" in text for _, _, text in found)


def test_officials_informing_an_office_are_a_source():
    found = _sourcing("On Monday, Army officials informed Senator Dale's office that two "
                      "soldiers had been hurt.\n")
    assert ("anonymous official", None, "Army officials informed") in found
