"""A title in capitals keeps a short acronym a log writes ("RTO", "NCS") but title-cases
short English words and names the text writes in mixed case."""

from briefdeck.compose.title_words import display_title


def test_short_acronyms_stay_and_words_and_names_are_title_cased():
    text = "The unit reached Mosul on Tuesday."
    assert display_title("WEST NET - NCS AND RTO LOG", text) == "West Net - NCS and RTO Log"
    assert display_title("ROAD TO MOSUL", text) == "Road to Mosul"
