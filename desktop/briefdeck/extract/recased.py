"""A text written all in capitals, as a reader would read it in mixed case.

Live TV closed captions, telex wires, military messages and old cables come in capitals, and
every rule that finds a person, an organization, a quote or a source leans on capital letters:
in "REPRESENTATIVE DIANE HOLLOWAY SAID" nothing stands out. Here such a block is read through a
recased copy of the same length (so every span still points at the source's own characters; the
source shown to the analyst stays as written): lower case, then capitals again for sentence
starts, "I", known names (the gazetteer's places, the known organizations and systems, a few
bodies and demonyms, month and day names, acronyms written with stops) and names where a title
or rank stands before them ("Representative Diane Holloway"), and then for those names' other
mentions. A caption's "QUOTE, ... END QUOTE" (or "and I'm quoting here, ...") becomes
quotation marks in the copy, and a roll-up caption's repeated words are blanked.

Mixed-case text is returned as it is (the same object): only a long run of lines in capitals
that reads as prose is recased, once per document. A military message's or a NOTAM's lines of
codes and abbreviations are left in capitals: the message rules already read them so.
"""

from __future__ import annotations

import re

from briefdeck.extract.known_organizations import KNOWN_NAMES, KNOWN_RE
from briefdeck.extract.system_table import SYSTEMS

__all__ = ["reading_copy"]

_MIN_LETTERS = 300  # a run of capital lines this long is a text in capitals, not a heading
_MIN_LINES = 4
# A stretch without a small letter; its first and last lines may be mixed and are left out
_CAPS_STRETCH = re.compile(r"[A-Z][^a-z]{300,}")
_CAPS_SMALL_WORDS = (" THE ", " AND ", " OF ", " TO ")  # prose in capitals has one of these
_SMALL_LETTER = re.compile(r"[a-z]")
_CAPITAL = re.compile(r"[A-Z]")

_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’.-]*[A-Za-z0-9]|[A-Za-z]")
# A sentence's first letter: after the block's start, a full stop, a caption's ">>" turn
_SENTENCE_START = re.compile(r"(?:^|(?<!\.[A-Za-z])[.!?]['\"”’)\]]?\s+|>>>?\s*|\n\s*\n\s*|"
                             r"\n[ \t]*[-•*]\s+|“)['\"“‘(\[]?(?P<first>[a-z])")
_PRONOUN_I = re.compile(r"\bi(?=\b|['’](?:m|ve|ll|d)\b)")
_DOTTED = re.compile(r"\b(?:[a-z]\.){2,}")  # "u.s.", "u.n.": an acronym written with stops

# Titles and ranks written before a name; capitalised with it ("Representative Diane Holloway")
_HONORIFICS = frozenset("""representative rep. congresswoman congressman senator sen. president
    vice-president gen. general lt. lieutenant col. colonel maj. major capt. captain cmdr.
    commander adm. admiral sgt. sergeant cpl. corporal pvt. spc. dr. mr. mrs. ms.
    governor gov. mayor ambassador amb. minister secretary sheikh prof. professor judge
    brig. brigadier""".split())
# Ranks and titles that are also plain English adjectives or nouns ("a major attack", "the
# general public", "the president said"): after an article or a possessive they are the word,
# not a title, and the words after them are no name. ("private" is no title here at all:
# "private security contractors"; the rank is written "Pvt." or comes with "first class".)
_PLAIN_RANKS = frozenset("""major general captain judge president minister secretary commander
    governor""".split())
_DETERMINERS = frozenset("""a an the this that its their our his her any every no some each
    another""".split())
# Roles a name follows that stay lower case ("our Pentagon correspondent Marcus Delgado")
_ROLES = frozenset("""correspondent reporter anchor spokesman spokeswoman spokesperson
    meteorologist analyst commentator host i'm i’m""".split())
# Words that end a name after a title (a name's words are none of these)
_NOT_NAME = frozenset("""a an the and or but of in on at to for from by with as is are was were
    be been has have had do does did will would can could should may might must who whom which
    that this these those what when where why how said says say told tells tell thank thanks
    who's it its it's he she they we you his her their our your i not no yes so if then than
    also just now here there today tonight yesterday tomorrow again still only all both each
    more most less sits joins joined joining says reporting live good evening morning afternoon
    sir ma'am madam please welcome back is""".split())

_MONTHS_DAYS = ("January February March April June July August September October November "
                "December Monday Tuesday Wednesday Thursday Friday Saturday Sunday").split()
