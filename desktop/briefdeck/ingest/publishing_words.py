"""Pieces of pattern the boilerplate rules for publications share (rules_publishing.py and
the modules it gathers): wire services' names, a person's name, a web address, an
organisation's name, the words for a document, and the test that a "Source:" line names a
person with their office (which is sourcing, not a credit).
"""

from __future__ import annotations

# Wire services that sign a story (by name alone) rather than a reporter.
_WIRES = (
    r"AFP|AP|Reuters|(?:The )?Associated Press|Agence France-Presse|dpa|UPI|Bloomberg|Xinhua"
    r"|Anadolu(?: Agency)?|PAP|ANSA|EFE|Kyodo|Yonhap|TASS|Interfax|Ukrinform|WAM|SPA|KUNA|IRNA"
)
_NAME = r"[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}"
_URL = r"(?:https?://|www\.)\S+"
# "Source: Jana Petrova, head of the regional administration, on Telegram": a wire's sourcing
# block names a person and their office, and the "Quote:" lines under it are theirs. A photo
# or page credit names an outlet, agency or channel: "Source: PAP", "Source: Media Office of X".
_NOT_SOURCING_PERSON = (
    r"(?!\s*(?-i:[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}),\s+(?:the |a |an )?(?:[\w'’.-]+ ){0,3}?"
    r"(?:head|chief|spokes(?:man|woman|person)|minister|governor|mayor|commander|director|"
    r"chair(?:man|woman|person)?|president|secretary|adviser|advisor|representative|officer|"
    r"ombudsman|deputy|leader|prosecutor|ambassador|envoy|member|speaker|official)s?\b)"
)
_ORG = r"[A-Z][\w.&'’-]*(?:[ -](?:[A-Z][\w.&'’-]*|of|for|and|&|the))*"  # "Office of the Army"
_DOC = (
    r"(?:brief|briefing|paper|report|article|publication|document|site|website|commentary|"
    r"analysis|piece|newsletter|digest|summary|bulletin|column|blog|post|podcast|note|update|"
    r"series)s?"
)
