"""A region's own forces ("Jubaland State forces"), militias and rebels named before what they
are ("Wazalendo militias", "ADF rebels"), and one country's army under two names merged."""

from __future__ import annotations

import re

from briefdeck.extract.known_organizations import known_organization
from briefdeck.extract.org_found import Found, is_country, is_place
from briefdeck.extract.org_words import DAYS_MONTHS, DEMONYM

FORCES_WORD = re.compile(r"\b(?:forces|units|troops)\b")
# Capitalised words before "forces" that name no region.
_NOT_REGION = (r"Security|Partner|Our|Their|Government|Opposition|Rebel|Special|Allied|Enemy|"
               r"Western|Foreign|Local|Tribal|Regime|Ground|Border|Elite|Federal|National|Naval|"
               r"Coalition|Patriot|Friendly|Hostile|Armed|Proxy|Militia|Some|Many|Other|These|"
               r"Those|Both|Remaining|Reserve|Regular|Joint|Combined|Several|Israel|Iran|Iraq|"
               r"Russia|Ukraine|Syria|Turkey|Jordan|Lebanon|Yemen|Army|Navy|Marine|Air|Allies|"
               r"Corps|Guard|Police|Rapid|Response|Reaction|Defen[cs]e|Peacekeeping|"
               r"Expeditionary|Airborne|Mechani[sz]ed|Armou?red|Infantry|Assault|Commando|"
               r"Kremlin|Militant|Insurgent|Jihadist|Islamist|Shiite|Sunni|"
               r"Kurdish|Arab|Christian|Druze|Alawite|Houthi|Pro|Anti|"
               r"French|Dutch|Greek|Swiss|Czech|"  # nationals the demonym pattern misses
               r"Gulf|Baltic|Nordic|Balkan|"  # several states' forces ("U.S. and Gulf forces")
               r"[A-Z][a-z]+max|Capesize|Handysize|"  # ship size classes ("Panamax units")
               rf"{DAYS_MONTHS}|[A-Z][a-z]+s")
# "Jubaland State forces", "Puntland forces", "Tigray units": a region's own forces.
_CAPITAL_BEFORE = re.compile(r"\b[A-Z][\w.'’-]*\s+$")
_REGION_FORCES = re.compile(
    # (a capital first: the names it is not are tried only where one is)
    rf"\b(?=[A-Z])(?!{DEMONYM}\b|(?:{_NOT_REGION})\b)(?P<region>[A-Z][a-z]{{3,}})"
    r"(?:\s+(?:State|Region|regional|state))?\s+(?:forces|units|troops)\b")
# "allied Wazalendo militias", "Mai-Mai militiamen", "ADF rebels": a group named before what
# it is (not a faith, a people, a side or a sponsor: "Shiite militias", "Iran-aligned militias").
_NOT_GROUP_NAME = (r"Shiite|Shia|Sunni|Christian|Druze|Alawite|Arab|Kurdish|Islamist|Jihadist|"
                   r"Allied|Rival|Local|Tribal|Armed|Rebel|Militia|Government|Opposition|State|"
                   r"Pro|Anti|Former|Separatist|Ethnic|Village|Community|Loyalist|Several|Some|"
                   r"Many|Other|These|Those|Both|The|A|An|Two|Three|Four|Five|Dozens|Hundreds|"
                   r"Foreign|Western|Regime|Militant|Insurgent|Maoist|Communist|"
                   # a clause's first word, capitalised by the sentence ("Where militia
                   # claims and U.S. statements could be compared, ...")
                   r"Where|When|Whenever|While|Whereas|If|As|Although|Though|Since|Because|"
                   r"Unless|Until|Once|Whether|After|Before|Unlike|Like|Among|With|Without|"
                   r"Such|Most|All|No|Their|Its|Our|Rogue|"
                   # peoples whose men the militias are, not the militias' names
                   r"Hutu|Tutsi|Fulani|Tuareg|Baloch|Pashtun|Hazara|Amhara|Oromo|Hema|Lendu|"
                   r"Dinka|Nuer|Masalit|Zaghawa|Yazidi|Turkmen|Bedouin|Anglophone|Francophone|"
                   rf"{DAYS_MONTHS}")