# Bodies, demonyms and words a report names that no table here holds
_CURATED = ("""Congress Senate Capitol Hill White House Pentagon Kremlin Telegram X Twitter
    Facebook Iraqi Syrian Iranian Turkish Jordanian Kuwaiti Saudi Lebanese Israeli Afghan
    Yemeni Omani Qatari Emirati Bahraini Egyptian Kurdish American British French German
    Russian Chinese Ukrainian Houthi Houthis Arab Arabic Persian Shiite Sunni Christmas
    Ramadan Eid Muslim Christian Jewish Hezbollah Hamas Peshmerga Kurds Iraqis Syrians
    Americans Iranians""").split()
_PHRASES = ["House Armed Services Committee", "House Foreign Affairs Committee",
            "Senate Foreign Relations Committee", "House Intelligence Committee",
            "Senate Intelligence Committee", "National Security Council", "Capitol Hill",
            "White House", "Prime Minister's Office", "Joint Chiefs of Staff",
            "Air Force", "Marine Corps", "Coast Guard", "National Guard", "Air Base"]
_SMALL = frozenset("of the and for in on at to de".split())
_PARTICLES = frozenset("al el ad as ash at az an ar bin ibn".split())

_KNOWN_ANY = re.compile(KNOWN_RE.pattern, re.I)
_SYSTEM_ANY = re.compile(r"\b(?:" + "|".join(f"(?:{p})" for _, _, p in SYSTEMS) + r")\b", re.I)
_ACRONYMS = frozenset(a.lower() for a in re.findall(r"\b[A-Z][A-Z0-9-]*[A-Z0-9]\b",
                                                     KNOWN_RE.pattern + " ".join(
                                                         n for n, _, _ in SYSTEMS))
                      if len(a.replace("-", "")) >= 2)
_SHORT_COMMON = frozenset("""is it us as at an in on or am be do go he me my no of so to up we
    id ok oh hi all are can may one per""".split())
_CURATED_KEYS: dict[str, str] = {w.lower(): w for w in _CURATED + _MONTHS_DAYS}
_PHRASE_KEYS: dict[str, str] = {p.lower(): p for p in _PHRASES}
_MAX_PHRASE = max(len(p.split()) for p in _PHRASES)


def reading_copy(text: str) -> str:
    """text with each long run of lines in capitals recased (same length, same offsets);
    text itself when it has none."""
    if not any(word in text for word in _CAPS_SMALL_WORDS):  # (most texts: a quick look)
        return text
    runs = [(s, e) for s, e in _capital_runs(text) if _prose(text[s:e])]
    if not runs:
        return text
    chars = list(text)
    for start, end in runs:
        _recase(text, start, end, chars)
    return "".join(chars)


def _capital_runs(text: str) -> list[tuple[int, int]]:
    """[start, end) of each run of whole lines in capitals, long enough to be a text."""
    runs: list[tuple[int, int]] = []
    for m in _CAPS_STRETCH.finditer(text):
        start = text.rfind("\n", 0, m.start()) + 1
        if _SMALL_LETTER.search(text, start, m.start()):
            start = text.find("\n", m.start()) + 1 or m.end()
        end = m.end() if m.end() == len(text) else text.rfind("\n", start, m.end())
        if end > start and len(_CAPITAL.findall(text, start, end)) >= _MIN_LETTERS and \
                text.count("\n", start, end) + 1 >= _MIN_LINES:
            runs.append((start, end))
    return runs


# Prose reads through its small words; a message's or a NOTAM's lines are codes and
# abbreviations ("201215Z NOV 26", "Q) ORBB/QRDCA"), which the message rules read in capitals.
_FUNCTION_WORDS = frozenset("""the of and to a in is was were that on for with at by it this
    from as be are has have had an who which said says""".split())
_MIN_FUNCTION_SHARE = 0.2
_MAX_CODE_SHARE = 0.1
_CODE = re.compile(r"\S*(?:\d|/)\S*")


def _prose(block: str) -> bool:
    words = block.split()
    small = sum(w.strip(".,;:!?\"'()").lower() in _FUNCTION_WORDS for w in words)
    codes = len(_CODE.findall(block))
    return small >= _MIN_FUNCTION_SHARE * len(words) and codes < _MAX_CODE_SHARE * len(words)


def _lowered(text: str) -> str:
    return "".join(c if len(low := c.lower()) != 1 else low for c in text)


