"""Sourcing: notices cited by number, authorities that advise, headed statements, the sources
a standfirst or a bulletin's headlines only repeat, a correspondent's own piece, an unnamed
source introduced before the quote, and the publisher's own working."""

from __future__ import annotations

from tests.extract.drafting import Drafts

DRAFTS = Drafts("2026-05-14", "Regional security update")


def _has(sources: list[tuple[str, int | None, str]], kind: str, count: int | None,
         words: str) -> bool:
    return any(k == kind and c == count and words in text for k, c, text in sources)


def test_a_notice_cited_by_its_number_is_a_document():
    sources = DRAFTS.sources(
        "Airspace users are warned of drone activity near Port Halden.\n\n"
        "- Varnia: the Varnian Civil Aviation Authority issued NOTAM B1204/26 closing the "
        "northern approach. - Ostland: OCAA Special Aviation Regulation (SAR) No. 12 prohibits "
        "Ostland operators below FL300. - Tessaly: TCA AIC 14/26 recommends extra fuel.")
    assert _has(sources, "document", 1, "Varnian Civil Aviation Authority issued NOTAM B1204/26")
    assert _has(sources, "document", 1, "Special Aviation Regulation (SAR) No. 12 prohibits")
    assert _has(sources, "document", 1, "TCA AIC 14/26 recommends")


def test_an_authority_that_advises_operators_speaks_for_itself():
    sources = DRAFTS.sources(
        "Flights over the border zone remain restricted. The Department for Transport advises "
        "operators not to fly below FL250.")
    assert _has(sources, "spokesperson", 1, "The Department for Transport advises")


def test_a_bulletin_built_on_a_bodys_assessment_cites_that_assessment():
    sources = DRAFTS.sources(
        "This bulletin is issued on the basis of information available to the agency, "
        "including the assessment of the Joint Aviation Risk Group. Drones were launched "
        "against the airport on 3 May.")
    assert _has(sources, "document", 1, "the assessment of the Joint Aviation Risk Group")


def test_a_statement_headed_with_its_author_is_that_bodys():
    sources = DRAFTS.sources(
        "Statement of the Ministry of Border Affairs\n\n"
        "On Friday night gunmen attacked a post near Tal Rima. Two guards were killed.")
    assert _has(sources, "spokesperson", 1, "Statement of the Ministry of Border Affairs")


def test_a_heading_over_a_quotation_only_labels_the_speaker_named_after_it():
    sources = DRAFTS.sources(
        "Statement of the Army Headquarters\n\n"
        '"The strikes hit four depots," said Colonel Idris Manaf, spokesman of the Army '
        "Headquarters.")
    assert not any(text.startswith("Statement of") for _, _, text in sources)


def test_information_passed_on_by_a_named_centre_is_the_centre_speaking():
    sources = DRAFTS.sources(
        "According to initial information from the Joint Operations Centre, four gunmen were "
        "killed near Tal Rima.")
    assert _has(sources, "spokesperson", 1, "information from the Joint Operations Centre")


def test_a_standfirst_repeats_the_storys_sourcing():
    sources = DRAFTS.sources(
        "Rockets hit base near the capital\n\n"
        "Security sources say the attack was a warning to the government.\n\n"
        "PORT HALDEN--Three rockets struck near the airport late on Thursday, the interior "
        "ministry said, adding that nobody was hurt and that a launcher had been found.")
    assert not any("Security sources" in text for _, _, text in sources)
    assert _has(sources, "spokesperson", 1, "the interior ministry said")


def test_a_bulletins_headlines_repeat_the_sourcing_of_its_items():
    sources = DRAFTS.sources(
        "(READER:) Good morning. The headlines: Varnian officials say six people were killed "
        "in strikes in the north. Ostland says it shot down a missile.\n\n"
        "(READER:) Varnia's Health Ministry says six people were killed in strikes on Tal Rima.")
    assert not any("officials say" in text for _, _, text in sources)
    assert not any(text.startswith("Ostland says") for _, _, text in sources)
    assert _has(sources, "spokesperson", 1, "Health Ministry says")


def test_a_correspondents_voice_piece_sources_what_she_was_told():
    sources = DRAFTS.sources(
        "(READER:) Strikes hit Tal Rima overnight. Our Varnia correspondent Mira Solberg "
        "reports from Port Halden.\n\n"
        '(VOICE PIECE - SOLBERG:) "The strikes began before midnight, and residents told me '
        "they heard four explosions. A senior Varnian official told me the government has "
        'protested. Mira Solberg, World Radio News, Port Halden."')
    assert _has(sources, "other", 1, "Our Varnia correspondent Mira Solberg reports from")
    assert _has(sources, "other", None, "residents told")
    assert _has(sources, "anonymous official", 1, "senior Varnian official told")


def test_an_unnamed_source_brought_in_before_the_quote_is_sourced_where_introduced():
    sources = DRAFTS.sources(
        "A European diplomat in Port Halden was doubtful. \"Every time this happens we hear "
        'about rogue units. Everyone knows who fires," the diplomat said.')
    assert _has(sources, "anonymous official", 1, "A European diplomat in Port Halden")
    assert not any(text == "the diplomat said" for _, _, text in sources)


def test_the_role_of_a_named_man_who_just_spoke_is_him_again():
    sources = DRAFTS.sources(
        "The attack shows the occupation has no future, Pavel Orlov, deputy director of the "
        "ministry's Middle East department, told the agency on Thursday.\n\n"
        '"The troops must leave. We have warned about this many times," the diplomat said.')
    assert _has(sources, "named official", 1, "Pavel Orlov")
    assert not any(k == "anonymous official" for k, _, _ in sources)


def test_a_telegram_channel_of_unnamed_factions_that_claims_the_attack_speaks_for_them():
    claimed = DRAFTS.sources(
        "A Telegram channel linked to Varnian armed factions claimed the attack.")
    assert _has(claimed, "spokesperson", 1, "claimed the attack")
    posted = DRAFTS.sources(
        "A Telegram channel close to Varnian armed factions posted footage of the launch.")
    assert _has(posted, "other outlet", 1, "A Telegram channel close to")


def test_the_publishers_own_calculations_are_a_document():
    sources = DRAFTS.sources(
        "MOSCOW, May 14. /TASS/. Over the past month, according to TASS calculations based on "
        "Pentagon briefings, US bases came under fire at least seven times, a source told TASS.")
    assert _has(sources, "document", 1, "according to TASS calculations")
