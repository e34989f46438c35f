"""Town cues from military action, names joined by a hyphen, and the looser transliteration
key of Arabic, Persian, Pashto and Urdu names. Every sentence here is written for these tests."""

import pytest

from briefdeck.geo.towns import km
from briefdeck.geo.translit import loose_key, loose_token


def found(gaz, text):
    return {m.matched_text: m.entry for m in gaz.find_mentions(text)}


# ---------------------------------------------------------------- military action as a cue
@pytest.mark.parametrize("sentence", [
    "Lebanese officials said Israeli troops stormed Tebnine before dawn.",
    "A Lebanese militia recaptured Tebnine after two days.",
    "Lebanese soldiers were fighting for Tebnine late into the night.",
    "The Lebanese army said its units had withdrawn from Tebnine.",
    "The battle for Tebnine, Lebanese media reported, went on for a week.",
    "Lebanese units advanced on Tebnine from the west.",
])
def test_village_right_after_a_verb_of_military_action_is_found(gaz, sentence):
    village = found(gaz, sentence)["Tebnine"]
    assert village.country == "Lebanon" and village.lat is not None


def test_village_followed_by_fell_to_is_found(gaz):
    hits = found(gaz, "By Friday Srifa fell to the advancing column, a Lebanese source said.")
    assert hits["Srifa"].country == "Lebanon"


def test_village_that_is_also_a_given_name_still_needs_a_strong_cue_after_a_verb(gaz):
    # Lisa is a Romanian village and a given name: a verb is not enough.
    assert "Lisa" not in found(gaz, "Romanian police said masked men stormed Lisa's home.")
    assert "Lisa" not in found(gaz, "Romanian police said the gang captured Lisa in March.")


def test_action_verb_does_not_make_a_village_of_a_country_the_text_does_not_name(gaz):
    assert "Tebnine" not in found(gaz, "The crew stormed Tebnine in the final scene.")


# ---------------------------------------------------------------- hyphenated pairs
def test_both_cities_of_a_hyphenated_pair_are_read(gaz):
    hits = found(gaz, "Drones flew along the Kharkiv-Belgorod border overnight.")
    assert hits["Kharkiv"].country == "Ukraine" and hits["Belgorod"].country == "Russia"


def test_city_joined_to_a_province_by_a_hyphen_is_read(gaz):
    hits = found(gaz, "Syrian forces dug in along the Hama-Salamiyah line.")
    assert "Hama" in hits and hits["Salamiyah"].country == "Syria"


def test_city_joined_to_a_village_by_a_hyphen_counts_when_the_village_is_known(gaz):
    hits = found(gaz, "Lebanese troops set up checkpoints on the Tripoli-Halba road.")
    assert hits["Halba"].country == "Lebanon"
    assert hits["Tripoli"].country == "Lebanon"


def test_village_before_a_hyphen_and_a_known_city_is_found(gaz):
    hits = found(gaz, "Lebanese troops set up checkpoints on the Halba-Tripoli road.")
    assert hits["Halba"].country == "Lebanon" and hits["Tripoli"].country == "Lebanon"


def test_one_side_of_a_hyphenated_name_is_no_place_when_the_other_is_unknown(gaz):
    hits = found(gaz, "In Mississippi, Dana Carter-Jackson said the vote was fair.")
    assert "Jackson" not in hits and "Mississippi" in hits


def test_hyphenated_whole_name_stays_one_place(gaz):
    hits = found(gaz, "Fighting was reported near Deir ez-Zor on Monday.")
    assert hits["Deir ez-Zor"].country == "Syria"


def test_city_after_an_assimilated_article_ends_a_longer_arabic_name(gaz):
    # "Numan" alone is a Nigerian city; after "an-" it is the end of a Syrian town's name.
    hits = found(gaz, "Syrian monitors reported shelling near Maarat an-Numan at dawn.")
    assert all(e.country != "Nigeria" for e in hits.values())


# ---------------------------------------------------------------- looser transliteration
def test_loose_token_folds_vowel_and_ending_variants():
    assert loose_token("morek") == loose_token("murak")
    assert loose_token("touman") == loose_token("tuman")
    assert loose_token("salamiyeh") == loose_token("salamiyah")
    assert loose_token("sada") == loose_token("sadah")
    assert loose_token("deir") == loose_token("dayr")


def test_loose_key_drops_assimilated_articles():
    assert loose_key(("az", "zarbah")) == loose_key(("zarba",))
    assert loose_key(("marat", "an", "numan")) == loose_key(("maarat", "numan"))
    assert loose_key(("as",)) == ("as",)  # a name that is only an article keeps it


def test_town_spelled_with_other_vowels_is_found_in_an_arabic_speaking_country(gaz):
    hits = found(gaz, "Yemeni officials said a boat sank near Qalansiyeh on Thursday.")
    town = hits["Qalansiyeh"]
    assert town.country == "Yemen" and km(town.lat, town.lon, 12.68, 53.49) < 20


def test_loose_spelling_is_not_tried_for_other_countries(gaz):
    # Vesele is a common Ukrainian village name; "Vasele" is no spelling of it.
    assert "Vasele" not in found(gaz, "Ukrainian officials said shells fell near Vasele.")


def test_loose_spelling_still_needs_a_cue(gaz):
    assert "Qalansiyeh" not in found(gaz, "Yemeni Qalansiyeh fishermen went out on Thursday.")


def test_city_named_like_a_word_counts_when_hyphened_to_a_place_of_its_country(gaz):
    # "Sake" is a common word, so it needs a cue; a Congolese city beside it is one.
    hits = found(gaz, "Congolese troops patrolled the Goma-Sake highway on foot.")
    assert hits["Sake"].country == "Democratic Republic of the Congo" and "Goma" in hits


def test_city_named_like_a_word_is_no_place_beside_a_place_of_another_country(gaz):
    assert "Sake" not in found(gaz, "Exporters praised the Tokyo-Sake fair in Japan.")


def test_city_of_the_main_gazetteer_is_found_under_a_looser_spelling(gaz):
    # GeoNames spells it "Shaykh Maskin" or "Sheikh Miskin", never "Sheikh Maskin".
    hits = found(gaz, "Syrian shelling hit homes near Sheikh Maskin overnight.")
    assert hits["Sheikh Maskin"].country == "Syria"


def test_took_is_no_cue_for_a_loose_spelling(gaz):
    # "took" takes people as often as places; a name matched only loosely needs more.
    assert found(gaz, "Syrian gunmen took Hussein to a prison.").keys() <= {"Syrian"}
