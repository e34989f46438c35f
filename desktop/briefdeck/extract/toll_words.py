"""How a toll's count and its group are written: "more than 40 U.S. troops", "two of its
soldiers", "five members of the National Defense Forces", and the joints of a list of groups.

Every way of telling a toll reads its groups with these, so they live apart from the verbs."""

from __future__ import annotations

import re

from briefdeck.extract.alternatives import first_chars

SMALL_NUMBER = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|"
    r"sixty|seventy|eighty|ninety)(?:-\w+)?")
# "one hundred and seventy", "two thousand five hundred", "a hundred"
_LARGE = (rf"(?:(?:a|{SMALL_NUMBER})\s+(?:hundred|thousand)(?:\s+(?:and\s+)?{SMALL_NUMBER}"
          r"(?:\s+hundred)?)*)")
NUM = (
    r"(?:(?:at\s+least|more\s+than|about|nearly|some|up\s+to|as\s+many\s+as|around|"
    r"approximately|roughly|a\s+further|a\s+total\s+of|another|an\s+additional)\s+)?"
    rf"(?:\d[\d,]*\d|\d|{_LARGE}|a\s+dozen|(?:a\s+)?few|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:-\w+)?|"
    r"thirty(?:-\w+)?|forty(?:-\w+)?|fifty(?:-\w+)?|a\s+dozen|dozens|several|scores|"
    r"hundreds|(?:a\s+)?few)"
)
GROUP_NOUN = (
    r"(?:service\s?members?|soldiers?|troops|Marines?|sailors?|airm[ae]n|personnel|"
    r"contractors?|civilians?|people|persons?|medics?|guards?|officers?|police(?:m[ae]n)?|"
    r"fighters?|militants?|members?|commanders?|reservists?|Americans?|Iraqis?|Syrians?|"
    r"Iranians?|Britons?|Kurds?|children|women|men|workers?|crew(?:\s+members)?|pilots?|"
    r"others?|employees?|colleagues?|staff|citizens?|nationals?|passengers?|journalists?|diplomats?|"
    r"leaders?|operatives?|insurgents?|gunmen|gunman|troopers?|cadets?|recruits?|"
    r"servicem[ae]n|paramedics?|doctors?|nurses?|students?|villagers?|residents?|farmers?|"
    r"interpreters?|translators?|drivers?|engineers?|firefighters?|fishermen|shepherds?|"
    # ("a cargo handler had been killed", "two stevedores were hurt": the trades of a port,
    # an airport's cargo side or a ship's crew, each a person)
    r"handlers?|stevedores?|dockers?|dockworkers?|porters?|technicians?|fitters?|"
    r"seafarers?|mariners?|crewmen|militiamen|Peshmerga|teenagers?|boys?|girls?|babies|"
    r"infants?|child|baby|relatives|family\s+members|bystanders?|pedestrians?|worshippers?|"
    r"rescuers?|aid\s+workers?|security\s+forces|gendarmes?|conscripts?|SMs?|"
    r"peacekeepers?|neighbou?rs?|guardsm[ae]n|policem[ae]n|sailors?|seam[ae]n|woman|man|"
    r"elderly|pensioners?|teachers?|hunters?|herders?|labou?rers?|pilgrims?|traders?|"
    r"vendors?|merchants?|smugglers?|attackers?|assailants?|jihadists?|extremists?|rebels?|"
    r"truckers?|miners?|volunteers?|refugees?|migrants?|detainees?|prisoners?|hostages?|"
    r"specialists?|sergeants?|corporals?|privates?|lieutenants?|captains?|majors?|"
    r"Palestinians?|Israelis?|Lebanese|Yemenis?|Ukrainians?|Russians?|Jordanians?|Afghans?|"
    r"Somalis?|Kenyans?|Egyptians?|Libyans?|Sudanese|Pakistanis?|Saudis?|Emiratis?|"
    r"officials?|associates?|bodyguards?|terrorists?|combatants?|patients?|tourists?|"
    r"visitors?|holidaymakers?|shoppers?|spectators?|picnickers?|hikers?|campers?|guests?|"
    r"mourners?|protesters?|demonstrators?|infiltrators?|intruders?|raiders?|"
    r"comrades?(?:-in-arms)?|passers?-?by|motorists?|motorcyclists?|cyclists?|commuters?|"
    r"onlookers?|occupants?|inhabitants?|"
    # ("four advisers of the Corps and seven Iraqi brothers were martyred": a statement's
    # words for its own)
    r"advis[eo]rs?|brothers|"
    # ("two of our guys, both Nepali, were hurt": a worker's word for his crew in a review)
    r"guys)"
)
# A word of the group's description; a number only as an age ("a 64-year-old woman").
# (lower case only: "an IS official" is the Islamic State's, not a verb)
GROUP_WORD = (
    r"(?!(?-i:and|or|with|from|in|at|of|on|the|were|was|are|is|after|before|since|days|"
    r"that|which|who|whom|said|says|"
    r"weeks|hours|months|years|minutes|ago|later|earlier)\b|\d(?!\d?-year-old)|"
    # ("in 2024 three soldiers": a count starts the group, the number before it is not one)
    r"(?i:one|two|three|four|five|six|seven|eight|nine|ten)\b)"
    # ("3 PKK/KCK militants": a paired acronym, written with a slash)
    # ("Two Jordan Armed Forces (JAF) soldiers": the initials of the force, in brackets)
    r"(?:[\w.'’-]+(?:(?<=[A-Za-z])/[A-Za-z][\w'’-]*)?|\((?-i:[A-Z]{2,6})\))")
