"""Systems named by the shape of the sentence around a class word, not by a name of their
own: "drones of the "Samad" type", "interceptors such as the Coyote", kit listed together
("radars, jammers, guns and interceptors"), an interceptor named as what is fired, and a
system spelled out with its initials before the class noun ("the Long Range Discrimination
Radar (LRDR) system").

Each shape is tried only in sentences holding its telltale word (SHAPE_WORDS), so most
sentences cost a bisect.
"""

from __future__ import annotations

import re

from briefdeck.extract.known_organizations import known_organization
from briefdeck.extract.systems_generic import _NOT_NAME

# Three shapes of counter-drone and missile reporting, each tried only where its telltale
# word is in the sentence (see written_shapes):
# - a model named by its type after the class, as translated military statements write it:
#   "three drones of the "Samad" type" (the name is the system);
_OF_TYPE = re.compile(r"\b(?P<noun>missiles?|drones?|rockets?|UAVs?)\s+of\s+the\s+[\"“']?"
                      r"(?P<name>[A-Z][\w-]*(?:[- ]\d{1,3}[A-Za-z]?|\s+[A-Z][\w-]*)?)[\"”']?"
                      r"\s+(?:type|model)\b")
# - a named example after its class: "interceptors such as the Coyote";
_SUCH_AS = re.compile(r"\b(?P<noun>interceptors|missiles|drones|radars|jammers|launchers|"
                      r"systems)\s*,?\s+such\s+as\s+(?:the\s+)?"
                      rf"(?P<name>(?!{_NOT_NAME})[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*)"
                      r"(?=\s*[,.;:)]|\s+(?:and|or)\b)")
# - kinds of counter-drone kit listed together ("radars, jammers, guns and interceptors",
#   "cheaper guns and jammers"), and an interceptor named as what is fired ("each
#   interceptor fired at it costs millions", "forces you to fire an interceptor"): the report
#   names the class itself, not a make.
_KIT = r"(?:radars|jammers|guns|interceptors)"
# ("short-range interceptors" is a tier of a layered defence, argued over, not kit listed)
_KIT_ITEM = rf"(?:(?:electronic|cheap(?:er)?|more)\s+)?{_KIT}\b"
_KIT_JOIN = r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)"
_KIT_LIST = re.compile(rf"\b{_KIT_ITEM}(?:{_KIT_JOIN}{_KIT_ITEM})+")
_KIT_WORD = re.compile(_KIT)
_FIRED = re.compile(r"\b(?:fir(?:e|es|ed|ing)|launch(?:es|ed|ing)?)\s+(?:an?|one|each|every)\s+"
                    r"(?P<i>interceptor)\b|"
                    # ("fired three interceptors": the count of shots the report gives)
                    r"\b(?:fired|launched)\s+(?:(?:more\s+than|at\s+least|about|over)\s+)?"
                    r"(?:two|three|four|five|six|\d{1,2})\s+"
                    r"(?P<k>interceptors)\b|\b(?:[Ee]ach|[Ee]very|[Oo]ne)\s+(?P<j>interceptor)\s+"
                    r"(?:fired|launched)\b")
_TYPE_CATEGORY = {"missile": "missile", "drone": "drone", "rocket": "rocket", "uav": "drone",
                  "interceptor": "interceptor", "radar": "radar", "jammer": "electronic warfare",
                  "launcher": "launcher", "system": "air defence"}
KIT_CATEGORY = {"radars": "radar", "jammers": "electronic warfare", "guns": "gun",
                "interceptors": "air defence"}
_NAMED_BEFORE = re.compile(r"(?:[A-Z0-9][\w/-]*)\s+$")


# Every shape has one of these words (found with word_positions).
SHAPE_WORDS = (" type", " model", "such as", "interceptor", "radars", "jammers", "guns")


