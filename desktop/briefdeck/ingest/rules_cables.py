"""Boilerplate rules for a released diplomatic cable's header: the telegram's routing and
handling lines above its numbered paragraphs.

A cable opens with machine lines: the routing line ("DE RUEHAM #1187/01 3211544"), the
switch line ("ZNY CCCCC ZZH"), precedence and date-time group ("O 171544Z NOV 26"), the
sender and addressees with their routing indicators ("TO RUEHC/SECSTATE WASHDC IMMEDIATE
4471", "RHMFISS/CDR USCENTCOM MACDILL AFB FL PRIORITY"), the classification spelled out
letter by letter, "SIPDIS", the declassification line ("E.O. 13526: DECL: 11/17/2041"), the
references under "REF:" ("B. STATE 98812") and who classified it. The addressees name
capitals and headquarters that are no place of the story, and the classifier is no speaker.
All are capitals, codes and numbers: never a sentence.
"""

from __future__ import annotations

from briefdeck.ingest.rules import Rule, _rule

_PRECEDENCE = r"(?:FLASH|NIACT IMMEDIATE|IMMEDIATE|PRIORITY|ROUTINE)"
# a routing indicator and the office after it: "RUEHC/SECSTATE WASHDC", "RUEKJCS/SECDEF ..."
_ROUTED = r"R[A-Z]{3,7}/[A-Z][A-Z0-9 /.&'-]{1,60}"

# fmt: off
RULES: tuple[Rule, ...] = (
    # "DE RUEHAM #1187/01 3211544", "ZNY CCCCC ZZH", "O 171544Z NOV 26": routing and DTG.
    _rule("cable header", r"^(?:DE R[A-Z]{3,7} #\d{2,6}(?:/\d{2})? \d{7}|ZN[YR] [A-Z]{5}"
          r"(?: Z[A-Z]{2})?|(?:[OPRZ]{1,2}|ZZ) \d{6}Z [A-Z]{3} \d{2})$", 6, flags=0,
          hints=("de r", "zn", "z ")),
    # "TO RUEHC/SECSTATE WASHDC IMMEDIATE 4471", "RUEHRH/AMEMBASSY RIYADH PRIORITY 0388".
    _rule("cable header", rf"^(?:(?:TO|INFO|XMT)\s+{_ROUTED}|(?:(?:TO|INFO)\s+)?{_ROUTED}\s"
          rf"{_PRECEDENCE}(?:\s\d{{1,5}})?)$", 14, flags=0, hints=("/",)),
    # "FM AMEMBASSY AMMAN", "FM SECSTATE WASHDC": the sending post.
    _rule("cable header", r"^FM (?:AMEMBASSY|AMCONSUL|SECSTATE|USMISSION|USDAO|USLO|USINT|"
          r"USDEL|CDR|R[A-Z]{3,7}/)[A-Z0-9 /.-]{2,60}$", 10, flags=0, hints=("fm ",)),
    # "C O N F I D E N T I A L AMMAN 001187", "S E C R E T SECTION 01 OF 02 BAGHDAD 000123".
    _rule("cable header", r"^(?:[A-Z] ){4,}[A-Z](?: [A-Z0-9 ]{2,60})?$", 24, flags=0),
    # "SIPDIS", "NOFORN": handling captions alone on a line.
    _rule("cable header", r"^(?:SIPDIS|NOFORN|NODIS|EXDIS|LIMDIS|STADIS|SIPDIS NOFORN)$", 2,
          flags=0, hints=("sipdis", "noforn", "dis")),
    # "E.O. 13526: DECL: 11/17/2041", "E.O. 12958: N/A": the declassification line.
    _rule("cable header", r"^E\.\s?O\.\s?\d{5}\s*:\s*(?:DECL|N/A)\b.{0,40}$", 8, flags=0,
          hints=("e.",)),
    # "B. STATE 98812", "C. 09 BAGHDAD 2210": a further reference under "REF: A. ...".
    _rule("cable header", r"^[B-H]\.\s+(?:\d{2}\s+)?[A-Z]{4,12}\s+\d{2,6}$", 4, flags=0),
)
# fmt: on
