"""A source named again: "the official said" after "a senior official said", "the review"
after "a Navy review obtained by ...". A repeat is no new source unless it brings new
words (a statement, an assessment, a revised count)."""

from __future__ import annotations

import re

from briefdeck.extract.institutions import BODY
from briefdeck.extract.sourcing_public import THE_PUBLIC

# A body named again but bringing new words: a statement, or an assessment of its own.
# A clause that opens on the document a body speaks in, just before it: "In its release of
# May 2, the command said" (new words, though the body was counted before).
IN_ITS_DOCUMENT = re.compile(r"\b(?:In|On)\s+(?:its|their|a|an)\s+(?:[\w-]+\s+){0,2}?(?:statement|"
                             r"release|readout|bulletin|update|post|notice)\b[^,;.\"“”]{0,40},\s+$")
# (a post on a platform is a new statement too: "the ministry said on X" after "the Defence
# Ministry said on Monday")
NEW_WORDS = re.compile(r"\b(?:statement|readout|assess(?:ed|es)|estimated|posts?|posted|"
                       r"raised|revised|lowered|updated|"  # a count revised: a new claim
                       r"on\s+(?:X|Twitter|Telegram|Facebook|Instagram))\b")

# A document named again: "the review" after "a Navy review obtained by ...".
_DOC_HEAD = (r"report|assessment|memo|document|study|analysis|review|audit|cable|letter|dossier|"
             r"survey|poll")
CONJUNCTION = re.compile(r"(?:But|And|Or|So|Yet|Then|Now|Still|As|[Tt]hough|[Aa]lthough|[Ww]hile|"
                         r"[Ww]hereas)\s+")
# Nouns that name a source, to tell a later "the official said" it repeats one already counted.
HEAD_NOUN = re.compile(rf"\b(?:official|source|diplomat|officer|spokes(?:man|woman|person)|"
                        rf"{_DOC_HEAD}|aide|adviser|advisor|staffer|"
                        rf"{BODY}|{THE_PUBLIC})s?\b", re.I)
REPEATED = re.compile(rf"^[Tt]he\s+(?:(?:two|three|four|five|same|other)\s+)?"
                       rf"(?P<noun>(?:official|source|diplomat|officer|{_DOC_HEAD}|aide|staffer|"
                       rf"adviser|advisor)s?|{BODY}|{THE_PUBLIC})$")