def written_shapes(text: str, start: int, end: int) -> list[tuple[str, str, int, int]]:
    """(name, category, start, end) of the three shapes above in text[start:end]."""
    out: list[tuple[str, str, int, int]] = []
    if text.find(" type", start, end) >= 0 or text.find(" model", start, end) >= 0:
        for m in _OF_TYPE.finditer(text, start, end):
            noun = m.group("noun").lower().rstrip("s")
            out.append((m.group("name"), _TYPE_CATEGORY[noun], m.start("name"), m.end("name")))
    if text.find("such as", start, end) >= 0:
        for m in _SUCH_AS.finditer(text, start, end):
            if not known_organization(m.group("name")):
                noun = m.group("noun").lower().rstrip("s")
                out.append((m.group("name"), _TYPE_CATEGORY[noun], m.start("name"),
                            m.end("name")))
    if text.find("interceptor", start, end) >= 0:
        for m in _FIRED.finditer(text, start, end):
            g = "i" if m.group("i") else "k" if m.group("k") else "j"
            out.append(("interceptors", "air defence", m.start(g), m.end(g)))
    if not any(text.find(w, start, end) >= 0 for w in ("radars", "jammers", "guns",
                                                        "interceptors")):
        return out
    for m in _KIT_LIST.finditer(text, start, end):
        for k in _KIT_WORD.finditer(text, m.start(), m.end()):
            # ("Coyote interceptors, guns and jammers": the first is the named Coyote)
            if k.start() == m.start() and _NAMED_BEFORE.search(text, max(start, k.start() - 20),
                                                               k.start()):
                continue
            out.append((k.group(0), KIT_CATEGORY[k.group(0)], k.start(), k.end()))
    return out


# A system spelled out with its own initials before the class noun: "six Ku-band Radio
# Frequency Sensor (KuRFS) radars", "the Long Range Discrimination Radar (LRDR) system". The
# initials must be the name's words' first letters, so "Hezbollah (Lebanon) missiles" is none.
_ACRONYMED = re.compile(r"(?P<name>(?:[A-Z][\w-]*[^\S\n]+){1,6}[A-Z][\w-]*)[^\S\n]+"
                        r"\((?P<acr>[A-Z][A-Za-z0-9]{1,9})\)[^\S\n]+(?P<noun>radars?|sensors?|"
                        r"launchers?|interceptors?|jammers?|missiles?|systems?)\b")
# (ending where the telltale ends: an earlier name in the window must not hide this one)
_ACRONYMED_HERE = re.compile(_ACRONYMED.pattern + r"$")
_ACRONYM_NOUN = re.compile(r"[A-Za-z0-9]\)[^\S\n]+(?:radars?|sensors?|launchers?|interceptors?|"
                           r"jammers?|missiles?|systems?)\b")
_ACRONYMED_CATEGORY = {"radar": "radar", "sensor": "radar", "launcher": "launcher",
                       "interceptor": "air defence", "jammer": "electronic warfare",
                       "missile": "missile", "system": "air defence"}


def acronymed_systems(text: str, start: int, end: int) -> list[tuple[str, str, int, int]]:
    """(name, category, start, end) of systems named with their initials in text[start:end]."""
    out: list[tuple[str, str, int, int]] = []
    if text.find(") ", start, end) < 0:
        return out
    for tail_m in _ACRONYM_NOUN.finditer(text, start, end):  # the cheap telltale first
        m = _ACRONYMED_HERE.search(text, max(start, tail_m.start() - 100), tail_m.end())
        if m is None:
            continue
        capitals = [c for c in m.group("acr") if c.isupper()]
        words = m.group("name").split()
        if len(capitals) < 2 or len(words) < len(capitals):
            continue
        tail = words[-len(capitals):]
        if [w[0] for w in tail] != capitals:
            continue
        at = m.end("name")
        for w in reversed(tail):
            at = text.rfind(w, m.start("name"), at)
        category = _ACRONYMED_CATEGORY[m.group("noun").lower().rstrip("s")]
        out.append((" ".join(tail), category, at, m.end("noun")))
    return out
