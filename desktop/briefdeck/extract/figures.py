"""Figures: counts and measures with what they count, kept as written.

A number becomes a figure when it counts something (troops, rockets, dollars, kilometres),
with its period when it is a rate ("96 interceptors a year").
Numbers that are really names, dates, times, calibres, ranks, ages or codes are left out:
"K-1", "Tower 22", "IE 11", "107 mm", "three-star billet", "9:30 p.m.", "45-year-old".
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from briefdeck.extract.figure_labels import LENGTH_UNITS, label_in_context
from briefdeck.extract.figure_tables import table_figures
from briefdeck.extract.figure_units import organization_acronym
from briefdeck.extract.lowered import lowered
from briefdeck.extract.numbers import Quantity, find_quantities
from briefdeck.extract.sentences import Document, inside
from briefdeck.model import Figure, Provenance

# Words that end the noun phrase after a number.
STOP = frozenset(
    """a an the of in on at to from for with and or but that which who whom whose were was
    are is be been being will would could can may might should also into near as by than per
    after before since during across over under about around while when where this these
    those its their his her our them they it said say says told have has had not no out up
    down off each every all both either between against including among within inside
    outside through toward towards via like despite amid until following along beyond behind
    there here ago remain remained remains today yesterday tomorrow now currently some
    many later earlier already still again then do does did if unless next last
    fell hit struck flew came went took feel feels seem seems appear appears
    we you i he she us me him""".split()
    # (verbs a bare number can take as its subject: "Four were shot down and two fell near
    # the camp", "to make the last 1,000 feel expensive"; a pronoun starts the clause
    # after a number, never counts: "the 170-plus we logged")
)
# Nouns that say the number is a span of time, a sourcing count or a repetition.
TIME_UNITS = frozenset(
    "second seconds minute minutes hour hours day days week weeks month months year years "
    "decade decades century centuries night nights time min mins h hr hrs "
    # a career counted in spells of duty ("served two tours in Iraq"), not a reported count
    "tour tours stint stints".split()
)
_OUTAGE_UNITS = frozenset("minutes hours days weeks".split())
_HALTED_FOR = re.compile(r"\b(?:suspended|closed|halted|shut|shut\s+down|disrupted|grounded|"
                         r"stopped|paused|interrupted|blocked)\s+for\s+$")
SOURCING = frozenset(
    "official officials source sources spokesperson spokesman spokeswoman diplomat diplomats "
    "broker brokers witness witnesses analyst analysts lawmaker lawmakers staffer staffers "
    "aide aides "
    # the outlets that carried a claim ("two channels reposted it"): who reports, not what
    "channel channels outlet outlets".split()
)
# "two congressional staffers said", "three residents told us": a few people counted as the
# ones speaking are a sourcing (an attribution), not a figure of the story.
_SPEAKING_AFTER = re.compile(r"(?:,[^,.;]{1,40},)?\s+(?:also\s+)?(?:said|say|says|told)\b")
# Things a speaker counts in an argument, not on the ground: "two questions that keep
# colliding", "three reasons", "two ways".
_ABSTRACT = frozenset(
    "question questions issue issues thing things way ways reason reasons point points option "
    "options factor factors idea ideas topic topics aspect aspects lesson lessons priority "
    "priorities goal goals scenario scenarios principle principles theme themes message "
    "messages concern concerns problem problems challenge challenges "
    # a plan's parts, not things on the ground: "a withdrawal in two phases", "three steps"
    "phase phases stage stages step steps".split()
)
MEASURES = {
    "km": "km", "kilometer": "km", "kilometers": "km", "kilometre": "km", "kilometres": "km",
    "m": "m",  # "150 m east of the gate" ("m" for million comes glued or after a currency)
    "mile": "mi", "miles": "mi", "meter": "m", "meters": "m", "metre": "m", "metres": "m",
    "nautical": "nautical miles", "dollars": "USD", "dollar": "USD", "euros": "EUR",
    "pounds": "GBP", "tons": "tons", "tonnes": "tonnes", "percent": "%",
    "nm": "NM", "nmi": "NM",  # nautical miles as sea reports write them ("85NM NW of")
}
# Modifiers that never head a noun phrase (so "U.S. military personnel" is "personnel").
COMPOUND_TAILS = {("service", "members"), ("service", "member"), ("crew", "members"),
                  ("nautical", "miles"), ("family", "members")}
_ADJECTIVES = frozenset("armed unmanned trained guided wounded injured killed detained".split())
# "600 PAC-3 MSEs", "40 IEDs", "12 SM-3s": an acronym's or designator's plural, kept as written.
_ACRONYM_PLURAL = r"[A-Z][A-Z0-9-]*[A-Z0-9]s"
# Plural nouns, with the ones that take no -s ("eight personnel").
_PLURAL = re.compile(r"[a-z][a-z-]{2,}s|personnel|people|staff|police|crew|aircraft|infantry|"
                     r"militia|cattle|livestock|men|women|children|" + _ACRONYM_PLURAL)
_PLURAL_NEXT = re.compile(r"\s+[a-z][a-z-]{2,}s\b")
_IFV = re.compile(r"\s+fighting\s+(vehicles?)\b")
_COMPOUND_NEXT = re.compile(r"\s+(?:members|personnel)\b")
# "170 drone and rocket attacks", "350 US Army and Air Force personnel"
_AND_PLURAL = re.compile(r"\s+(?:and|or)\s+(?![a-z-]+(?:ing|ed)\b)(?:[A-Za-z-]+\s+){1,2}?"
                         r"([a-z][a-z-]{2,}s|personnel|people|staff)\b")
_AND_PLURALS = re.compile(r"\s+(?:and|or)\s+(?![a-z-]+(?:ing|ed)\b)([a-z][a-z-]{2,}s)\b"
                          r"(?!\s+of\b)")
# "the number of troops", "the Army's count of interceptors", "how many SM-3s": the noun a
# bare number later in the sentence counts ("... from 5,200 to 3,000", "... was 92").
_COUNTED = (r"((?:service\s+|crew\s+|family\s+)?[a-z]{3,}s|personnel|people|staff|injured|"
            r"wounded|dead|killed|[A-Z][a-z]{2,}(?:ans|is)|"  # ("the number of Americans hurt")
            r"[Mm]ember\s+[Ss]tates|"  # (an international body's members: "Member States")
            r"[A-Z][\w-]*\d[\w-]*s)\b")  # ("SM-3s": a designator's plural)
_NUMBER_OF = re.compile(r"\b(?:(?:number|count|tally|total)\s+of|how\s+many)\s+"
                        r"(?:[A-Za-z.-]+\s+){0,3}?" + _COUNTED)
# "brings to 13 the number of civilians killed": the noun written after the number.
_NUMBER_OF_AFTER = re.compile(r"\s+(?:the|its|their)\s+(?:total\s+)?(?:number|count|tally)\s+of"
                              r"\s+(?:[A-Za-z.-]+\s+){0,2}?" + _COUNTED)
# A currency is borrowed only across a joiner ("$40 million to 55 million"), never by a bare
# number further on ("which requires $4.2 billion, is 27": not dollars).
_MONEY_JOIN = re.compile(r"\s*,?\s*(?:to|and|or|-|–|(?:up\s+|down\s+)?from|than|versus|vs\.?)\s*$")
# ("struck 14 times by aircraft" stays "times": blows on a target, often one side's air
# strikes, not attacks to add to a tally of attacks on bases)
# ("U.S." and "since Oct. 17: 41 times in Iraq" have no full stop)
_ATTACKED_BEFORE = re.compile(r"\b(?:attacked|targeted|fired\s+on)\b"
                              r"(?:[^.;]|(?<=\b[A-Z])\.|\.(?=\s+\d))*$")
# "a 47-second video": the running time of a clip, a detail a fact check relies on.
_CLIP_LENGTH = re.compile(r"-(second|minute)(?:-long)?\s+(?:video|clip|footage|recording|"
                          r"audio|film)\b", re.I)
# "shared more than 4,800 times", "viewed 1.2 million times": a post's reach.
_SPREAD_BEFORE = re.compile(r"\b(shared|viewed|watched|retweeted|reposted|liked|downloaded)"
                            r"\s+$", re.I)
_SPREAD_UNITS = {"shared": "shares", "viewed": "views", "watched": "views",
                 "retweeted": "retweets", "reposted": "reposts", "liked": "likes",
                 "downloaded": "downloads"}
# "a 650-kilometer border", "a 10-mile exclusion zone": a length, written as an adjective.
_MEASURE_ADJECTIVE = re.compile(r"-(?P<unit>kilomet(?:er|re)|km|mile|met(?:er|re)|"
                                r"nautical-mile)s?\b", re.I)
# "three people familiar with the planning said": sources, counted as an attribution.
_FAMILIAR = re.compile(r"\s+(?:[\w.-]+\s+){0,2}?(?:people|persons|sources)\s+(?:familiar|briefed|"
                       r"with\s+(?:direct\s+)?knowledge|close\s+to|aware)\b")
# ("the number is expected to fall below 1,000": a few words of verb between)
_THEIR_NUMBER = re.compile(r"\b(?:their|its|the|that|this)\s+"
                           r"(?:number|numbers|strength|size|presence)\b[^.;]{0,32}$", re.I)
_ANOTHER = re.compile(r"\b(?:[Aa]nother|[Aa]\s+further)\s+$")
_FORCES = re.compile(r"\b(?:forces|troops|soldiers|personnel|service\s+members)\b")
# "cut its forces from about 3,400 to 1,400", "the force in Iraq would shrink to between 900
# and 1,100", "troop levels to fall from ...", "a residual force of 1,400": a bare number that
# sizes a force counts troops (not an air force or a police force: no head count of troops)
_FORCE_SIZED = re.compile(
    r"(?<![Aa]ir\s)(?<![Pp]olice\s)(?<![Ll]abor\s)(?<![Ll]abour\s)\b(?:[Ff]orces?|"
    r"[Tt]roop\s+(?:levels?|numbers|strength|presence|ceiling|cap))"
    r"(?:\s+(?:in|at|on)\s+(?:the\s+)?(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?|country|region))?"
    r"(?:\s+there)?"  # ("cut its troop numbers there to fewer than 1,000")
    r"(?:\s+(?:would|will|could|should|is|was|are|were|to|had|has|have|be|been|being|expected|"
    r"set|due|now|further|then|shrink|shrinks|shrank|shrunk|fall|falls|fell|fallen|drop|drops|"
    r"dropped|decline|declines|declined|grow|grows|grew|grown|rise|rises|rose|risen|increase|"
    r"increased|decrease|decreased|reduced|cut|total|totals|totaled|totalled|number|numbered|"
    r"stand|stands|stood|reach|reaches|reached|go|goes|went|gone|down|up)){0,4}"
    # ("U.S. forces in Iraq now number about 2,000")
    r"\s+(?:from|to|of|at|between|number|numbers|numbered|total|totals|totaled|totalled)\s+$")
_AGE_AFTER_NAME = re.compile(r"[A-Z][a-z'’-]+(?:\s+Jr\.?)?(?:,|\s*\()\s*$")
# "a man aged 57", "men aged 48 and 71", "aged between 18 and 60": ages, never counts.
_AGED = re.compile(r"\baged\s+(?:between\s+|about\s+|around\s+)?(?:\d+\s*(?:,|and|or|to)\s*)*$",
                   re.I)
# "2 million have been displaced": no noun, and the verb counts people moved or held, not
# the ones counted before.
_MOVED_AFTER = re.compile(r"\s+(?:(?:were|was|have\s+been|has\s+been|had\s+been)\s+)"
                          r"(displaced|evacuated|detained|arrested|rescued|abducted|kidnapped)\b",
                          re.I)
# "nine were injured": no noun, the verb after the number says what was counted.
_TOLL_AFTER = re.compile(r"\s+(?:(?:were|was|have\s+been|had\s+been)\s+)(kill|wound|injur)ed\b",
                         re.I)
# A bare participle as the unit ("19 injured", "four dead") is a toll, kept in the report's
# own word: "injured" and "wounded" are not always used alike (a relief update counts the
# injured, a military release its wounded), and the reader checks the figure against the text.
_TOLL_UNITS = {"injured": "injured", "hurt": "injured", "wounded": "wounded", "dead": "dead",
               "killed": "killed"}
# Vague tallies that only set the scene: "dozens of attacks since November", "prisons that
# hold thousands of fighters". A vague amount of a distance ("a few hundred metres from the
# town") says "near", not how far.
_SINCE = re.compile(r"[^.;:]*?\b(?:since|after\s+(?:[A-Z][a-z]+\.?\s+)?(?:19|20)\d\d\b)")
_STILL_AFTER = re.compile(r"(?:\s+[\w.'’-]+){0,4}?\s+still\b")
_HOLDING = re.compile(r"\b(?:hold|holds|holding|held|house|houses|housing|hosts?|hosting|"
                      r"detain(?:s|ing)?)\s+"
                      r"[\"“]?$", re.I)  # ('still held "a few hundred" rockets': a stockpile)
# "12nm W of", "3 nm off the coast": nautical miles written in lower case.
_AT_SEA = re.compile(r"\s+(?:[NSEW]{1,3}\b|(?:north|south|east|west)|of|from|off|away|offshore)",
                     re.I)
_LENGTHS = frozenset({"km", "mi", "m", "nautical miles", "NM"})
# "about a mile from", "within one kilometre of": one unit of distance, which the count
# rule leaves out as "one".
_A_DISTANCE = re.compile(r"\b(?P<qual>about|around|roughly|nearly|almost|some|within|less\s+than|"
                         r"more\s+than|under|over)\s+(?:an?|one)\s+"
                         r"(?P<unit>mile|kilomet(?:er|re))\b", re.I)
_A_DISTANCE_QUAL = {"within": "up to", "less than": "fewer than", "under": "fewer than",
                    "more than": "more than", "over": "more than"}
# A quoted small count stays when it names a model or make: "two S-300 missiles".
_DESIGNATOR = re.compile(r"\s+(?:[A-Z][\w-]*\d[\w-]*|[A-Z]{2,}\b)")
# So does one that counts formations or warships: '"two regiments have been deployed"' is
# an order of battle told by a commander, never a figure of speech.
_FORMATIONS_AFTER = re.compile(r"\s+(?:[a-z-]+\s+)?(?:regiments|battalions|brigades|divisions|"
                               r"companies|squadrons|batteries|platoons|warships|destroyers|"
                               r"frigates)\b"
                               # and munitions: '"two Katyusha-type rockets fell near the base"'
                               # is a statement's report of an attack, not a figure of speech
                               r"|\s+(?:[\w-]+\s+){0,2}?(?:rockets|missiles|drones|mortar\s+rounds|"
                               r"mortars|shells|projectiles|UAVs|bombs)\b")
_TOLL_VERB = re.compile(r"\b(kill(?:ed|ing)|wound(?:ed|ing)|injur(?:ed|ing))\s+$", re.I)
# "killing nine militants and detaining 31": a bare number after a verb of capture counts
# the ones held, not the noun counted before it.
_HELD_VERB = re.compile(r"\b(detain|arrest|captur)(?:ed|ing)\s+$", re.I)
# "six fighters killed and 19 detained": a tally by fate, the participle after the noun and
# a second count with its own; the first counts the killed, not all the fighters.
_FATE_AFTER = re.compile(r"\s+(killed|wounded|injured|detained|arrested|captured),?\s+and\s+"
                         r"(?:\d[\d,]*|[a-z]+)\s+(?:others\s+)?(?:killed|wounded|injured|"
                         r"detained|arrested|captured)\b")
_HELD_WORDS = {"detain": "detained", "arrest": "arrested", "captur": "captured"}
# "66 were hurt, 25 of them with traumatic brain injuries", "three diagnosed with
# concussions": a number with no noun of its own counts the injuries it is said to have.
_WITH_INJURIES = re.compile(r"(?:\s+of\s+(?:them|those|whom))?,?\s+(?:(?:were|was)\s+)?"
                            r"(?:(?:diagnosed|treated|suffering|evacuated|hospitali[sz]ed)\s+)?"
                            r"with\s+((?:[a-z-]+\s+){0,3}?(?:injuries|wounds|concussions|"
                            r"burns|fractures))\b")
_NOT_ONE_OF = frozenset("she one man woman child person".split())  # (no plural by "-s")
_INJURY_UNIT = re.compile(r"(?:injuries|wounds|concussions|burns|fractures)$")
_NOT_ONE_OF = frozenset("she one man woman child person".split())  # (no plural by "-s")
_INJURY_UNIT = re.compile(r"(?:injuries|wounds|concussions|burns|fractures)$")
# "the drone was one of two launched at the base": the bare number counts the subject's kind.
_ONE_OF = re.compile(r"\b([a-z]{3,}?)s?\s+(?:was|is|had\s+been|has\s+been)\s+"
                     r"(?:only\s+)?one\s+of\s+(?:the\s+)?$")
# "testimony from two senior officers", "briefed by three officials": who speaks, a sourcing.
_HEARD_FROM = re.compile(r"\b(?:testimony|testified|briefing|briefed|heard|interviews?|"
                         r"interviewed)\s+(?:from|by|with)\s+$", re.I)
# "the two sites", "those three bases", "the same two groups", "all three": a group already
# counted, named again.
_DEFINITE = re.compile(r"\b(?:the|these|those|both|all)\s+(?:same\s+)?$", re.I)
# "four of the six", "all of the seven": a part, before the whole it is taken from
_PART_OF = re.compile(r"\b(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|all|"
                      r"some|most|none|each)\s+of\s+(?:the|those|these)\s+$", re.I)
# "a crew of 21", "a garrison of 300": the group is what the bare number counts.
_BARE_DEFINITE = re.compile(r"\b(?:the|these|those)\s+$", re.I)
# "The raids, 12 in Iraq and 19 in Syria, ...": the numbers split the plural just named.
_APPOSITIVE_HEAD = re.compile(r"\b(?:[Tt]he|[Tt]hese|[Tt]hose)\s+(?:[a-z-]+\s+)?"
                             r"([a-z]{3,}s),\s*$")
# "3K troops": a K right after the digits, with no word or designator running on ("9K720")
_THOUSANDS_K = re.compile(r"[Kk](?![\w-])")
_GROUP_OF = re.compile(r"\b(crew|garrison|contingent|detachment|complement)\s+of\s+$", re.I)
# "the attackers, estimated at 20 to 30,": the number counts the noun it is said of.
_ESTIMATED_AT = re.compile(r"\b([a-z]{3,}s|personnel|people),?\s+(?:(?:were\s+|was\s+)?"
                           r"(?:estimated|put|reckoned)\s+at|numbering)\s+$")
_OF_THEM = re.compile(r"\s+of\s+(?:them|those|whom)\b")
_NOUN_BEFORE_COMMA = re.compile(r"\b([a-z][a-z-]{2,}s|personnel|people|staff),\s*$")
# "16 were wounded, three of them seriously", "two of the dead were children": part of a toll
# already given, not a count of its own.
_TOLL_WORD = re.compile(r"\b(?:kill|wound|injur|hurt|dead|died|casualt)", re.I)
_OF_CASUALTIES = re.compile(r"\s+of\s+(?:the|those)\s+(?:[a-z-]+\s+)?(?:dead|wounded|injured|"
                            r"killed|casualties|victims|fatalities)\b")
# "the dead included two drone experts", "among the wounded were three children": a part of
# a toll, not a count of its own.
_AMONG_CASUALTIES = re.compile(r"\b(?:(?:dead|killed|wounded|injured|casualties|victims)\s+"
                               r"(?:included|include|includes)|among\s+(?:the\s+)?(?:dead|"
                               r"killed|wounded|injured|casualties|victims)\s+(?:were|was|are|is))"
                               r"\s+$", re.I)
# Casualty shorthand of tables and sitreps ("2 US WIA", "1 KIA"): a toll, which the events
# carry, never a figure.
_CASUALTY_CODES = frozenset({"wia", "kia", "mia", "dow"})
# "Rockets (4 x 107mm)", "4 x 107mm rockets": a count of munitions written as a multiplication.
_TIMES_SIGN = re.compile(r"\s*[x×]\s+(?=\S*\d)")
_NOUN_BEFORE_PAREN = re.compile(r"([A-Za-z][a-z-]{2,}s)\s*\(\s*$")
# A sentence that opens on a bare number saying how many are left: "... from eight sites.
# Four remain." (the count of the noun the sentence before counted).
_LEFT_OPENING = re.compile(r"\s+(?:remain|remains|remained|stay|stays|stayed|are\s+left|"
                           r"were\s+left|are\s+still|were\s+still)\b")
# Forces a speaker answers about ("How many troops ...? - About 900 in Syria."): the bare
# number placed "in" a country counts them.
_IN_PLACE_AFTER = re.compile(r"\s+in\s+[A-Z][a-z]")
_FORCES_ASKED = re.compile(r"\b(?:forces|troops|soldiers|personnel|service\s+members|"
                           r"Americans)\b")
# "down from", "up from", "compared with", "nowhere near the": a bare number set against the
# count told just before it, of the same thing.
_COMPARED_BEFORE = re.compile(r"\b(?:(?:down|up)\s+from|compared\s+(?:with|to)|near|versus|vs\.)"
                              r"\s+(?:the\s+)?$")
_MET_BEFORE = re.compile(r"\b(?:has|have|had)\s+met\s+$")
_PART = "\0part"  # the unit of such a part, and of the numbers that borrow from it
# "19 of the 24 crew": the first number counts the noun of the second.
_OF_NUMBER = re.compile(r"\s+of\s+(?:the|its|their|those|these)\s+")
# "96 a year", "12 interceptors a month", "a rise to 40 per day": a rate, kept with its period.
# ("per day of output": "per" always makes a rate; "a day of fighting" is a span)
_RATE = re.compile(r"\s+(?:a|an|each|every)\s+(year|month|week|day|night|hour)\b"
                   r"(?!\s+(?:earlier|later|after|before|ago|and|or|of|long|old|since|into)\b)"
                   r"|\s+per\s+(year|month|week|day|night|hour)\b"
                   r"|\s+(annually|per\s+annum)\b", re.I)
# "raise interceptor output to 96 a year": what a rate without a noun counts.
_OUTPUT_OF = re.compile(r"\b([a-z]{3,}?)s?\s+(?:output|production|deliveries|manufacturing)\b"
                        r"(?!\s+of\b)|"
                        r"\b(?i:output|production|deliveries|manufacturing)\s+of\s+(?:the\s+)?"
                        r"(?:[A-Z][\w-]*\s+)?([a-z]{3,}?)s?\b")  # ("of THAAD interceptors")
# "$20,000, maybe $50,000", "three, perhaps four": a speaker's range, its top hedged.
_HEDGED_HIGH = re.compile(r",\s+(?:maybe|perhaps|possibly)\s+")
# "70-plus vessels", "two hundred or so": written qualifiers after the number.
_PLUS = re.compile(r"-plus\b")
_AND_AFTER = re.compile(r"\s+(?:and|or|&)\s")  # "144 HTS and allied fighters": the noun comes later
_OR_SO = re.compile(r"\s+or\s+so\b")
# Vague amounts that only set the scene: "for years", "in recent years" (a tally over time),
# crowds ("hundreds of mourners") and vague areas ("several thousand dunams").
_BACKGROUND = re.compile(r"\b(?:in\s+recent\s+(?:years|decades)|over\s+the\s+(?:past|last)\s+"
                         r"(?:few\s+|several\s+)?(?:years|decades)|for\s+(?:many\s+)?years)\b",
                         re.I)
_CROWDS = frozenset("mourners worshippers worshipers spectators onlookers attendees guests fans "
                    "well-wishers supporters".split())
_AREAS = frozenset("dunams dunums donums hectares acres".split())
# "more than 5,000 rockets, missiles and UAVs": one count of a list of kinds.
_LIST_PLURALS = re.compile(r"(?:,\s+(?:[a-z][a-z-]{2,}s|[A-Z]{2,5}s)\b){1,3},?\s+(?:and|or)\s+"
                           r"(?:[a-z][a-z-]{2,}s|[A-Z]{2,5}s)\b(?!\s+of\b)")
# "drone, air and artillery strikes", "Iranian, Iraqi and Syrian fighters": modifiers in a
# list before the one plural noun they all qualify.
_MODIFIER_LIST = re.compile(r"(?:,\s+[A-Za-z][\w-]*(?<!s)){0,3},?\s+(?:and|or)\s+"
                            r"[A-Za-z][\w-]*(?<!s)\s+([a-z][a-z-]{2,}s)\b(?!\s+of\b)")
# (a tab ends the cell: the next cell of a table row is not the counted noun)
# "AN/TPY-2 radars"; "three 107mm rockets": a calibre before the noun is part of it
_NEXT = re.compile(r" *([A-Za-z][\w.'’/-]*|\d{2,3}(?:\.\d)?-?mm\b)")
# Plural nouns that often stand before another noun as its modifier ("weapons depots",
# "operations centers", "arms caches").
_ATTRIBUTIVE = frozenset("weapons arms munitions operations communications logistics "
                         "explosives drugs".split())
_WHEN_WORDS = frozenset("overnight today tonight yesterday again earlier later daily weekly "
                        "nightly".split())
_ATTRIBUTIVE_AND = re.compile(r"\s+and\s+(?:[a-z][a-z-]+\s+){1,2}([a-z][a-z-]{2,}s)\b")
_OF = re.compile(r"\s+of\s+(?:(?:the|their|its|those|these|his|her|our)\s+)?")
_NUMBER_WORD = re.compile(r"(?:\d[\d,]*(?:\.\d+)?\s|(?:two|three|four|five|six|seven|eight|"
                          r"nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty|"
                          r"hundred)\b)", re.I)
_INITIALS = re.compile(r"(?:[A-Z]\.)+")
_NAME_BEFORE = re.compile(r"(?:\b[A-Z][A-Za-z]*|\bNo\.|\bno\.|#|\bpage|\bp\.)\s?$")
# A file's size on a page ("Download (44.6 MB)") and a shop's discount ("15% off at ..."):
# page furniture, never a figure of the report.
_FILE_SIZE_AFTER = re.compile(r"\s?(?:[KMGT]B|[kKMG]iB|kb)\b")
_DISCOUNT_AFTER = re.compile(r"\s+off\b(?!\s+(?:the|its|their|a|an)\b)", re.I)
# "(2) multiyear procurement ...; (3) extension of ...": a list's item numbers, told by the
# item before ("(1)") a little earlier.
_ENUMERATOR_REACH = 600
# "over 2025 and 2026", "by 2030": a year after a qualifier word is still a year.
_YEAR_WORD = re.compile(r"(?:19|20)\d\d")
_TIME_AFTER = re.compile(r"^(?::\d|\s*(?:a\.m\.|p\.m\.|am\b|pm\b|GMT|UTC|EST|EDT|BST|CET|CEST|"
                         r"AST|EET|EEST|IST|Zulu|local\s+time|o'clock|hours?\s+GMT|hrs\b))", re.I)
_CALIBRE_AFTER = re.compile(r"^\s*(?:mm|millimet(?:er|re)s?|cm|caliber|calibre)\b", re.I)
# "since 5 November", "between 8 and 13\nNovember": a day of a month, even where a hard line
# break (text pasted from a PDF) has cut the sentence after the number.
_MONTH_AFTER = re.compile(r"\s*(?:(?:and|to|-|–)\s*\d{1,2}\s*)?(?:January|February|March|April|"
                          r"May|June|July|August|September|October|November|December|Jan\.|"
                          r"Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.|"
                          # "23 FEB 25", "4 Mar 2025": military and European short forms
                          r"(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)\b|"
                          r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?=\s+\d))(?![\w-])")
# "26 Jumada al-Awwal 1447", "12 Farvardin", "3 Tishrei": a day of another calendar's month
# (Hijri, Iranian, Hebrew), as Arabic, Persian and Israeli outlets stamp and date reports.
_OTHER_MONTH_AFTER = re.compile(
    r"\s*(?:(?:and|to|-|–)\s*\d{1,2}\s*)?(?:Muharram|Safar|Rabi[\w'’ -]{0,4}(?:Awwal|Thani|"
    r"Akhir)|Jumad[ai][\w'’ -]{0,5}(?:Awwal|Ula|Oula|Akhira|Akhirah|Thani|Thaniya)|Rajab|"
    r"Sha[’']?ban|Ramadan|Ramadhan|Shawwal|Dhu[ -]?al[ -]?(?:Qa[’']?dah?|Qi[’']?dah|"
    r"Hijjah?)|Farvardin|Ordibehesht|Khordad|Mordad|Shahrivar|Azar|Bahman|Esfand|Tishrei|"
    r"Cheshvan|Heshvan|Kislev|Tevet|Shevat|Adar|Nisan|Iyar|Sivan|Tammuz|Elul)\b", re.I)
_HIJRI_YEAR_AFTER = re.compile(r"\s?(?:AH|A\.H\.|SH|S\.H\.|H)(?![\w.])")
_DESIGNATION_AFTER = re.compile(r"[A-Za-z]{1,3}\d")
_TEMPERATURE_AFTER = re.compile(r"\s*(?:°|degrees?\b(?!\s+of\b))", re.I)
# "0600Z", "141530ZMAR25": a Zulu time or a date-time group, glued to its "Z".
# "13:05 JST", "0800 KST": a clock time followed by any zone abbreviation ending in T.
_ZONE_AFTER = re.compile(r"\s*[A-Z]{1,3}[SD]?T\b")
# "the 444 Brigade", "3 Commando Brigade": a unit's number, never a count of brigades.
_FORMATION_AFTER = re.compile(r"\s+(?:[A-Z][a-z]+\s+){0,2}(?:Brigade|Battalion|Regiment|Division|"
                              r"Corps|Squadron|Wing|Group|Fleet|Company|Battery|Flotilla|"
                              r"Detachment|Commando|Task\s+Force)\b")
# "two of the most powerful groups": a ranking that describes, not a count that reports.
_SUPERLATIVE_OF = re.compile(r"\s+of\s+(?:the|its|their)\s+(?:most|least|biggest|largest|"
                             r"strongest|best|worst|larger|bigger|smaller|more|better)\b")
_ZULU_AFTER = re.compile(r"Z(?:[A-Z]{3}\d{2})?\b")
# "on November 12 and 13": the second day of a month named before.
_MONTH_BEFORE = re.compile(r"(?:January|February|March|April|May|June|July|August|September|"
                           r"October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|"
                           r"Dec\.)\s+\d{1,2}(?:st|nd|rd|th)?\s*(?:and|to|or|through|-|–)\s*$")
# "a man in his 60s", "the 1990s": a decade, written with the "s" on the number.
_DECADE = re.compile(r"0s\b")
# (scanned from its first digit, which the regex engine finds fast, then widened back over
# "(" and "+": an optional opening makes it try every character of the text)
_PHONE = re.compile(r"\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}")
_FUNCTION_WORDS = frozenset(
    "a an all the only another about some nearly at more over roughly approximately by in on and "
    "but with of to from for than just almost around".split()
)
_QUALIFIER_WORDS = frozenset(
    "about around approximately roughly some nearly almost more less fewer over under up least "
    "as many much an estimated than from between to and".split()
)


# "2 DOD, \"Statement ...,\" October 21, 2023." or "4 U.S. Central Command, statement, ...": a
# note's number opening a line, then the source cited (a name, a comma or a year), no toll
_NOTE_SOURCE = re.compile(r" [A-Z][\w.&'’-]*(?: (?:(?:of|the|for|and|on) )?[A-Z][\w.&'’-]*){0,4}"
                          r"(?:,|\s+press\s+releases?\b)")
_NOTE_YEAR = re.compile(r"\b(?:19|20)\d\d\b|\bFY\d")


# "0710", "at 1430 EAT", "2200 local": a military clock time (a leading zero, or a zone after).
_CLOCK = re.compile(r"(?<![\d,.])(?:0\d|1\d|2[0-3])[0-5]\d$")
_CLOCK_ZONE_AFTER = re.compile(r"\s*(?:[A-Z]{1,4}T|Z|L|UTC|hrs?|local(?:\s+time)?)\b"
                               r"(?!\s+[a-z]+s\b)")
# "1800C", "0410Z": a military time with its zone letter glued on.
_ZONE_LETTER = re.compile(r"[A-Z](?![\w-])")
# "at 1800", "c. 1800", "until 2200": a time of day when no counted noun follows.
_AT_CLOCK = re.compile(r"(?:\b(?:at|by|until|till|after|before|from)|\bc\.|\bca\.|"
                       r"\bapprox\.)\s+$", re.I)
_WORD_NEXT = re.compile(r"\s+([A-Za-z]+)")
# "2.1 Mogadishu: ...", "3.4 Outlook": a section's number opening a line of a brief.
_SECTION_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2})+\.?$")
# A position, "15°48'N 042°18'E" or "14 56N 042 18E": the minutes after a degree sign or
# before a prime, a number glued to its hemisphere, and the degrees before such minutes.
_COORDINATE_AFTER = re.compile(r"\s?['′’″\"]\s?(?:[NSEW]\b|\d)|[NSEW](?![\w'’])|"
                               r"\s\d{1,2}(?:\.\d+)?['′’]?[NSEW](?![\w'’])")
# A position written as a pair: decimal degrees ("36.771, 42.153", "-33.86 151.21"), with
# hemispheres after or before ("36.77 N, 42.15 E", "N 36.77 E 42.15") or labelled
# ("lat 36.77"). Either half is a coordinate, never a distance or a count.
_LAT_LON = re.compile(
    r"(?<![\w.])[-−]?\d{1,2}\.\d{3,}°?\s?[,/;]?\s?[-−]?\d{1,3}\.\d{3,}(?!\.?\d)"
    r"|(?<![\w.])\d{1,2}(?:\.\d+)?\s?°?\s?[NS],?\s?\d{1,3}(?:\.\d+)?\s?°?\s?[EW](?![A-Za-z])"
    r"|\b[NS]\s?\d{1,2}(?:\.\d+)?°?,?\s?[EW]\s?\d{1,3}(?:\.\d+)?"
    r"|\b(?:[Ll]at(?:itude)?|[Ll]ong?(?:itude)?|[Ll]ng)\.?\s?[:=]?\s?[-−]?\d{1,3}(?:\.\d+)?")
_HEMISPHERE_AFTER = re.compile(r"\s?°?\s?[NSEW](?![A-Za-z])")
_COORDINATE_REACH = 32  # longer than the other half of a pair and its label
# "1000 Defense Pentagon", "1600 Pennsylvania Avenue NW", "10 Downing Street": a street
# number of an address (its postcode follows a capital, and names are left out already).
_STREET_AFTER = re.compile(r" (?:[A-Z][\w.'’-]*\s){0,3}?(?:Street|St\.|Avenue|Ave\.?|Road|"
                           r"Rd\.|Boulevard|Blvd\.?|Drive|Lane|Way|Plaza|Place|Court|Square|"
                           r"Parkway|Highway|Pentagon)(?![\w-])")


# "Total attacks since May 2: 41", "Drones intercepted: 12": a label opening the line names
# what the number after its colon counts (a page's "Reposts: 40" counts nothing reported)
_COLON_LABEL = re.compile(r"\s*(?:(?:Total|Number\s+of|Confirmed|Reported)\s+)?"
                          r"([A-Za-z][a-z]{2,}s)\b[^:;,\n]{0,36}:\s*")
_PAGE_COUNTERS = frozenset("reposts retweets likes views comments replies shares bookmarks "
                           "quotes followers votes reactions downloads photos words pages".split())

# "now THREE, not two", "four rather than two": the superseded count of a correction.
_CORRECTED_BEFORE = re.compile(r"(?:,\s*not|\brather\s+than|\binstead\s+of)\s+$", re.I)
# A count glued to K or M ("31.6K", "1.2M") with nothing counted after it, or only a page's
# counter ("12K views"): the reach of a post, not a fact of the report.
_SOCIAL_COUNT = re.compile(r"[KkM](?![\w-])(?:\s*(?:" + "|".join(sorted(_PAGE_COUNTERS)) +
                           r"|subscribers|members|impressions|plays|watching)\b|(?!\s*[A-Za-z]))")


def _counted_next(text: str, pos: int) -> bool:
    """Does a noun that could be counted follow ("at 1800 troops"), not "at 1800 on Monday"?"""
    word = _WORD_NEXT.match(text, pos)
    return bool(word) and word.group(1).lower() not in STOP and \
        word.group(1).lower() not in ("hours", "hrs", "hr", "h", "tonight", "local")


def _is_note(text: str, pos: int) -> bool:
    """Is the line from pos on a note citing its source ("DOD, FY2024 budget request")?"""
    line_end = text.find("\n", pos)
    line = text[pos: line_end if line_end >= 0 else len(text)]
    first = line.split(". ", 1)[0]
    return bool(_NOTE_SOURCE.match(line)) and bool(_NOTE_YEAR.search(line)) and \
        not _TOLL_WORD.search(first)


def _coordinate(text: str, q: Quantity) -> bool:
    """Is q one half of a latitude-longitude pair? Looked at only for a number with decimals
    or a hemisphere letter after it, or one a label may name, which few numbers have."""
    if "." not in q.text and not _HEMISPHERE_AFTER.match(text, q.end):
        before = text[max(0, q.start - 12):q.start].lower()
        if "lat" not in before and "lon" not in before and "lng" not in before:
            return False
    digits = q.end - len(q.text.rsplit(None, 1)[-1])  # ("approximately 36.77, 42.15")
    for m in _LAT_LON.finditer(text, max(0, digits - _COORDINATE_REACH),
                               min(len(text), q.end + _COORDINATE_REACH)):
        if m.start() <= digits and q.end <= m.end():
            return True
    return False


def _excluded(text: str, q: Quantity, sent_start: int, sent_end: int,
              dates: list[tuple[int, int]]) -> bool:
    i = bisect.bisect_left(dates, (q.start, q.start)) - 1  # dates: sorted, non-overlapping
    if any(s < q.end and q.start < e for s, e in dates[max(i, 0) : i + 3]):
        return True
    if text[q.start - 1:q.start] == "[" and text[q.end:q.end + 1] == "]":
        return True  # "[17]": a note marker
    if text[q.start - 1:q.start] == "(" and text[q.end:q.end + 1] == ")" and \
            q.text.isdigit() and 1 < q.value <= 30 and \
            f"({int(q.value) - 1})" in text[max(0, q.start - _ENUMERATOR_REACH):q.start]:
        return True  # "(2) procurement ...": an item's number in a list, after "(1)"
    if q.text[-1:].isdigit() and not q.money and _FILE_SIZE_AFTER.match(text, q.end):
        return True  # "44.6 MB": a file's size
    if q.percent and _DISCOUNT_AFTER.match(text, q.end):
        return True  # "15% off": a promotion's discount
    if q.text[-1:].isdigit() and (text[q.start - 1:q.start] in ("°", "º") or
                                  _COORDINATE_AFTER.match(text, q.end)):
        return True  # part of a position in degrees and minutes
    if q.text[-1:].isdigit() and not q.money and _coordinate(text, q):
        return True  # "36.7714, 42.1529": half of a position
    if q.text.isdigit() and text[q.end:q.end + 2][-1:].isupper() and \
            _STREET_AFTER.match(text, q.end):
        return True  # "1000 Defense Pentagon": a street number, not a count
    after = text[q.end : min(sent_end, q.end + 20)]
    if text[q.start - 1:q.start] == " " and text[q.start - 5:q.start - 1] in (
            "not", " not", "than", "d of") and \
            _CORRECTED_BEFORE.search(text, max(sent_start, q.start - 14), q.start) and \
            not _counted_next(text, q.end):
        return True  # "is now three, not two": the count the report corrects
    if after[:1] in ("K", "k", "M") and q.text[-1:].isdigit() and not q.money and \
            _SOCIAL_COUNT.match(after):
        return True  # "👁 31.6K", "12K views": a post's reach, shorthand for thousands
    if q.text[-1:].isdigit() and not q.money and not q.percent:
        if q.text[-1] == "0" and q.value == 0 and q.text.strip() == "0":
            return True  # "0" in a table's cell: nothing happened, nothing to count
        clock = _CLOCK.search(q.text)
        if clock and (clock.group(0)[0] == "0" or _CLOCK_ZONE_AFTER.match(text, q.end) or
                      _ZONE_LETTER.match(text, q.end) or (
                          _AT_CLOCK.search(text, max(sent_start, q.start - 8), q.start) and
                          not _counted_next(text, q.end))):
            return True  # "1930C", "review after 1800C", "c. 1800": a time of day
        if _SECTION_NUMBER.fullmatch(q.text) and (q.start == 0 or text[q.start - 1] == "\n"):
            return True
        if q.value < 100 and q.text.isdigit() and (q.start == 0 or text[q.start - 1] == "\n") \
                and _is_note(text, q.end):
            return True
    if after.startswith("-") and len(after) > 1 and after[1].isalpha() and \
            not _MEASURE_ADJECTIVE.match(after) and not _CLIP_LENGTH.match(after):
        return True  # "three-star", "107-mm", "45-year-old": an adjective, not a count
    if q.text[-1:].isdigit() and _DESIGNATION_AFTER.match(after):
        return True  # "a 2S1 howitzer", "9K720": a designation that starts with a digit
    if _TEMPERATURE_AFTER.match(after) or \
            text[max(sent_start, q.start - 6):q.start].lower().endswith("minus "):
        return True  # "minus 30", "40 degrees": a temperature, not a count
    if _TIME_AFTER.match(after) or _CALIBRE_AFTER.match(after) or \
            (q.text[-1:].isdigit() and _ZULU_AFTER.match(after)):
        return True
    if q.text[-1:].isdigit() and not q.money and not q.percent and (
            _FORMATION_AFTER.match(text, q.end) or
            (text[q.start - 1:q.start] == ":" and _ZONE_AFTER.match(text, q.end))):
        return True
    if not q.money and not q.percent and (q.value_high or q.value) <= 31 and \
            q.text[-1:].isdigit() and (_MONTH_AFTER.match(text, q.end) or
                                       _MONTH_BEFORE.search(text, max(0, q.start - 24), q.start)):
        return True  # a day of the month the dates module did not take
    if q.text[-1:].isdigit() and not q.money and (q.value_high or q.value) <= 31 and \
            _OTHER_MONTH_AFTER.match(text, q.end):
        return True  # a Hijri, Iranian or Hebrew date: a day, never a count
    if q.text[:1].isdigit() and text[q.start - 1:q.start] == ":" and \
            text[q.start - 2:q.start - 1].isdigit():
        return True  # "10:42": the minutes of a clock time (or a ratio), never a count
    if _DECADE.match(text, q.end - 1) and q.text[-1:].isdigit():
        return True
    digits = re.sub(r"\D", "", q.text)
    if re.match(r"(?:st|nd|rd|th)\b", after):
        return True  # "16th Regiment": an ordinal, never a count
    if q.money and re.search(r"\.\d\d$", q.text) and q.value < 100:
        return True  # "$4.99": a price on page furniture, not a reported sum
    if digits and q.text.lstrip("$£€US ").replace(",", "")[:1].isdigit():
        plain = q.text.lstrip("$£€US ")
        if q.value_high is not None:
            first = re.search(r"\d[\d,]*", plain)  # "20 to 30" is no year 2030
            digits = first.group(0).replace(",", "") if first else digits
        if len(digits) == 4 and "," not in plain and 1900 <= int(digits) <= 2100 and not q.money:
            return True  # a year
        if len(digits) == 4 and 1300 <= int(digits) <= 1500 and _HIJRI_YEAR_AFTER.match(after):
            return True  # "1447 AH", "1404 SH": a Hijri or Iranian year
        if len(digits) >= 7 and "," not in plain:
            return True  # an id or a phone number
        before = text[max(sent_start, q.start - 12) : q.start]
        first_word = q.text.split()[0].lower()
        name = _NAME_BEFORE.search(before)
        if first_word not in _QUALIFIER_WORDS and name and \
                name.group(0).strip().lower() not in _FUNCTION_WORDS and \
                name.group(0).strip().lower() not in _ORDER_VERBS:
            # "Tower 22", "IE 11", "Release No. 24": a name with a number in it
            if not before.rstrip().endswith((",", ":")) and not (
                    before[-1:] in "\t\n" and _counted_next(text, q.end)):
                return True  # (a label's cell, "Casualties<tab>3 killed", names no number)
    if not q.money and q.value_high is None and " " in q.text and \
            _YEAR_WORD.fullmatch(q.text.rsplit(None, 1)[-1]) and not _counted_next(text, q.end):
        return True  # "over 2025", "by about 2030": a year after a word, not a count
    if _AGE_AFTER_NAME.search(text, max(sent_start, q.start - 30), q.start) and \
            re.match(r"\s*[,)]", text[q.end:q.end + 2]) and q.value < 120 and not q.percent:
        return True  # "Eitan Mizrahi, 34, from Haifa": an age
    if not q.percent and not q.money and _AGED.search(text, max(sent_start, q.start - 30),
                                                      q.start):
        return True  # "a woman aged 62"
    if q.value == 1 and not q.money and not q.percent and (
            q.qualifier == "exact" or not re.search(r"\d", q.text)):
        return True  # "one official", "in more than one place": not worth a figure
    if q.value <= 3 and not q.money and _SUPERLATIVE_OF.match(text, q.end):
        return True
    if q.value <= 10 and q.text.isalpha() and _DEFINITE.search(text, max(sent_start,
                                                                          q.start - 13), q.start):
        if q.value <= 3 or not _PART_OF.search(text, max(sent_start, q.start - 32), q.start):
            return True  # "at the two sites", "the four injuries": the ones counted before
        # ("four of the six missiles": the whole a part is taken from is counted)
    return False


_ACCUSED_NOUN_NEXT = frozenset("who whom were was in of from and at have had are".split())
_MEMBERS_OF = re.compile(r"\s+of\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,3}?(?:(?:security|armed|"
                         r"government|police|military)\s+)?(?:forces|army|police|military)\b")


def unit_after(text: str, pos: int, limit: int, exact: bool = True) -> tuple[str, str]:
    """(unit, noun phrase as written) after a number: 'U.S. military personnel' -> personnel."""
    words: list[tuple[str, int, int]] = []
    of = _OF.match(text, pos, limit)  # "hundreds of troops"
    i = of.end() if of else pos
    if of and _NUMBER_WORD.match(text, i, limit):
        return "", ""  # "three of the seven attacks": the noun is the second number's
    while len(words) < 5:
        m = _NEXT.match(text, i, limit)
        if not m:
            break
        raw = m.group(1)
        token = raw if _INITIALS.fullmatch(raw) else raw.rstrip(".")
        low = token.lower()
        if low in STOP and not (token.isupper() and len(token) > 1):
            break  # ("IS fighters": an acronym, not the verb)
        if low.endswith("ly") and exact:
            nxt = _NEXT.match(text, m.start(1) + len(raw), limit)
            if nxt and nxt.group(1).lower().rstrip(".").endswith("ed"):
                if words:
                    break  # "two Iraqis lightly wounded": the adverb starts the predicate
                i = m.start(1) + len(raw)
                continue  # "five heavily armed men": the adverb describes, "men" is counted
        if words and low in _ADJECTIVES and (nxt := _NEXT.match(
                text, m.start(1) + len(raw), limit)) and nxt.group(1).islower() and \
                nxt.group(1) not in STOP and token == raw:
            i = m.start(1) + len(raw)  # "140 UK armed forces personnel": a modifier
            continue
        if (words or low not in _ADJECTIVES) and low.endswith(("ing", "ed")) and \
                (words or token[:1].islower()) and len(low.rsplit("-", 1)[-1]) > 4:
            # (capitalised and first, "18 Allied and partner nations", an adjective or a name;
            # after the noun, "2 Soldiers Evaluated for TBI", a headline's verb; and
            # "fixed-wing drones": a noun's modifier)
            # "9,000 suspected IS fighters": a leading participle before a noun describes it
            nxt = _NEXT.match(text, m.start(1) + len(raw), limit)
            if not words and low == "accused" and (
                    not nxt or nxt.group(1).lower() in _ACCUSED_NOUN_NEXT):
                # "arrested three accused who fired ...": the accused, a noun (not "two
                # accused the army of ..." nor "three accused militants")
                words.append((token, m.start(1), m.start(1) + len(token)))
                break
            if words or not exact or not nxt or nxt.group(1).rstrip(".") in STOP or \
                    nxt.group(1).lower().endswith(("ing", "ed")) or \
                    text[m.start(1) + len(raw):m.start(1) + len(raw) + 1] in ",;:":
                break
            i = m.start(1) + len(raw)
            continue
        words.append((token, m.start(1), m.start(1) + len(token)))
        i = m.start(1) + len(token)
        ifv = _IFV.match(text, i, limit) if low == "infantry" else None
        if ifv:  # "four BMP-2 infantry fighting vehicles": vehicles, not infantry
            words.append((ifv.group(1), ifv.start(1), ifv.end(1)))
            break
        if token in ("SM", "SMs"):
            break  # "5 U.S. SM wounded": the military's short form of service members
        if low in _ATTRIBUTIVE and exact:
            joined = _ATTRIBUTIVE_AND.match(text, i, limit)
            if joined:  # "two weapons and ammunition storage facilities": facilities
                words.append((joined.group(1), joined.start(1), joined.end(1)))
                break
            nxt = _NEXT.match(text, i, limit)
            if nxt and nxt.group(1).islower() and nxt.group(1) not in STOP and \
                    nxt.group(1).rstrip(".,;:") not in _WHEN_WORDS:
                continue  # "three weapons depots": the plural describes the noun after it
                # (not "two operations overnight": an adverb of time, the noun ends)
        if _PLURAL.fullmatch(token) and not _COMPOUND_NEXT.match(text, i, limit) and not (
                not token.endswith("s") and _PLURAL_NEXT.match(text, i, limit)):
            break  # "troops remain": the plural noun ends the phrase ("police sources" goes on)
        if i < limit and text[i] == "," and token == raw and not _PLURAL.fullmatch(token):
            listed = _MODIFIER_LIST.match(text, i, limit)
            if listed:  # "61 drone, air and artillery strikes": the kinds of one count
                words.append((listed.group(1), listed.start(1), listed.end(1)))
                break
        if token != raw or (i < limit and text[i] in ",;:()"):
            break  # the phrase ends at punctuation
    if words and words[-1][0].lower() == "more":
        words.pop()
    if not words:
        return "", ""
    # "170 drone and rocket attacks"; "100 missiles and drones": one count of both
    both = _PLURAL.fullmatch(words[-1][0])
    listed = _LIST_PLURALS.match(text, words[-1][2], limit) if both else None
    if listed:  # "rockets, missiles and UAVs": the unit names them all
        return text[words[-1][1]:listed.end()], text[words[0][1]:listed.end()]
    tail = (_AND_PLURALS if both else _AND_PLURAL).match(text, words[-1][2], limit)
    if tail:
        words.append((tail.group(1), tail.start(1), tail.end(1)))
        if both:  # the unit names both: "missiles and drones"
            return text[words[-2][1]:words[-1][2]].lower(), text[words[0][1]:words[-1][2]]
    phrase = text[words[0][1] : words[-1][2]]
    head = words[-1][0] if re.fullmatch(_ACRONYM_PLURAL, words[-1][0]) else words[-1][0].lower()
    if len(words) >= 2 and (words[-2][0].lower(), head) in COMPOUND_TAILS:
        head = f"{words[-2][0].lower()} {head}"
    elif len(words) >= 2 and head in ("systems", "system") and \
            words[-2][0].lower().startswith("counter-"):
        head = f"{words[-2][0].lower()} {head}"  # "counter-drone systems": what they counter
    if words[0][0] == "nm" and not _AT_SEA.match(text, words[0][2], limit):
        return "nm", phrase  # "a 5nm chip": nanometres, unless a bearing or "off" follows
    if words[0][0].lower() in MEASURES:
        return MEASURES[words[0][0].lower()], phrase
    if head in ("sm", "sms"):
        head = "service members"
    elif head == "members" and len(words) == 1:
        whose = _MEMBERS_OF.match(text, words[0][2], limit)
        if whose:  # "40 members of the security forces": members of which body
            return text[words[0][1]:whose.end()], text[words[0][1]:whose.end()]
    return head, phrase


def extract_figures(doc: Document, date_spans: list[tuple[int, int]]) -> list[Figure]:
    text = doc.text
    figures: list[Figure] = []
    phones = [(_phone_start(text, m.start()), m.end()) for m in _PHONE.finditer(text)]
    skip = sorted(date_spans + phones)
    # Loose numbers inside quotation marks are rhetoric ("those two things", "a few hundred
    # people"); a speaker's exact "375 kilometres" is still a figure.
    quoted = [(a, b) for a, b in doc.quoted if b - a >= 14]  # a sentence's worth, not a word
    last_unit = ""  # for "2,700 of them"
    last_counted = ""  # the last unit that counts people or things, not their injuries
    last_sentence_unit = ""  # the last unit counted in the sentence before
    notes = _NOTES_HEADING.search(text)
    notes_at = notes.start() if notes else None
    org_acronyms: dict[str, bool] = {}  # "JAF": whether the report treats it as a body
    for sent in doc.sentences:
        rows: list[list] = []
        background: bool | None = None  # looked up once per sentence, only when needed
        consumed = 0  # the end of a number already read with the one before it
        for q in find_quantities(text, sent.start, sent.end):
            if q.start < consumed:
                continue
            unit_at = q.end  # where the counted noun starts
            if "(" in text[q.start - 1:q.end + 5]:
                q, unit_at = _parenthesised(text, q)
                consumed = unit_at
            if text[q.end:q.end + 1] == "," and q.value_high is None and \
                    (hedge := _HEDGED_HIGH.match(text, q.end, sent.end)):
                high = next(iter(find_quantities(text, hedge.end(), min(sent.end,
                                                                         hedge.end() + 40))), None)
                if high and high.start == hedge.end() and high.value > q.value and \
                        high.money == q.money and high.qualifier == "exact":
                    q = replace(q, end=high.end, text=text[q.start:high.end],
                                value_high=high.value, qualifier="range")
                    consumed = unit_at = high.end  # "$20,000, maybe $50,000": one range
            if _PLUS.match(text, q.end) and not q.money and not q.percent:
                q = replace(q, end=q.end + 5, text=text[q.start:q.end + 5],
                            qualifier="more than" if q.qualifier == "exact" else q.qualifier)
                unit_at = q.end
            if _excluded(text, q, sent.start, sent.end, skip):
                continue
            if text[q.end:q.end + 1] in ("K", "k") and q.text[-1:].isdigit() and \
                    not q.percent and _THOUSANDS_K.match(text, q.end):
                # "3K troops", "$20k": K abbreviates thousands (a post's "12K views" is
                # left out above)
                q = replace(q, end=q.end + 1, text=text[q.start:q.end + 1], value=q.value * 1e3,
                            value_high=q.value_high * 1e3 if q.value_high else q.value_high)
                unit_at = max(unit_at, q.end)
            if notes_at is not None and q.start > notes_at and _note_marker(text, q):
                continue  # "2 Initial reporting: ...": a note's number, under "Notes"
            if text[q.end:q.end + 2] in ('" ', "” "):
                unit_at += 1  # 'fired "more than 100" interceptors': the noun after the quote
            elif text[q.end:q.end + 2] in (' "', " “"):
                unit_at += 2  # 'more than 100 "terrorists"': the noun is quoted, still counted
            or_so = _OR_SO.match(text, q.end, sent.end)
            if or_so:  # "two hundred or so", '"a dozen or so" drones'
                q = replace(q, end=or_so.end(), text=text[q.start:or_so.end()],
                            qualifier="about" if q.qualifier == "exact" else q.qualifier)
                unit_at = q.end + (text[q.end:q.end + 1] in "\"”’'")
            if q.vague and q.text[-1:] == "s" and text[q.start - 1:q.start] in _OPEN_QUOTES \
                    and text[q.end:q.end + 1] in _CLOSE_QUOTES:
                continue  # 'shot down "dozens" of drones': a claim held at arm's length
            if (q.vague or (q.value <= 3 and q.text.isalpha())) and \
                    inside(quoted, q.start, q.end) and not _BOUNDED_DOZEN.match(q.text) and \
                    not (not q.vague and (_DESIGNATOR.match(text, q.end, sent.end) or
                                          _FORMATIONS_AFTER.match(text, q.end, sent.end))) and \
                    not (text[q.start - 1:q.start] in "\"“" and text[q.end:q.end + 1] in "\"”") \
                    and not (not q.vague and text[q.start - 1:q.start] in "\"“" and
                             q.start - 1 > sent.start and text[q.start - 2].isspace()):
                continue  # (an amount quoted on its own, '"a dozen or so" drones', is kept; so
                # is a count opening a fragment of a statement: struck "three facilities ...")
            if q.vague and not re.search(r"\d", q.text) and (
                    (q.text[-1:] == "s" and text[q.end:q.end + 4] == " of " and
                     _BARE_DEFINITE.search(text, max(sent.start, q.start - 8), q.start)) or
                    _HOLDING.search(text, max(sent.start, q.start - 12), q.start) or
                    q.qualifier == "at least" and _SINCE.match(text, q.end, sent.end)):
                continue  # a vague background tally, not a reported count
            if q.vague and q.value < 1000 and not re.search(r"\d", q.text) and \
                    _TOLL_VERB.search(text, max(sent.start, q.start - 12), q.start):
                continue  # "killed dozens of soldiers": a vague toll of one action, not
                # a war's ("has killed half a million people")
            if q.vague and text[q.start - 5:q.start] == "with " and \
                    _STILL_AFTER.match(text, q.end, sent.end):
                continue  # "the deadline passed with hundreds of troops still there": the
                # circumstance of another fact, a vague state, not a reported count
            if q.vague and not re.search(r"\d", q.text):
                if background is None:
                    background = bool(_BACKGROUND.search(text, sent.start, sent.end))
                if background:
                    continue  # "has killed dozens of smugglers in recent years"
            times = _TIMES_SIGN.match(text, q.end, sent.end) if q.text[-1:].isdigit() else None
            if times:  # "4 x 107mm rockets" / "Rockets (4 x 107mm)": the munitions counted
                after = unit_after(text, text.find(" ", times.end(), sent.end) + 1 or sent.end,
                                   sent.end)[0] if " " in text[times.end():sent.end] else ""
                paren = _NOUN_BEFORE_PAREN.search(text, max(sent.start, q.start - 30), q.start)
                unit = after if _PLURAL.fullmatch(after or "-") else \
                    paren.group(1).lower() if paren else ""
                if not unit:
                    continue
                rows.append([q, unit, ""])
                continue
            measure = _MEASURE_ADJECTIVE.match(text, q.end)
            clip = _CLIP_LENGTH.match(text, q.end) if text.startswith("-", q.end) else None
            if clip:  # "a 47-second video": how long the clip runs, a checkable detail
                unit, phrase = clip.group(1).lower() + "s", ""
            elif measure:
                word = measure.group("unit").lower().replace("nautical-mile", "nautical")
                unit, phrase = MEASURES.get(word, MEASURES.get(word + "s", word)), ""
            else:
                unit, phrase = unit_after(text, unit_at, sent.end, exact=not q.vague)
                if q.value > 1 and unit and _note_marker(text, q) and \
                        _SINGULAR_TAIL.search(unit) and unit not in _INVARIANT_PLURALS:
                    continue  # "4 US Central Command statement, 23 January": a footnote's
                    # number; a count of several would name them in the plural
            if phrase and "(" in text[unit_at:unit_at + len(phrase) + 20]:
                unit = _acronym_after(text, text.find(phrase, q.end) + len(phrase), unit)
            if unit == "times" and not q.vague and _MET_BEFORE.search(
                    text, max(sent.start, q.start - 12), q.start):
                unit, phrase = "meetings", ""  # "the council has met six times"
            if unit == "times":
                # "attacked more than 170 times": a count of attacks; "dozens of times" and
                # other vague repeats stay out
                if q.vague or not re.search(r"\d", q.text):
                    continue
                if _ATTACKED_BEFORE.search(text, max(sent.start, q.start - 80), q.start):
                    unit, phrase = "attacks", ""
                elif spread := _SPREAD_BEFORE.search(text, max(sent.start, q.start - 16),
                                                     q.start):
                    # "shared more than 4,800 times": how far a post travelled
                    unit, phrase = _SPREAD_UNITS[spread.group(1).lower()], ""
            if q.vague and q.value >= 1e6 and (q.money or not phrase or unit in _CURRENCIES) and \
                    not re.search(r"\d", q.text):
                continue  # "spending millions of dollars a night": a vague sum, no amount
            if q.money:
                unit = q.currency or "USD"
            elif q.percent:
                unit = "%"
            if clip or unit in _OUTAGE_UNITS and _HALTED_FOR.search(
                    text, max(sent.start, q.start - 32), q.start):
                pass  # "operations were suspended for about 14 hours": how long a disruption
                # lasted is a fact of the report, unlike other spans of time
            elif unit in TIME_UNITS or unit in SOURCING or unit in _ABSTRACT or \
                    unit in _CASUALTY_CODES or \
                    phrase.split(" ", 1)[0].lower() in TIME_UNITS or \
                    _FAMILIAR.match(text, q.end, sent.end):
                continue  # "5 min read": a duration, whatever follows it
            if phrase and q.value <= 10 and q.qualifier == "exact" and not q.money and \
                    _SPEAKING_AFTER.match(text, text.index(phrase, q.end) + len(phrase),
                                          sent.end) and unit not in _TOLL_UNITS:
                continue  # "two congressional staffers said": who speaks, not what happened
            if q.value <= 10 and not q.money and _HEARD_FROM.search(
                    text, max(sent.start, q.start - 24), q.end - len(q.text.split()[-1])):
                continue  # "testimony from two senior officers": who speaks
            of_them = _OF_THEM.match(text, q.end, sent.end)
            # (a part of one attack's toll, "five hurt, two of them with concussions", is
            # the event's; a part of a campaign's tally, "25 of them with ...", is a figure)
            injuries = _WITH_INJURIES.match(text, q.end, sent.end) \
                if (q.value >= 10 if of_them else not unit) and not q.money and \
                not q.percent else None
            if injuries:  # "25 of them with traumatic brain injuries"
                unit, phrase = " ".join(injuries.group(1).split()), ""
            elif of_them:
                if _TOLL_WORD.search(text, max(sent.start, q.start - 80), q.start):
                    unit = _PART  # "wounded, three of them seriously"
                elif named := _NOUN_BEFORE_COMMA.search(text, max(sent.start, q.start - 30),
                                                        q.start):
                    unit = named.group(1)  # "Iraqi instructors, 180 of whom ...": that noun
                else:  # "seven batteries, and two of them": the noun counted just before
                    unit = rows[-1][1] if rows and rows[-1][1] and \
                        not _INJURY_UNIT.search(rows[-1][1]) else last_unit
                    if _INJURY_UNIT.search(unit) and not of_them.group(0).endswith("those"):
                        # ("two of them": people, not injuries; "27 of those TBIs" are injuries)
                        unit = last_counted
                phrase = ""
            elif _OF_CASUALTIES.match(text, q.end, sent.end) or _AMONG_CASUALTIES.search(
                    text, max(sent.start, q.start - 40), q.start):
                unit, phrase = _PART, ""  # "two of the wounded were children"
            elif unit == "others" and rows and rows[-1][1] and rows[-1][1] != _PART and \
                    not _TOLL_WORD.search(text, sent.start, sent.end):
                unit, phrase = rows[-1][1], ""  # "shot down 38 drones while 21 others ..."
            if q.vague and (unit in _LENGTHS or unit in _AREAS or unit in _CROWDS or
                            phrase[:7].lower() == "square "):
                continue  # "a few hundred metres away", "hundreds of mourners": no count
            if not q.money and not q.percent and unit not in TIME_UNITS:
                unit = _with_rate(text, q, unit, phrase, sent.start, sent.end)
            toll = _TOLL_VERB.search(text, max(sent.start, q.start - 12), q.start)
            if toll and (not unit.strip() or unit == "others"):
                unit = _toll_word(toll.group(1))
            elif not unit.strip() or unit == "others":
                # "and detaining 31", "detaining 46 others": the ones held
                held = _HELD_VERB.search(text, max(sent.start, q.start - 12), q.start)
                one_of = None if held or unit else _ONE_OF.search(
                    text, max(sent.start, q.start - 40), q.start)
                if held:
                    unit = _HELD_WORDS[held.group(1).lower()]
                elif one_of and one_of.group(1) not in STOP and \
                        one_of.group(1) not in _NOT_ONE_OF:  # "the drone was one of two"
                    unit = one_of.group(1) + "s"
            unit = _TOLL_UNITS.get(unit, unit)
            if phrase and unit and unit not in _TOLL_UNITS.values():
                fate = _FATE_AFTER.match(text, text.index(phrase, q.end) + len(phrase), sent.end)
                if fate:  # "six fighters killed and 19 detained": the count is of the killed
                    unit = f"{unit} {fate.group(1).lower()}"
            if phrase[:1].isupper() and unit == phrase.lower() and \
                    organization_acronym(text, phrase, org_acronyms) and \
                    not _AND_AFTER.match(text, text.index(phrase, q.end) + len(phrase)):
                continue  # "5 wounded (3 JAF, 2 US)": members of a body, a toll's breakdown
            rows.append([q, unit if unit not in STOP else "", phrase])
        counted: list[re.Match[str]] | None = None
        fates: dict[int, str] = {}  # a label's noun with what befell it, by number
        counted_ends: list[int] = []
        for i, row in enumerate(rows):
            if row[1]:
                continue
            # "from 5,200 to 3,000 troops" / "900 troops in Syria and 2,500 in Iraq"
            nxt = rows[i + 1] if i + 1 < len(rows) else None
            prev = rows[i - 1] if i > 0 else None
            if prev and _INJURY_UNIT.search(prev[1]):  # "25 of them with concussions, and
                # all but two returned": the people counted before, not their injuries
                prev = next((r for r in reversed(rows[:i - 1])
                             if r[1] and r[1] != _PART and not _INJURY_UNIT.search(r[1])), prev)
            named_after = _NUMBER_OF_AFTER.match(text, row[0].end, sent.end)
            if counted is None:  # once per sentence: rescanning per number is quadratic
                counted = list(_NUMBER_OF.finditer(text, sent.start, sent.end))
                counted_ends = [m.end() for m in counted]
            before = bisect.bisect_right(counted_ends, row[0].start)
            moved = _MOVED_AFTER.match(text, row[0].end, sent.end)
            if named_after:
                row[1] = named_after.group(1)
            elif before and prev and counted[before - 1].start() > prev[0].end:
                # "11 civilians ..., and the number of soldiers recovered rose to 52": the
                # noun named between the two numbers, not the one counted before
                row[1] = _counted_noun(text, counted[before - 1], row[0], fates)
            elif moved:  # "and about 2 million have been displaced": a count of its own kind
                row[1] = moved.group(1).lower()
            elif said_of := _ESTIMATED_AT.search(text, max(sent.start, row[0].start - 40),
                                                 row[0].start):
                row[1] = said_of.group(1)
            elif group := _GROUP_OF.search(text, max(sent.start, row[0].start - 16),
                                           row[0].start):
                row[1] = group.group(1).lower()  # "its crew of 21": 21 crew, nothing borrowed
            elif i == 0 and (label := _COLON_LABEL.fullmatch(
                    text, max(sent.start, text.rfind("\n", 0, row[0].start) + 1),
                    row[0].start)) and label.group(1).lower() not in _PAGE_COUNTERS:
                row[1] = label.group(1).lower()  # "Total attacks since May 2: 41"
            elif i == 0 and (head := _APPOSITIVE_HEAD.search(
                    text, max(sent.start, row[0].start - 40), row[0].start)):
                row[1] = head.group(1)  # "The strikes, 12 in Iraq and 19 in Syria, ..."
            elif nxt and nxt[1] and ":" not in text[row[0].end:nxt[0].start] and not (
                    text[row[0].end:nxt[0].start] == ", " and
                    not text.startswith(" of ", nxt[0].end) and not _LIST_GOES_ON.match(
                        text, nxt[0].end, sent.end)) and (
                    nxt[0].start - row[0].end <= 6 or _OF_NUMBER.fullmatch(
                    text, row[0].end, nxt[0].start)):
                row[1] = nxt[1]  # and "19 of the 24 crew"
            elif row[0].text.isalpha() and _BARE_DEFINITE.search(
                    text, max(sent.start, row[0].start - 7), row[0].start):
                pass  # "up from the four the group announced": a group counted before
            elif prev and _FORCE_SIZED.search(text, max(prev[0].end, row[0].start - 70),
                                              row[0].start):
                row[1] = "troops"  # "hand over two positions and cut its forces to 900"
            elif prev and prev[1] and "\t" not in text[prev[0].end:row[0].start] and not (
                    prev[1] in _TOLL_UNITS.values() and
                    _TOLL_AFTER.match(text, row[0].end, sent.end)) and not (
                    prev[0].money and not _MONEY_JOIN.match(text, prev[0].end, row[0].start)):
                row[1] = prev[1]  # not "two were killed and seven were injured", nor
                # the next cell of a table's row ("8 incidents<tab>6<tab>9": other columns)
            else:  # "cut the number of troops from 5,200 to 3,000"
                if before:
                    row[1] = _counted_noun(text, counted[before - 1], row[0], fates)
                elif not (row[0].value >= 1900 and row[0].value <= 2100 and
                          row[0].text.isdigit()) and _FORCE_SIZED.search(
                        text, max(sent.start, row[0].start - 70), row[0].start):
                    row[1] = "troops"
                elif _THEIR_NUMBER.search(text, max(sent.start, row[0].start - 40),
                                          row[0].start):
                    # "consolidate U.S. forces and reduce their number from 2,000 to 1,000"
                    # "... 2,500 troops. Officials expect that number to fall below 2,000"
                    forces = _FORCES.findall(text, sent.start, row[0].start)
                    row[1] = "troops" if forces else last_unit
                elif _ANOTHER.search(text, max(sent.start, row[0].start - 12), row[0].start):
                    row[1] = last_unit  # "Another 300 were sent": more of what was counted
                else:
                    toll = _TOLL_AFTER.match(text, row[0].end, sent.end)
                    if toll:  # "nine were injured", with no noun to borrow
                        row[1] = _toll_word(toll.group(1))
                    elif i == 0 and last_sentence_unit and not text[sent.start:row[0].start]\
                            .strip() and (_LEFT_OPENING.match(text, row[0].end, sent.end) or
                                          _IN_PLACE_AFTER.match(text, row[0].end, sent.end)):
                        row[1] = last_sentence_unit  # "... eight sites. Four remain." and
                        # "... 23 attacks. Fourteen in Syria, nine in Iraq.": split by place
                    elif i == 0 and last_sentence_unit and _COMPARED_BEFORE.search(
                            text, max(sent.start, row[0].start - 24), row[0].start):
                        row[1] = last_sentence_unit  # "... 1,500 troops. That is down
                        # from 2,500": the count before, compared with its earlier level
                    elif _IN_PLACE_AFTER.match(text, row[0].end, sent.end) and \
                            _FORCES_ASKED.search(text, max(0, sent.start - 200), row[0].start):
                        row[1] = "troops"  # "Roughly 900 in Syria", troops asked about
        last_sentence_unit = next((r[1] for r in reversed(rows) if r[1] and r[1] != _PART), "")
        for i, (q, unit, phrase) in enumerate(rows):
            if not unit or unit == _PART:
                continue
            last_unit = unit
            if not _INJURY_UNIT.search(unit):
                last_counted = unit
            end = text.index(phrase, q.end) + len(phrase) if phrase else q.end
            said = q.text.lower() if q.text.isupper() and q.text.isalpha() else q.text
            label = text[q.start : end] if phrase else (
                said if q.percent else f"{said} {fates.get(q.start, unit)}")  # "now THREE"
            if text[q.start - 1:q.start] == "(" and label.startswith(q.text.split()[0] + ")"):
                label = "(" + label  # "(26) million U.S. dollars", as written
            if len(label) < 40 and not q.percent and unit not in LENGTH_UNITS:
                label = label_in_context(text, label, q.start, end, sent.start, sent.end,
                                         rows[i - 1][0].end if i else sent.start,
                                         rows[i + 1][0].start if i + 1 < len(rows) else None)
            figures.append(Figure(
                id=f"fg-{len(figures) + 1}", value=q.value, value_high=q.value_high, unit=unit,
                qualifier=q.qualifier,  # type: ignore[arg-type]
                text=q.text, label=label[:80],
                provenance=Provenance(source="src-1", start=q.start, end=q.end),
            ))
    extra = _a_distances(text, quoted)
    extra += table_figures(text, {f.provenance.start for f in figures})
    if extra:
        ordered = sorted(figures + extra, key=lambda f: f.provenance.start)
        figures = [f.model_copy(update={"id": f"fg-{n}"}) for n, f in enumerate(ordered, 1)]
    return figures


# Translated official statements write numbers in brackets: "three (3) rockets" (a word and
# its digits, one number), "(26) million dollars", "arrested (2) suspects".
_RESTATED_DIGITS = re.compile(r"[ \t]*\((\d[\d,]*)\)")
_BRACKET_CLOSE = re.compile(r"\)(?:[ \t]+(thousand|million|billion)\b)?")
_BRACKET_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9}


def _parenthesised(text: str, q: Quantity) -> tuple[Quantity, int]:
    """(the quantity, where its counted noun starts) for a number written with brackets."""
    restated = _RESTATED_DIGITS.match(text, q.end)
    if restated and not q.text[-1:].isdigit() and \
            float(restated.group(1).replace(",", "")) == q.value:
        return q, restated.end()  # "three (3) rockets": the noun after the digits
    if text[q.start - 1:q.start] != "(" or not q.text.isdigit():
        return q, q.end
    close = _BRACKET_CLOSE.match(text, q.end)
    if close is None:
        return q, q.end
    if close.group(1):  # "(26) million U.S. dollars": 26,000,000
        q = replace(q, start=q.start - 1, value=q.value * _BRACKET_SCALES[close.group(1).lower()],
                    end=close.end(), text=text[q.start - 1:close.end()])
    return q, close.end()


# A notes section of a brief or tracker ("Notes", "Endnotes", "Footnotes" on a line of its
# own): each note opens with its number, then a capital ("2 Initial reporting: ...").
# A PDF's footnotes sit under a rule of underscores instead.
_NOTES_HEADING = re.compile(r"^(?:(?:Notes|Endnotes|End\s+notes|Footnotes|Source\s+notes)\s*:?|"
                            r"_{8,})\s*$", re.M)
_NOTE_OPENING = re.compile(r" [A-Z\"“]")
# "two, three or four drones" shares its noun; "put the toll at three, two contractors and a
# soldier" apposes a breakdown to a bare total: only a list going on after the comma shares it.
_LIST_GOES_ON = re.compile(r",?\s+(?:or|and|to)\s+\S*\d|,?\s+(?:or|and|to)\s+(?:one|two|three|"
                           r"four|five|six|seven|eight|nine|ten)\b")
# A memo's or an order's imperative before its count ("Request 40 interceptors", "Deploy two
# batteries"), not a name with a number in it ("Tower 22").
_ORDER_VERBS = frozenset("request deploy send provide move procure allocate assign transfer "
                         "position dispatch add retain replace".split())
_CURRENCIES = frozenset(("USD", "EUR", "GBP"))
_SINGULAR_TAIL = re.compile(r"(?<![s'’])$")  # "statement", "law": not "rockets"
_INVARIANT_PLURALS = frozenset("aircraft personnel people police staff militia "
                               "infantry artillery ammunition".split())


def _note_marker(text: str, q: Quantity) -> bool:
    """Is q a note's number: a small bare number opening a line or following a full stop
    (PDF text runs notes together), then a capital?"""
    if not q.text.isdigit() or q.value >= 100:
        return False
    before = text[max(0, q.start - 2):q.start]
    return (q.start == 0 or before.endswith("\n") or before in (". ", ".\n")) and \
        bool(_NOTE_OPENING.match(text, q.end))


_FATE_RIGHT_AFTER = re.compile(r"\s+(killed|wounded|injured|hurt|detained|arrested)\b")


def _counted_noun(text: str, counted: re.Match[str], q: Quantity,
                  fates: dict[int, str]) -> str:
    """The noun 'the number of ...' names. 'The number of our people injured is now three':
    the label says "three people injured"; the unit stays the noun, as for other tolls."""
    fate = _FATE_RIGHT_AFTER.match(text, counted.end())
    noun = counted.group(1)
    if fate and not _TOLL_WORD.search(noun):
        fates[q.start] = f"{noun} {fate.group(1)}"
    return noun


# "two uncrewed aerial vehicles (UAVs)": the short name the report goes on to use.
_ACRONYM_IN_BRACKETS = re.compile(r"\s?\(([A-Z]{2,6})s\)")


def _acronym_after(text: str, pos: int, unit: str) -> str:
    """The bracketed acronym after a counted noun phrase when it spells the words before it
    ('improvised explosive devices (IEDs)' -> 'IEDs'); else the unit."""
    m = _ACRONYM_IN_BRACKETS.match(text, pos)
    if not m:
        return unit
    letters = m.group(1)
    words = text[max(0, pos - 80):pos].replace("-", " ").split()[-len(letters):]
    initials = "".join(w[:1] for w in words).upper()
    return m.group(1) + "s" if initials == letters else unit


def _toll_word(verb: str) -> str:
    """'injuring' -> 'injured', 'killed' -> 'killed': the toll in the report's own word."""
    stem = verb.lower()[:4]
    return {"kill": "killed", "woun": "wounded"}.get(stem, "injured")