# "two of its soldiers", "dozens of others": a part of a group still counts.
_OF = r"(?:of\s+(?:(?:its|their|the|his|her|our|those|these)\s+)?)?"
# "five members of the pro-government National Defense Forces": whose, after the noun.
_WHOSE = (r"(?:\s+(?:of|from)\s+(?:the\s+)?(?:(?!and\s)[\w'’-]+\s+){0,5}?[A-Z][\w'’-]+"
          # ("five soldiers of the 1st Battalion, 133rd Infantry Regiment were wounded": a
          # battalion named with its regiment after a comma; never across an "and": "four
          # advisers of the Corps and seven Iraqi brothers were martyred" lists two groups)
          r"(?:,\s+\d{1,3}(?:st|nd|rd|th)(?:\s+[A-Z][\w'’-]+){1,3})?"
          # ("one member of the Syrian Democratic Forces, which guard the site, was killed")
          # ("four soldiers of the Syrian Army are killed": a day page's present tense)
          r"(?=\s+(?:were|was|are|is|who|that)\b|,\s+(?:which|who)\s)"
          # "three members of a family were killed", 'two members of a "cell" were killed'
          r"|\s+of\s+(?:a|an|the)\s+[\"“]?(?:[\w'’-]+\s+){0,2}?[\w'’-]+[\"”]?"
          # ("one member of the fire crew suffered burns")
          r"(?=\s+(?:were|was|suffered|sustained)\s)"
          # "a man in Jericho is killed": where they were, between the group and its verb
          r"|\s+(?:in|near|at)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}"
          r"(?=\s+(?:is|are|were|was|who|that)\b)"
          # "a man in his 40s was hurt": an age told between the group and its verb
          # (not before "who": a live blog's "a man in his 60s who was hurt" may be the
          # one a newer entry above says has died, and moving him needs the entries' order)
          r"|\s+in\s+(?:his|her|their)\s+(?:early\s+|mid-?|late\s+)?(?:\d0|[a-z]+tie)s"
          r"(?=\s+(?:is|are|were|was)\b))?")
# "two fighters who guard the perimeter were killed": a short relative clause before the verb
RELATIVE = (r"(?:\s+(?:who|that)\s+(?!(?:is|are|was|were|had|have|has)\b)"
            r"(?:[\w'’-]+\s+){0,5}?[\w'’-]+(?=\s+(?:is|are|was|were|have|has|had)\s))?")
# The characters a count can begin with: the scan skips other words at once.
COUNT_STARTS = "(?=[" + "".join(sorted(first_chars(NUM, re.I) or set("0123456789"))) + "])"
# "two Kurdish security officials said": who tells the toll, not part of it
# ("On November 18 a man was hurt", "on 18 November a man": a day, no count of the group)
_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|"
          r"December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)")
_NOT_A_DAY = rf"(?!an?\s|{_MONTH}\s)"
ITEM = (rf"\b{COUNT_STARTS}(?P<num>{NUM})\s+{_OF}{_NOT_A_DAY}"
        rf"(?P<np>(?:{GROUP_WORD}\s+){{0,4}}{GROUP_NOUN})\b"
        r"(?!\s+(?:said|say|says|told|added|confirmed|reported|stated))"
        rf"(?:\s+from\s+[A-Z][\w-]+)?{_WHOSE}")
ITEM_RE = re.compile(ITEM, re.I)
# Between two counted groups, tried in order: a list, then a name in apposition
# ("a senior commander, Mushtaq al-Saidi, along with one other member").
SEPARATORS = [
    # ("wounding three others, in addition to a civilian shepherd": one more of the hurt)
    # ("wounded four others, as well as two members of the SDF": one more group of the hurt)
    re.compile(r"\s*,\s*(?:and\s+|along\s+with\s+|in\s+addition\s+to\s+|as\s+well\s+as\s+)?|"
               r"\s+(?:and|along\s+with|as\s+well\s+as)\s+"),
    re.compile(r"(?:\s+of\s+[^,]{1,40})?,\s*[^,]{1,60},\s*(?:and\s+|along\s+with\s+|"
               r"as\s+well\s+as\s+)"),
    # "a senior commander of Kataib Hezbollah and a second member": whose, then the next group
    re.compile(r"\s+(?:of|from)\s+(?:the\s+)?[A-Z][^,;.]{1,40}?\s+(?:and|along\s+with)\s+"),
    # "a commander who officials say directed the attacks, along with two others"
    re.compile(r"\s+(?:who|whom)\s+[^,;]{1,80},\s*(?:and\s+|along\s+with\s+|"
               r"as\s+well\s+as\s+)"),
    # "an IS official responsible for planning attacks and two of his associates"
    re.compile(r"\s+(?:responsible\s+for|in\s+charge\s+of|known\s+as|accused\s+of|"
               r"involved\s+in|linked\s+to|wanted\s+for)\s+[^,;.]{1,60}?\s+(?:and|along\s+with)\s+"),
]


# "wounding four others, an Iraqi security source said": the teller after the toll, no victim
_TELLER_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:sources?|officials?|spokes(?:man|woman|"
                           r"person)|told|said|says)\b")


def next_item_at(text: str, pos: int, end: int) -> int | None:
    for sep in SEPARATORS:
        m = sep.match(text, pos, end)
        if m and (item := ITEM_RE.match(text, m.end(), end)):
            if text[pos:m.end()].strip() == "," and _TELLER_AFTER.match(text, item.end(), end):
                return None
            return m.end()
    return None
