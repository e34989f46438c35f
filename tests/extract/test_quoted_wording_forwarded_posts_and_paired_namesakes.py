"""Words quoted to weigh them (a talk page's lead and proposed wording, a fact check's video
label, a phrase as its sentence's subject) are no quotes; a forwarded channel post's quote is
the forwarding channel's (not a relay channel's); an outlet quoting someone "giving" a toll
gives the quote to that person; two far namesakes of two countries do not keep each other."""

from __future__ import annotations

import pytest
from tests.extract.drafting import Drafts

DRAFTS = Drafts("2026-05-06", "Talk page")


def _speaker(speakers: dict[str, str], words: str) -> str | None:
    """The speaker of the quote opening with words (the drafts key quotes by 20 letters)."""
    return next((who for opening, who in speakers.items() if words.startswith(opening)), None)


@pytest.mark.parametrize(
    "text, words",
    [
        ('The summary box lists 9 dead, but the lead says "scores". We need one number.', "scores"),
        (
            'Resolved: Lead now says "the harbour and, per the navy, the oil jetty". Thanks all.',
            "the harbour",
        ),
        (
            'I would go with "9 (per the provincial health office)" and keep the old count.',
            "9 (per",
        ),
        ('No agreement for "Naval strikes on the coast (May 2026)"; the title stays.', "Naval"),
        ('Fact check: Clip of "rockets raining on the harbour" is from an old storm.', "rockets"),
        (
            'Admin note: "a friend in the unit" is not a source. Post links or do not post.',
            "a friend",
        ),
    ],
)
def test_wording_quoted_to_weigh_it_is_no_quote(text, words):
    assert not any(q.startswith(words) for q in DRAFTS.speakers(text))


def test_a_spokesman_speaking_in_a_sentence_stays_a_quote():
    speakers = DRAFTS.speakers(
        "Colonel Tomas Brandt, the navy's spokesman, said on Tuesday: \"The jetty was hit "
        'twice (once at dawn) and the fire is out."'
    )
    assert _speaker(speakers, "The jetty was hit twice") == "Tomas Brandt"


def test_an_outlet_quoting_a_spokesman_giving_a_toll_gives_him_the_quote():
    speakers = DRAFTS.speakers(
        "The agency on 5 May quotes ministry spokesman Karim al-Haddad giving 14 killed and "
        '30 wounded, "nearly all of them dock labourers". Other outlets carried it later.'
    )
    assert (_speaker(speakers, "nearly all of them dock") or "").endswith("al-Haddad")


_CHANNEL = (
    "Border Watch\n\n@borderwatch\n\nMay 5, 21:10\n\n"
    "Forwarded from {who}\n\nStatement\n\nOur fighters struck the enemy camp near the "
    'crossing with two drones this evening.\n\n"We will keep striking until the last '
    'soldier leaves our country."\n\n12.4K\n\nMay 5, 21:40\n\nBorder Watch\n\n'
    '"Heavy traffic on the northern road again tonight."\n\n9.1K\n'
)


def test_a_forwarded_posts_quote_is_the_channels_it_came_from():
    speakers = DRAFTS.speakers(_CHANNEL.format(who="Guardians of the Valley ☑️"))
    assert _speaker(speakers, "We will keep striking until") == "Guardians of the Valley"
    assert _speaker(speakers, "Heavy traffic on the northern") == ""


def test_a_relay_channels_forward_names_no_speaker():
    speakers = DRAFTS.speakers(_CHANNEL.format(who="Frontline Translations"))
    assert _speaker(speakers, "We will keep striking until") == ""


def test_two_far_namesakes_of_two_countries_do_not_keep_each_other():
    facts = DRAFTS.facts(
        "Strikes hit Hodeidah and Ras Isa overnight, and a drone was launched at Eilat. The "
        "health ministry, via Saba, said 17 were killed.\n\nSemi-protected edit request: "
        "please add the ministry's toll."
    )
    names = {p.name for p in facts.places}
    assert "Hodeidah" in names
    assert not {"Saba", "Semi"} & names
