"""Boilerplate rules for a securities filing (an SEC Form 8-K, 10-Q, 6-K) read as a page.

The form's cover page is the same form in every filing: the commission's name, "CURRENT
REPORT", "Pursuant to Section 13 or 15(d) ...", the parenthesised captions under each field
("(Commission File Number)"), the registrant's address and telephone, the standard check-box
lines, the securities table (whose par value and exchange read as a figure and a place) and
the emerging-growth line; after the Items, the exhibit index (whose exhibit numbers read as
figures) and the signature formula with its "/s/" line. The Item text and an exhibited press
release are the filing's content.
"""

from __future__ import annotations

from briefdeck.ingest.rules import Rule, _rule

_STREET = (
    r"(?:Road|Rd|Street|St|Avenue|Ave|Boulevard|Blvd|Drive|Dr|Lane|Ln|Way|Parkway|Pkwy|Place|"
    r"Pl|Court|Ct|Plaza|Circle|Highway|Hwy|Square|Sq|Pike|Turnpike|Terrace)"
)

# A corporate officer's title, as a filing's signature block prints it.
_OFFICE = (
    r"(?:(?:Executive|Senior|Deputy|Assistant) )?(?:Vice President|President|Chief [A-Z][a-z]+ "
    r"Officer|General Counsel|(?:Corporate )?Secretary|Treasurer|(?:Corporate )?Controller)"
)

# fmt: off
RULES: tuple[Rule, ...] = (
    _rule("filing cover", r"^(?:UNITED STATES )?SECURITIES AND EXCHANGE COMMISSION$|"
          r"^CURRENT REPORT$", 6, flags=0, hints=("securities", "current report")),
    _rule("filing cover", r"^(?:CURRENT REPORT )?Pursuant to (?:Section 13 or 15\(d\)|Rule "
          r"13a-16 or 15d-16) of the Securities Exchange Act of 1934\b", 20,
          hints=("exchange act",)),
    # "(Commission File Number)", "| (State or other jurisdiction of incorporation) | ...":
    # the captions printed under the cover's fields.
    _rule("filing cover", r"^\|?\s*\((?:Exact name of registrant|State or other jurisdiction|"
          r"Commission File Number|I\.?R\.?S\.? Employer Identification|Address of principal "
          r"executive offices|Former name or former address|Registrant['’]s telephone)", 40,
          hints=("(",)),
    _rule("filing cover", r"^Registrant['’]s telephone number, including area code\b", 14,
          hints=("registrant",)),
    # "12010 Sunset Hills Road, Suite 800, Reston, Virginia 20190": a cover's (or a
    # letterhead's) address on one line, street to ZIP code; never a sentence.
    _rule("postal address", rf"^\d{{1,6}} (?:[A-Z0-9][\w.'’-]*\.? ){{1,4}}{_STREET}\.?"
          r"(?: [NS]\.? ?[EW]\.?)?,(?: (?:Suite|Ste\.?|Floor|Fl\.|Room|Unit|Building) "
          r"[\w-]{1,6},)? (?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+,? (?:[A-Z]{2}|(?:[A-Z][a-z]+ )?"
          r"[A-Z][a-z]+) \d{5}(?:-\d{4})?$", 16, flags=0),
    _rule("filing cover", r"^Check the appropriate box below if the Form \S{1,8} filing\b|"
          r"^Indicate by check mark (?:whether|if) the registrant\b|"
          r"^If an emerging growth company, indicate by check mark\b", 80,
          hints=("check",)),
    # The four standard boxes: "☐ Written communications pursuant to Rule 425 ...".
    _rule("filing cover", r"^[☐☒□■✓✔]?\s*(?:Written communications|Soliciting material|"
          r"Pre-commencement communications) pursuant to Rule \d", 30, hints=("pursuant",)),
    # The securities table: its header and its rows ("Common Stock, par value $0.001 per
    # share | CGSV | New York Stock Exchange").
    _rule("filing cover", r"^\|?\s*(?:Title of each class|Trading Symbol\(s\)|Name of each "
          r"exchange on which registered)\b|^Securities registered pursuant to Section 12\(b\)",
          30, hints=("title of each", "trading symbol", "name of each", "securities reg")),
    _rule("filing cover", r"^\|?\s*(?:Class [A-Z] )?(?:Common|Ordinary|Preferred) (?:Stock|"
          r"Shares?),? (?:\$[\d.]+ )?(?:par value|no par value|nominal value)\b", 30,
          hints=("par value", "nominal value")),
    _rule("filing cover", r"^Emerging growth company\b", 8, hints=("emerging",)),
    # Item 9.01's exhibit index: "(d) Exhibits. 99.1 Press release dated ... 104 Cover Page
    # Interactive Data File (embedded within the Inline XBRL document)."
    _rule("exhibit index", r"^\(d\)\s*Exhibits\b|\bCover Page Interactive Data File\b", 80,
          hints=("exhibits", "interactive data")),
    _rule("signature", r"\bthe registrant has duly caused this report to be signed on its "
          r"behalf\b", 60, hints=("duly caused",)),
    # "By: /s/ Mark D. Feeney": a conformed signature.
    _rule("signature", r"^(?:By:?\s*)?/s/\s*[A-Z]", 10, flags=0, hints=("/s/",)),
    # "Mark D. Feeney, Executive Vice President, General Counsel and Corporate Secretary":
    # the signer's name and corporate offices on a line of their own, under the "/s/" line
    # (its "Counsel" would read as a person).
    _rule("signature", rf"^[A-Z][a-z]+(?: [A-Z]\.)?(?: [A-Z][\w'’-]+){{1,2}}, {_OFFICE}"
          rf"(?:,? (?:and )?{_OFFICE})*$", 16, flags=0, in_prose=False,
          hints=("president", "officer", "counsel", "secretary", "treasurer", "controller")),
)
# fmt: on