def _unrolled(block: str) -> str:
    """Live captions roll up: a line may open by repeating the last words of the line before
    ("... where American troops\nwhere American troops came under fire"). The repeat is blanked
    (spaces, same length), so the sentence reads once."""
    if "\n" not in block:
        return block
    chars = list(block)
    pos = 0
    lines = block.split("\n")
    for prev, line in zip(lines, lines[1:], strict=False):
        pos += len(prev) + 1
        tail, head = prev.split(), line.split()
        for k in range(min(6, len(tail), len(head)), 0, -1):
            if tail[-k:] == head[:k] and any(c.isalpha() for c in "".join(head[:k])):
                lead = len(line) - len(line.lstrip())
                span = len(" ".join(line.split(None, k)[:k]))
                if line[lead:lead + span].split() == head[:k]:
                    chars[pos + lead:pos + lead + span] = " " * span
                break
    return "".join(chars)


def _recase(text: str, start: int, end: int, chars: list[str]) -> None:
    block = _unrolled(_lowered(text[start:end]))
    out = list(block)
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(block)]

    def cap(at: int) -> None:
        out[at] = out[at].upper()

    def title(s: int, e: int, first: bool = True) -> None:
        """Capitalise the words of block[s:e] ("al-Asad": a particle stays lower)."""
        for m in _WORD.finditer(block, s, e):
            word = m.group().rstrip(".'’")
            if word in _SMALL and not (first and m.start() == s):
                continue
            parts = word.split("-")
            at = m.start()
            for i, part in enumerate(parts):
                if part and not (part in _PARTICLES and i + 1 < len(parts)):
                    cap(at)
                at += len(part) + 1

    def copy_case(s: int, e: int, name: str) -> bool:
        if len(name) == e - s and name.lower() == block[s:e]:
            for i, c in enumerate(name):
                if c.isupper():
                    cap(s + i)
            return True
        return False

    # Known organizations: their own spelling when written whole, else title case
    for m in _KNOWN_ANY.finditer(block):
        s, e = m.span()
        found = m.group()
        if " " not in found and (found in _SHORT_COMMON or found in _NOT_NAME or len(found) < 3):
            continue
        if found in _ACRONYMS:
            for i in range(s, e):
                cap(i)
        elif found not in _CANON or not copy_case(s, e, _CANON[found]):
            title(s, e)
    # Known systems: only their names' own capitals ("Patriot battery", "one-way attack drones")
    for m in _SYSTEM_ANY.finditer(block):
        if m.group() in _SYSTEM_NAMES:  # "Iron Dome" whole
            copy_case(m.start(), m.end(), _SYSTEM_NAMES[m.group()])
            continue
        for w in _WORD.finditer(block, *m.span()):
            if w.group() in _SYSTEM_WORDS:
                copy_case(w.start(), w.end(), _SYSTEM_WORDS[w.group()])
    _places(block, words, title)
    for m in _UNIT.finditer(block):  # "3rd Battalion, 43rd Air Defense Artillery Regiment"
        title(m.start(), m.end())
    # Curated bodies, demonyms, months and days
    for i, (s, _e, w) in enumerate(words):
        for n in range(min(_MAX_PHRASE, len(words) - i), 1, -1):
            phrase = " ".join(x[2] for x in words[i:i + n])
            if phrase in _PHRASE_KEYS:
                title(s, words[i + n - 1][1])
                break
        key = w.rstrip(".'’")
        key = key[:-2] if key.endswith(("'s", "’s")) else key
        if key in _CURATED_KEYS and (key != "may" and key != "x" or
                                     i + 1 < len(words) and words[i + 1][2][:1].isdigit()):
            copy_case(s, s + len(key), _CURATED_KEYS[key])
        elif key in _ACRONYMS and len(key) >= 3 and key not in _SHORT_COMMON and \
                key not in _NOT_NAME:
            for j in range(s, s + len(key)):
                cap(j)
    # Names where a title or rank stands before them, then their other mentions
    names: set[tuple[str, ...]] = set()
    for i, (s, _e, w) in enumerate(words):
        if w not in _HONORIFICS and w not in _ROLES:
            continue
        if block[words[i][1]:words[i + 1][0] if i + 1 < len(words) else end - start].strip():
            continue  # "Congresswoman, thank you": no name after a comma
        plain = w in _PLAIN_RANKS
        if plain and i and words[i - 1][2] in _DETERMINERS and \
                not block[words[i - 1][1]:s].strip():
            continue  # "a major attack", "the general public"
        j = i + 1
        while j < len(words) and j - i <= 3 and words[j][2] not in _NOT_NAME and \
                not words[j][2].endswith("ing") and \
                words[j][2] not in _HONORIFICS and words[j][2].replace("-", "").isalpha() and \
                not block[words[j - 1][1]:words[j][0]].strip():
            j += 1
        if j - i >= (3 if w in _ROLES else 2):
            name = tuple(x[2] for x in words[i + 1:j])
            names.add(name)
            if not plain or len(name) > 1:  # (one word after a plain rank is no surname)
                names.update((part,) for part in name if len(part) > 2)
            if w in _HONORIFICS:
                title(s, _e)
    if names:
        longest = max(len(n) for n in names)
        for i in range(len(words)):
            for n in range(min(longest, len(words) - i), 0, -1):
                if tuple(x[2] for x in words[i:i + n]) in names:
                    title(words[i][0], words[i + n - 1][1])
                    break
    for m in _DOTTED.finditer(block):
        for i in range(m.start(), m.end()):
            cap(i)
    for m in _PRONOUN_I.finditer(block):
        cap(m.start())
    _quote_marks(out)
    for m in _SENTENCE_START.finditer("".join(out)):
        cap(m.start("first"))
    chars[start:end] = out


