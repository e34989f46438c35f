"""A claims or meeting report's furniture: the photographs schedule and each photo's caption,
the signature "for and on behalf of" a firm with its office address, the without-prejudice
reservation, and a meeting summary's Chatham House Rule notice. The findings around them and
a news sentence that names the rule or a signatory stay. Every line is written here."""

from tests.ingest.furniture import is_flagged

FINDING = (
    "The roof of the depot and most of its stock were destroyed by the fire, which the "
    "base fire crew put out about two hours after the strike."
)
REPORT = (
    "PRELIMINARY CLAIM REPORT\n\n"
    f"{FINDING}\n\n"
    "3. Photographs (appended, 9 in total)\n\n"
    "Photo 1: Depot D-2, east wall, scorch marks up to the eaves.\n\n"
    "Photo 2: Burnt pallets in bays 3 to 7.\n\n"
    "4. Reserve\n\n"
    "We have set a gross reserve of USD 900,000 pending the stock count and the repair quote.\n\n"
    "Ann Lowe ACII, Claims Adjuster, for and on behalf of Fenwick Loss Adjusters Ltd, Suite 5, "
    "Marina Tower, Doha, Qatar\n\n"
    "This report is preliminary and is issued without prejudice to Insurers' rights under the "
    "policy.\n"
)
SUMMARY = (
    "ROUNDTABLE SUMMARY\n\n"
    "This workshop was held under the Chatham House Rule. Remarks are not attributed to "
    "speakers or their organisations.\n\n"
    "Participants agreed that drone defence at remote outposts is short of interceptors and "
    "radar coverage.\n"
)


def test_the_photographs_schedule_and_captions_are_furniture() -> None:
    for line in (
        "3. Photographs (appended, 9 in total)",
        "Photo 1: Depot D-2, east wall, scorch marks up to the eaves.",
        "Photo 2: Burnt pallets in bays 3 to 7.",
    ):
        assert is_flagged(REPORT, line), line


def test_the_signature_and_reservation_are_furniture_the_findings_kept() -> None:
    assert is_flagged(REPORT, "Ann Lowe ACII, Claims Adjuster, for and on behalf of Fenwick")
    assert is_flagged(REPORT, "This report is preliminary and is issued without prejudice")
    assert not is_flagged(REPORT, FINDING)
    assert not is_flagged(REPORT, "We have set a gross reserve of USD 900,000")


def test_the_chatham_house_notice_is_furniture_the_summary_kept() -> None:
    assert is_flagged(SUMMARY, "This workshop was held under the Chatham House Rule.")
    assert not is_flagged(SUMMARY, "Participants agreed that drone defence")


def test_news_sentences_naming_the_rule_or_a_signatory_are_kept() -> None:
    text = (
        "TALKS IN GENEVA\n\n"
        "Envoys met in Geneva on Monday in talks held under the Chatham House Rule, and two "
        "of them said the drone strikes on the border posts had to stop.\n\n"
        "The ceasefire was signed for and on behalf of the army by its chief of staff, who "
        "said 14 prisoners would be freed.\n\n"
        "A photo of the damaged tower was shared widely on Tuesday.\n"
    )
    assert not is_flagged(text, "Envoys met in Geneva on Monday")
    assert not is_flagged(text, "The ceasefire was signed for and on behalf of the army")
    assert not is_flagged(text, "A photo of the damaged tower")
