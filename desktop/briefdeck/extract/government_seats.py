"""A capital named for its government: "Moscow warned", "asking Washington for cheaper guns",
"Tehran's proxies" speak of the government, not the city (see places.py)."""

from __future__ import annotations

import re

# "because Tehran told them to hold off", "Moscow warned ...": a capital standing for its
# government as the one who acts, at its clause's start (not "officials in Tehran said").
GOVERNMENT_SEATS = frozenset(
    "Washington Tehran Moscow Beijing Ankara Damascus Kyiv Kiev Pyongyang Seoul Tokyo Taipei "
    "Riyadh Cairo Amman Doha Islamabad Kabul Brussels Berlin Paris London Minsk Caracas "
    "Havana Hanoi Manila Canberra Ottawa Warsaw Budapest Tbilisi Baku Yerevan".split())
CLAUSE_OPENER = re.compile(r"(?:^|[\"“:;,(]\s*|\s[-—–]+\s+|\b(?:because|as|after|since|while|say|"
                           r"that|which|what|but|and|when|if|whether|how|until|unless|though|"
                           r"although|so)\s+)$")  # "..., which Washington says are advisory"
SEAT_ACTS_AFTER = re.compile(
    r"\s+(?:(?:also|now|still|has|have|had|will|would|did|does|later|then|quickly)\s+)?"
    r"(?:not\s+|yet\s+to\s+)?(?:said|says|told|tells|bears|bore|commented|comment|"
    r"ordered|instructed|asked|pressed|pushed|blamed|warned|urged|"
    r"accused|denied|rejected|announced|decided|wants?|wanted|insists?|insisted|demanded|"
    r"responded|retaliated|threatened|vowed|signalled|signaled|approved|agreed|"
    r"respond|retaliate|react|reacted|intervene|intervened|"
    # "signals that Washington is unwilling to ...": the government's will, not the city's
    r"(?:is|was|are|were|remains|seems|appears)\s+(?:not\s+|now\s+|still\s+)?(?:unwilling|"
    r"willing|reluctant|ready|prepared|determined|keen|eager|loath|intent))\b")
# "asking Washington for cheaper guns", "urged Tehran to rein them in": the capital as
# the government someone addresses.
SEAT_ADDRESSED_BEFORE = re.compile(
    r"\b(?:ask(?:s|ed|ing)?|urg(?:e|es|ed|ing)|press(?:es|ed|ing)?|remind(?:s|ed|ing)?|"
    r"call(?:s|ed|ing)?\s+on|lobb(?:y|ies|ied|ying))\s+$")
# "Washington's failure to honour its commitments", "Tehran's proxies": the government's own
# policy, people or side, not the city.
SEAT_OWNS_AFTER = re.compile(
    r"['’]s\s+(?:[a-z]+\s+)?(?:failure|refusal|decision|policy|policies|position|stance|pressure|"
    r"support|demands?|response|approach|strategy|commitments?|promises?|pledges?|plans?|"
    r"intentions?|allies|proxies|partners|government|administration|officials|envoys?|"
    r"diplomats|sanctions|claims?|narrative|withdrawal|presence|occupation|forces|troops|"
    r"backing|aggression|threats?|warnings?|message|terms|conditions|red\s+lines?)\b")
# "UK Embassy Amman (X, 3 May):", "the French Embassy in Beirut said": a mission that
# speaks is the body (see organizations), not the compound.