# The organizations' names as their table writes them; the capitalised words of systems' names
_CANON = {n.lower(): n for n in KNOWN_NAMES}
_SYSTEM_NAMES = {n.lower(): n for n, _, _ in SYSTEMS}
# (a name's plain English words are capitalised only with the whole name: "air defenses")
_PLAIN = frozenset("air area defense defence forward black gray grey eagle iron dome drone".split())
_SYSTEM_WORDS = {w.lower(): w for n, _, _ in SYSTEMS for w in re.findall(r"[A-Za-z][\w-]*", n)
                 if w[0].isupper() and len(w) > 1 and w.lower() not in _PLAIN}


def _places(block: str, words: list[tuple[int, int, str]], title) -> None:  # noqa: ANN001
    """The gazetteer's places of more than one word, or of one word that is no common word."""
    from briefdeck.geo.gazetteer import Gazetteer
    from briefdeck.geo.textnorm import name_key

    gaz = Gazetteer.default()
    by_key = gaz._by_key  # noqa: SLF001 - read-only after building
    i = 0
    while i < len(words):
        for n in range(min(4, len(words) - i), 0, -1):
            if n > 1 and block[words[i][1]:words[i + n - 1][0]].strip(" \t\n-"):
                continue  # (a comma or full stop between: two names, not one)
            key = name_key(" ".join(x[2] for x in words[i:i + n]))
            group = by_key.get(key)
            if group and (n > 1 or not any(p.common for p in group)) and \
                    words[i][2] not in _NOT_NAME and len(words[i][2]) > 2:
                title(words[i][0], words[i + n - 1][1])
                i += n - 1
                break
        i += 1


# A numbered unit: its ordinal, up to four words, and the unit's noun
_UNIT = re.compile(r"\b\d{1,3}(?:st|nd|rd|th)[ \t]+(?:[a-z][a-z-]*[ \t]+){0,4}?(?:battalion|"
                   r"brigade|regiment|division|squadron|wing|group|company|battery|corps|fleet|"
                   r"army|cavalry|infantry|expeditionary\s+unit)\b")

# "QUOTE, the attack was reckless ..., END QUOTE" and "one official told me, and I'm quoting
# here, we are spending ...": quotation marks in the copy, same length. Without an END QUOTE
# the quote runs to the sentence's end.
_QUOTE_OPEN = re.compile(r"(?<!end )(?<!un)\bquote,?[ \t]+(?=\w)|"
                         r"\bi['’]m[ \t]+quoting(?:[ \t]+(?:here|now|directly|him|her|them))?,"
                         r"[ \t]+(?=\w)|\band[ \t]+i[ \t]+quote,[ \t]+(?=\w)", re.I)
_QUOTE_CLOSE = re.compile(r",?(\s+)(?:end|unquote)\s+quote\b|,?(\s+)unquote\b", re.I)
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")
_MAX_QUOTE = 600


def _quote_marks(out: list[str]) -> None:
    text = "".join(out)
    if "quot" not in text:
        return
    for m in _QUOTE_OPEN.finditer(text):
        close = _QUOTE_CLOSE.search(text, m.end(), m.end() + _MAX_QUOTE)
        end = _SENTENCE_END.search(text, m.end(), m.end() + _MAX_QUOTE)
        if close and (not end or close.start() <= end.end() + 1 or
                      text.count(".", m.end(), close.start()) < 3):
            for i in range(close.start(), close.end()):
                if out[i] != "\n":
                    out[i] = " "
            out[close.start()] = "”"
        elif end:
            out[end.start()] = "”"
        else:
            continue
        for i in range(m.start(), m.end() - 1):
            out[i] = " "
        out[m.end() - 1] = "“"