_NAMED_GROUP = re.compile(
    rf"(?<![\w'’-])(?=[A-Z])(?!(?:{_NOT_GROUP_NAME}|{DEMONYM})\b)"
    r"(?P<name>[A-Z][A-Za-z'’]+(?:-[A-Z][A-Za-z'’]+)*)\s+(?:militias?|militiamen|armed\s+groups?|"
    r"paramilitar(?:y\s+group|ies))\b"
    # rebels are as often named by their land ("Tigray rebels"): only by initials ("ADF rebels")
    r"|(?<![\w'’-])(?!(?:US|UK|EU|UN|USA)\b)(?P<initials>[A-Z]{2,6}(?:-[A-Z]+)?)\s+"
    r"(?:rebels|insurgents|jihadists)\b")
GROUP_WORD = re.compile(r"militia|rebels|insurgents|jihadists|armed group|paramilitar")


# "Jordan's army" and "the Jordanian Armed Forces" in one report are one military; so are
# "Bahrain's armed forces" and the "Bahrain Defence Force".
_OWNED_FORCES = re.compile(r"(?P<country>[A-Z][a-z]{3,})(?:'s|’s) (?:army|military|armed forces)")
_NAMED_FORCES = re.compile(r"(?:the )?(?P<adj>[A-Z][a-z]{3,}) (?:Armed Forces|[Aa]rmy|military|"
                           r"Defen[cs]e Forces?)")


def merge_country_forces(found: dict) -> None:
    named = {}
    for key, f in found.items():
        m = _NAMED_FORCES.fullmatch(f.name)
        if m:
            named[m.group("adj")] = key
    for key, f in list(found.items()):
        m = _OWNED_FORCES.fullmatch(f.name)
        if not m:
            continue
        stem = m.group("country")[:-1]  # "Jordan" -> "Jorda": Jordanian; "Syria": Syrian
        same = [k for adj, k in named.items() if adj.startswith(stem) and k != key]
        if same:
            target = found[same[0]]
            if f.name not in target.aliases:
                target.aliases.append(f.name)
            del found[key]


def regional_forces(text: str, start: int, end: int, found: dict[str, Found],
                    taken: list[tuple[int, int]]) -> None:
    """"Jubaland State forces", "Puntland forces": a region's or state's own forces (not a
    country's: "Russian forces", "Israel forces" are the country's military)."""
    for m in _REGION_FORCES.finditer(text, start, end):
        word = m.group("region")
        if any(s < m.end() and m.start() < e for s, e in taken) or \
                not text[start:m.start()].strip("\"“'‘ ") or \
                _CAPITAL_BEFORE.search(text, max(start, m.start() - 30), m.start()) or \
                known_organization(word) or is_country(word):
            # (a sentence's first word; the end of a longer name, "Security Force units")
            continue
        taken.append((m.start(), m.end()))
        key = f"forces of {word.casefold()}"
        entry = found.setdefault(key, Found(m.group(0), m.start(), m.end()))
        if m.group(0) != entry.name and m.group(0) not in entry.aliases:
            entry.aliases.append(m.group(0))


def named_groups(text: str, start: int, end: int, found: dict[str, Found],
                 taken: list[tuple[int, int]]) -> None:
    for m in _NAMED_GROUP.finditer(text, start, end):
        group = "name" if m.group("name") else "initials"
        name, (a, b) = m.group(group), m.span(group)
        if any(s < b and a < e for s, e in taken) or known_organization(name) or \
                is_place(name):  # "Kivu militias": where, not who
            continue
        taken.append((a, b))
        found.setdefault(name.casefold(), Found(name, a, b))