_OPEN_QUOTES = ('"', "“", "'", "‘")
_CLOSE_QUOTES = ('"', "”", "'", "’")
# "more than a dozen locations" in a quote: a bound on one number, a count even when spoken.
_BOUNDED_DOZEN = re.compile(r"(?:more than|over|nearly|almost|at least) an? (?:dozen|hundred|"
                            r"thousand)$", re.I)


_NOT_COUNTED = frozenset("annual total overall current peak full monthly daily yearly weekly "
                         "industrial domestic combined planned maximum its their".split())


def _with_rate(text: str, q: Quantity, unit: str, phrase: str, sent_start: int,
               sent_end: int) -> str:
    """The unit with its period when a rate follows ('96 a year' -> 'interceptors a year')."""
    if unit == _PART:
        return unit
    end = text.index(phrase, q.end) + len(phrase) if phrase else q.end
    m = _RATE.match(text, end, sent_end)
    if not m:
        return unit
    period = (m.group(1) or m.group(2) or "year").lower()
    if not unit:  # no noun: what is produced or delivered, when the sentence says
        made = [g.group(1) or g.group(2) for g in _OUTPUT_OF.finditer(text, sent_start, q.start)]
        made = [w for w in made if w not in _NOT_COUNTED]
        unit = made[-1] + "s" if made else ""
    return f"{unit} a {period}".strip()


