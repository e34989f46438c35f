"""A text written all in capitals (live captions, telex, old cables) is read through a recased
copy of the same length: the same facts as from mixed case, spans into the source as written."""

from briefdeck.extract import draft_briefing
from briefdeck.extract.recased import reading_copy
from briefdeck.ingest.article import Article

_CAPTIONS = (
    ">>> GOOD EVENING. WE BEGIN IN NORTHERN IRAQ, WHERE A DRONE STRUCK ERBIL AIR BASE ON\n"
    "ON SUNDAY NIGHT. THE PENTAGON SAYS TWO U.S. SOLDIERS WERE WOUNDED. OUR CORRESPONDENT\n"
    "PETRA VANCE HAS MORE.\n"
    ">> THANKS. TWO OFFICIALS TELL US THE DRONE WAS NOT INTERCEPTED BY THE BASE'S AIR DEFENSES.\n"
    "U.S. CENTRAL COMMAND SAID IN A STATEMENT, QUOTE, WE WILL FIND AND HOLD THOSE WHO\n"
    "DID THIS RESPONSIBLE, END QUOTE. A GROUP CALLING ITSELF THE ISLAMIC RESISTANCE IN IRAQ\n"
    "CLAIMED IT.\n"
    ">> JOINING US NOW IS SENATOR HAROLD QUENTIN, WHO SITS ON THE HOUSE ARMED SERVICES\n"
    "COMMITTEE. SENATOR, THANK YOU FOR BEING HERE. WHAT DID YOU HEAR FROM THE PENTAGON?\n"
)


def _draft(text: str):
    article = Article(text=text, boilerplate=[], headline="Test report", outlet="", byline="",
                      published="2026-11-24", url="", path="t.txt", format="txt", warnings=[])
    return draft_briefing(article, published="2026-11-24")


def test_the_recased_copy_keeps_every_offset_and_the_source_stays_as_written():
    copy = reading_copy(_CAPTIONS)
    assert len(copy) == len(_CAPTIONS)
    assert "Senator Harold Quentin" in copy and "Erbil Air Base" in copy
    briefing = _draft(_CAPTIONS)
    assert briefing.sources[0].text == _CAPTIONS
    for person in briefing.facts.people:
        start, end = person.provenance.start, person.provenance.end
        assert _CAPTIONS[start:end].casefold() == person.name.casefold()


def test_mixed_case_text_is_read_as_it_is():
    text = ("A drone struck Erbil Air Base on Sunday, the Pentagon said. NOTE: TIMES ARE LOCAL.\n"
            "Two U.S. soldiers were wounded.\n")
    assert reading_copy(text) is text


def test_a_captions_names_bodies_and_sources_are_found_as_in_mixed_case():
    facts = _draft(_CAPTIONS).facts
    assert "Harold Quentin" in {p.name for p in facts.people}
    orgs = {o.name for o in facts.organizations}
    assert {"U.S. Central Command", "Islamic Resistance in Iraq"} <= orgs
    assert any(a.count == 2 for a in facts.attributions)


def test_quote_and_end_quote_read_as_quotation_marks():
    quotes = _draft(_CAPTIONS).facts.quotes
    assert any(q.speaker == "U.S. Central Command" and q.text.lower().startswith("we will find")
               for q in quotes)


def test_a_rolled_up_captions_repeated_words_are_read_once():
    copy = reading_copy(_CAPTIONS)
    assert "Erbil Air Base on\n   Sunday night" in copy


def test_a_military_message_in_codes_is_left_to_the_message_rules():
    text = ("R 201430Z NOV 26\nFM CJTF-OIR JOC ERBIL IZ\nTO CJTF-OIR CJ3\nBT\nUNCLAS\n"
            "SUBJ/SPOT REPORT - UAS ENGAGEMENT, ERBIL AB, 20 NOV 26//\n"
            "1. (U) SITUATION: AT 201215Z NOV 26 TF ERBIL BDOC DETECTED 3X OWA UAS.\n"
            "2. (U) CAS: 0 KIA / 2 WIA (US), 1 WIA (LN CONTRACTOR) AT 1320Z.\n"
            "3. (U) DAMAGE: 1X CHU DESTROYED, 2X CHU DAMAGED, 1X NTV DAMAGED 1218Z-1305Z.\n"
            "4. (U) NEXT REPORT: NLT 210600Z NOV 26 OR AS INFO BECOMES AVAILABLE.\n")
    assert reading_copy(text) is text


def test_ranks_read_as_plain_words_make_no_people():
    text = (
        "THE NAVY SAID A MAJOR FIRE BROKE OUT ON THE FRIGATE IN PORT ON MONDAY. THE FIRE HURT TWO\n"
        "SAILORS AND THE GENERAL PUBLIC WAS KEPT AWAY FROM THE DOCKS. PRIVATE GUARDS AT THE GATE\n"
        "WERE NOT HURT. THE CAPTAIN SAID THE FIRE WAS OUT BY NIGHT AND THE SHIP WOULD SAIL AGAIN\n"
        "WITHIN A WEEK, AND THE FIRE WAS UNDER INVESTIGATION BY THE NAVY'S SAFETY OFFICE.\n"
        "THE PORT WAS OPEN AGAIN TO TRAFFIC BY THE EVENING, AND THE TWO SAILORS WERE IN\n"
        "GOOD CONDITION AT THE BASE HOSPITAL, THE NAVY SAID IN A STATEMENT ON TUESDAY.\n"
    )
    copy = reading_copy(text)
    assert "a major fire" in copy and "the general public" in copy and "Private guards" in copy
    assert " Fire " not in copy
    assert not _draft(text).facts.people
