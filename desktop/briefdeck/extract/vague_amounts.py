"""Vague amounts that only set the scene, and loose numbers in quotes.

"dozens of attacks since November", "prisons that hold thousands", "hundreds of mourners",
a speaker's "those two things": rhetoric or background, never a count to chart.
"""

from __future__ import annotations

import re

# Vague tallies that only set the scene: "dozens of attacks since November", "prisons that
# hold thousands of fighters". A vague amount of a distance ("a few hundred metres from the
# town") says "near", not how far.
SINCE = re.compile(r"[^.;:]*?\b(?:since|after\s+(?:[A-Z][a-z]+\.?\s+)?(?:19|20)\d\d\b)")
STILL_AFTER = re.compile(r"(?:\s+[\w.'’-]+){0,4}?\s+still\b")
HOLDING = re.compile(r"\b(?:hold|holds|holding|held|house|houses|housing|hosts?|hosting|"
                      r"detain(?:s|ing)?)\s+"
                      r"[\"“]?$", re.I)  # ('still held "a few hundred" rockets': a stockpile)
# A quoted small count stays when it names a model or make: "two S-300 missiles".
DESIGNATOR = re.compile(r"\s+(?:[A-Z][\w-]*\d[\w-]*|[A-Z]{2,}\b)")
# So does one that counts formations or warships: '"two regiments have been deployed"' is
# an order of battle told by a commander, never a figure of speech.
FORMATIONS_AFTER = re.compile(r"\s+(?:[a-z-]+\s+)?(?:regiments|battalions|brigades|divisions|"
                               r"companies|squadrons|batteries|platoons|warships|destroyers|"
                               r"frigates)\b"
                               # and munitions: '"two Katyusha-type rockets fell near the base"'
                               # is a statement's report of an attack, not a figure of speech
                               r"|\s+(?:[\w-]+\s+){0,2}?(?:rockets|missiles|drones|mortar\s+rounds|"
                               r"mortars|shells|projectiles|UAVs|bombs)\b")
# Vague amounts that only set the scene: "for years", "in recent years" (a tally over time),
# crowds ("hundreds of mourners") and vague areas ("several thousand dunams").
BACKGROUND = re.compile(r"\b(?:in\s+recent\s+(?:years|decades)|over\s+the\s+(?:past|last)\s+"
                         r"(?:few\s+|several\s+)?(?:years|decades)|for\s+(?:many\s+)?years)\b",
                         re.I)
CROWDS = frozenset("mourners worshippers worshipers spectators onlookers attendees guests fans "
                    "well-wishers supporters".split())
OPEN_QUOTES = ('"', "“", "'", "‘")
CLOSE_QUOTES = ('"', "”", "'", "’")
# "more than a dozen locations" in a quote: a bound on one number, a count even when spoken.
BOUNDED_DOZEN = re.compile(r"(?:more than|over|nearly|almost|at least) an? (?:dozen|hundred|"
                            r"thousand)$", re.I)
# A bare plural amount ("dozens of drones", "thousands of violations", "tens of thousands of
# civilians") is a writer's sense of scale, seldom a count to chart; reports give a force's
# size that way, though ("hundreds of troops", "thousands of soldiers"), and that stays.
BARE_PLURAL = re.compile(r"(?:.*\s)?(?:dozens|scores|hundreds|thousands|millions|billions)"
                         r"(?:\s+of\s+(?:thousands|millions))?$", re.I)
FORCES = frozenset("troops soldiers personnel forces marines sailors airmen advisers advisors "
                   "contractors fighters militants gunmen reservists paratroopers commandos "
                   "mercenaries guardsmen police policemen officers members".split())
# Civil-defence guidance caps gatherings ("gatherings are limited to 30 people"): a rule
# for the public, briefed as its cap ("up to 30 people").
# (every count after the cap is one: "30 people outdoors and 300 indoors")
CAPPED_BEFORE = re.compile(r"\b(?:limited|restricted|capped)\s+(?:to|at)\s|"
                           r"\b(?:no\s+more\s+than|a\s+maximum\s+of)\s", re.I)