def _find_all(text: str, word: str) -> list[int]:
    out, i = [], text.find(word)
    while i >= 0:
        out.append(i)
        i = text.find(word, i + 1)
    return out


def _phone_start(text: str, start: int) -> int:
    """A phone number's start, with its "(" and "+" before the first digits."""
    if text[start - 1:start] == "(":
        start -= 1
    return start - 1 if text[start - 1:start] == "+" else start


_A_DISTANCE_REACH = 30  # longer than a qualifier and "one" before the unit


def _a_distances(text: str, quoted: list[tuple[int, int]]) -> list[Figure]:
    """'about a mile from the ship': a distance of one unit, which no digit spells."""
    out = []
    low = lowered(text)
    # (looked for only near the unit's word: a case-blind scan of the whole text costs more)
    matches = _A_DISTANCE.finditer(text) if low is None else (
        _A_DISTANCE.search(text, max(0, at - _A_DISTANCE_REACH), at + 12)
        for at in sorted(i for word in ("mile", "kilomet") for i in _find_all(low, word)))
    found: set[int] = set()
    for m in matches:
        if m is None or m.start() in found or inside(quoted, m.start(), m.end()):
            continue
        found.add(m.start())
        qual = " ".join(m.group("qual").lower().split())
        unit = "mi" if m.group("unit").lower() == "mile" else "km"
        out.append(Figure(
            id="fg-0", value=1, value_high=None, unit=unit,
            qualifier=_A_DISTANCE_QUAL.get(qual, "about"),  # type: ignore[arg-type]
            text=m.group(0), label=m.group(0),
            provenance=Provenance(source="src-1", start=m.start(), end=m.end()),
        ))
    return out
