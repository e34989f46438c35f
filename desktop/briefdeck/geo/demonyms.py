"""Demonyms that name a country whose towns an article may mention: "the southern Lebanese
village of X" names Lebanon as surely as "Lebanon" does, so its towns may be read
(towns.find_towns). Kept apart from the towns index: a list of words, not a lookup.
"""

from __future__ import annotations

import re

from briefdeck.geo.textnorm import at_word_start

DEMONYMS = {  # "the southern Lebanese village of X": the adjective names the country
    "Iraqi": "IQ",
    "Syrian": "SY",
    "Jordanian": "JO",
    "Lebanese": "LB",
    "Israeli": "IL",
    "Palestinian": "PS",
    "Kuwaiti": "KW",
    "Saudi": "SA",
    "Qatari": "QA",
    "Emirati": "AE",
    "Bahraini": "BH",
    "Omani": "OM",
    "Yemeni": "YE",
    "Iranian": "IR",
    "Turkish": "TR",
    "Egyptian": "EG",
    "Cypriot": "CY",
    "Djiboutian": "DJ",
    "Eritrean": "ER",
    "Somali": "SO",
    "Sudanese": "SD",
    "Polish": "PL",
    "Romanian": "RO",
    "Lithuanian": "LT",
    "Latvian": "LV",
    "Estonian": "EE",
    "Ukrainian": "UA",
    "Belarusian": "BY",
    "Moldovan": "MD",
    "Russian": "RU",
    "Bulgarian": "BG",
    "Slovak": "SK",
    "Hungarian": "HU",
    "Armenian": "AM",
    "Azerbaijani": "AZ",
    "Georgian": "GE",
    "Japanese": "JP",
    "Taiwanese": "TW",
    "Philippine": "PH",
    "Filipino": "PH",
    "Guamanian": "GU",
    "Korean": "KR",  # mostly the South; the North is named as such ("North Korean")
    "South Korean": "KR",
    "North Korean": "KP",
    "Finnish": "FI",
    "Swedish": "SE",
    "Norwegian": "NO",
    "Danish": "DK",
    "Burkinabe": "BF",
    "Burkinabè": "BF",
    "Malian": "ML",
    "Nigerien": "NE",
    "Chadian": "TD",
    "Nigerian": "NG",
    "Libyan": "LY",
    "Pakistani": "PK",
    "Afghan": "AF",
    "Indian": "IN",
    "Kashmiri": "IN",  # the Indian-held side is the one briefings mostly name
    "Congolese": "CD",  # mostly the DR Congo's (Kinshasa's army, Goma's displaced)
    "Rwandan": "RW",
    "Burundian": "BI",
    "Ugandan": "UG",
    "South Sudanese": "SS",  # longer first (DEMONYM_RE): before "Sudanese"
    "Central African": "CF",
    "Ethiopian": "ET",
    "Kenyan": "KE",
    "Mozambican": "MZ",
    "Cameroonian": "CM",
    "Beninese": "BJ",
    "Togolese": "TG",
    "Serbian": "RS",
    "Kosovar": "XK",
    "Kosovan": "XK",
    "Bosnian": "BA",
    "Montenegrin": "ME",
    "Burmese": "MM",
}
# Longer first, so that "North Korean" is read before "Korean".
DEMONYM_RE = re.compile(at_word_start(*sorted(DEMONYMS, key=len, reverse=True)) + r"\b")
