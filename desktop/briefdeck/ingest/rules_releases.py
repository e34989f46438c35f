"""Boilerplate rules for command and government press releases: the issuing office, its
contact lines, release numbers, hashtags, and the banners of government sites.
"""

from __future__ import annotations

from briefdeck.ingest.rules import Rule, _rule

_PHONE = r"\+?\(?\d[\d ().-]{6,}\d"

# fmt: off
RULES: tuple[Rule, ...] = (
    # Command and government releases.
    _rule("press release furniture", r"^from:\s+\S.{0,120}$|^from\s+(?:the\s+)?[A-Z][\w.&'’-]*"
          r"(?:\s+(?:[A-Z][\w.&'’()-]*|of|and|the|for|&)){0,10}\s+(?:public affairs|press office"
          r"|press service|press desk|media relations|communications(?: office)?|news ?room"
          r"|news service|press operations|information office)$", 16),
    # "Joint Task Force Public Affairs" on its own line: the office signing the release.
    _rule("contact", r"^(?:[A-Z][\w.&'’-]*\s+){1,8}(?:Public Affairs(?: Office)?|"
          r"Press Office|Press Desk|Media Relations|Media Office|Spokes(?:person|man)['’]s "
          r"(?:Unit|Office))$", 12, flags=0, hints=("public affairs", "press", "media", "spokes")),
    # "Media Desk: (555) 010-0199", "Duty Officer: +44 20 7946 0000": a desk's number.
    _rule("contact", rf"^(?:[\w.&'’-]+\s+){{0,4}}(?:desk|office|officer|line|hotline|room|centre|"
          rf"center)\s*:\s*{_PHONE}$", 10, hints=(":",)),
    _rule("press release furniture", r"^(?:for )?immediate release\b.{0,40}$|"
          r"^(?:(?:remarks|speech|address|statement|testimony) )?\(?as (?:delivered|prepared"
          r"(?: for delivery)?)\)?$|"
          r"^(?:embargoed|embargo)(?: until| till)?\b.{0,60}$", 12, in_prose=False),
    # "Release No. 26-118 | November 16, 2026": the number, perhaps with the date after a bar.
    _rule("page id", r"^(?:press |news )?release\s*(?:\(\d{4}\)\s*)?(?:no\.?|number|nr\.?)?\s*:?"
          r"\s*[\w-]*\d[\w-]*(?:\s*[|•·]\s*[\w.,' -]{4,30})?$|^virin\s*:?\s*[\w-]+$", 9),
    _rule("contact", r"^(?:media|press|public|news ?desk) (?:inquiries|queries|enquiries)\b"
          r"(?:\s*:.*)?$|^(?:[-*•]\s+)?(?:for|with) (?:media|press) (?:questions|inquiries|"
          r"queries|enquiries)\b", 25),
    # "Questions: desk@example.org | DSN 312-555-0100": where readers send their questions.
    _rule("contact", r"^(?:questions|queries|inquiries|enquiries|comments|feedback|corrections)"
          r"\s*[?:]\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b.{0,80}$", 20, hints=("@",)),
    # "Tel: +49 (0) 711 680 4459", "Duty editor: ext. 4417", a line ending in an address.
    _rule("contact", rf"^(?:[\w.,:'’&()-]+ ){{0,6}}(?:tel|telephone|phone|fax|mobile|mob|cell|dsn|"
          rf"ext|extension)\.?\s*:?\s*(?:{_PHONE}|\d{{3,6}})$|^\+\d[\d ().-]{{6,}}\d$", 12,
          hints=("tel", "phone", "fax", "mob", "cell", "dsn", "ext", "+", "(")),
    _rule("contact", r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*$", 14, in_prose=False, hints=("@",)),
    # "Duty Room Kabul (24/7): +93 20 555 0100": a label and an international number, nothing
    # more; "Radio: Channel 4 - call sign ...": the net to call on.
    _rule("contact", r"^[A-Z][\w.&'’/-]*(?: [\w.&'’/()-]+){0,6}\s*:\s*"
          r"(?:\(?24/7\)?\s*)?\+\d[\d ().-]{6,}\d$", 12, flags=0, hints=("+",)),
    _rule("contact", r"^(?:radio|vhf|uhf|radio net|radio channel)\s*:\s*[^.!?]{0,40}\b(?:channel|"
          r"call ?sign|frequency|net)\b[^.!?]{0,40}$|^call ?sign\s*:\s*[A-Z0-9][^.!?]{0,30}$", 14,
          hints=("radio", "vhf", "uhf", "call")),
    # "Operations Room: +44 20 7946 0000 | desk@example.org | Reply to update your details":
    # an address set off by bars is a contact line, whatever sentence follows it.
    _rule("contact", r"(?:^|[|•·]\s*)[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*(?:[|•·]|$)", 40,
          hints=("@",)),
    # "#StrongerTogether #WeAreNATO": a row of hashtags (or handles) under a release.
    _rule("hashtags", r"^(?:[#@][A-Za-z_]\w*[\s,;|·•]*)+$", 15, hints=("#", "@")),
    # The banner on every U.S. government site, and DoD's hosting and link notices.
    _rule("government site banner", r"\ban official website of the (?:united states|u\.s\.)"
          r"(?: federal)? government\b|^here['’]s how you know\b|\bofficial websites use \.(?:gov|"
          r"mil)\b|\bsecure \.(?:gov|mil) websites use https\b|\bshare sensitive information only "
          r"on official,? secure websites\b|\ba \.(?:gov|mil) website belongs to an official\b|"
          r"\bhosted by defense media activity\b", 40,
          hints=("official website", "official secure", "official, secure", "how you know",
                 ".gov", ".mil", "defense media")),
    # GOV.UK's consent banner opens with its own heading.
    _rule("cookie banner", r"^cookies on (?:the |this |our )?(?:[\w.'’-]+ ){0,3}(?:site|website|"
          r"service|page)s?$", 8, hints=("cookies on",)),
    # "Inclusion does not imply endorsement", perhaps after a sentence saying what is listed.
    _rule("disclaimer", r"(?:^|[.!?]\s+)(?:the )?(?:appearance|inclusion|listing|mention|use)"
          r"(?: of (?:\w+ ){0,4}| )(?:does|do|shall) not (?:necessarily )?(?:imply|constitute|"
          r"mean|signify|indicate|represent)\b.{0,200}\b(?:endorse(?:ment|d)?|approv(?:al|ed)|"
          r"verified)\b", 60,
          hints=("endorse", "approv", "verified")),
    _rule("photo caption or credit", r"^(?:download(?: (?:hi-?res|high[- ]resolution|full[- ]"
          r"(?:size|resolution)|original))?(?: photo| image)?|photo details|hi-?res|"
          r"(?:photo|image) gallery)$", 4),
)
# fmt: on
