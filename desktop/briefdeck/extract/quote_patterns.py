"""How reports attribute a quotation: the verbs of speech, the words that may stand between a
quote and its speaker, and the shapes of unnamed speakers. quotes.py reads the report with them."""

from __future__ import annotations

import re

from briefdeck.extract.attribution_kinds import OUTLETS
from briefdeck.extract.institutions import BODY

VERB = (
    # (a rule's wording is no one's speech: 'reports must say "at least"')
    r"(?:said|says|(?<!not\s)(?<!to\s)(?<!n't\s)(?<!n’t\s)(?<!must\s)(?<!should\s)say(?=\s)|"
    r"saying|added|adds|wrote|writes|told|tells|stated|explained|noted|"
    r"continued|tweeted|posted|warned|insisted|declared|responded|replied|(?<!so-)called|claimed|"
    r"announced|announces|condemned|described|acknowledged|argued|asked|warns|estimates|"
    r"concludes|states|notes|stressed|emphasi[sz]ed|underlined|reiterated|cautioned|reported|"
    # ("press reports indicate": a noun; "a review found that": a finding reported)
    # (a noun after a preposition or article: "regarding reports", "amid claims", "the claims")
    r"(?<![Pp]ress\s)(?<![Mm]edia\s)(?<![Nn]ews\s)(?<!regarding\s)(?<!about\s)(?<!amid\s)"
    r"(?<!despite\s)(?<!of\s)(?<![Tt]he\s)(?:reports|claims)"
    # (nor a noun before its own verb: "Initial reports must say", "claims of ... are")
    r"(?!\s+(?:must|should|shall|will|would|can|could|may|might|are|were|have|had|of|say|"
    r"said|suggest|suggested|indicate|indicated)\b)|"
    # (a doctor's or a tribunal's finding quoted: 'found "no objective evidence" of ...'; a
    # clause read up to the mark may end in "found")
    r"found(?=\s+(?:that\b|[\"“])|\s*$)|"
    # sworn words ('testified that ...'); an advisory's ('advised its citizens to "..."')
    r"testified|testifies|advised(?=\s+(?:its|his|her|their|all|that)\b)|"
    # an adviser's or analyst's judgement: 'X assesses that "..."' (not "assessed the damage")
    r"assess(?:es|ed)(?=\s+that\b)|shared|confirms|denies|insists|explains|recalls|recalled|alleged|alleges|"
    r"confirmed|rejected|denounced|blamed|blames|"
    # a eulogy's words ('the Authority mourned "three martyrs ..."'): the mourner's
    r"mourned|mourns|lamented|laments|"
    r"attributed(?!\s+to\b)|"  # "X attributed the raid to"
    r"vowed|vows|pledged|pledges|threatened|threatens|promised|promises|boasted|boasts|"
    # 'expressed its "concern"': the owner's words
    r"expressed(?=\s+(?:its|his|her|their)\b)|voiced(?=\s+(?:its|his|her|their)\b)|"
    # translated wire style
    r"pointed\s+out|points\s+out|affirmed|affirms|clarified|indicated|indicates|"
    # an admission ("the ministry conceded that ..."; not "admitted to hospital")
    r"conceded|(?:confessed|admitted)(?!\s+(?:to|into|at)\b)|"
    # 'X put out a statement "condemning ...": the statement's words are X's
    r"(?:put\s+out|issued|released)\s+(?:a|an|its)\s+(?:[\w-]+\s+)?statement|"
    r"declined\s+to\s+(?:comment|discuss|confirm)|"  # 'declined to comment on "..."'
    r"read(?=\s*[.,:;])|"
    # a judgement passed ('the ministry considered the attack "a flagrant violation"'), never
    # a participle's ('the base, considered "a hub"')
    r"(?:considered|deemed|regarded)(?<!,\sconsidered)(?<!,\sdeemed)(?<!,\sregarded)"
    r"(?=\s+(?:the|it|this|that|these|those|its|their)\b)|"
    # what a plan or order sets out: 'the memo calls for a "phased" exit', 'directs X to ...'
    r"calls\s+for|directs|recommends|proposes|envisions|envisages|"
    r"referred\s+to|refers\s+to|spoke\s+of|"  # 'a spokesman referred to "martyrs"'
    r"put\s+it(?:\s+to\s+(?:us|me|reporters))?(?=[\s,.:])|"  # 'as one officer put it, "..."'
    # 'an officer put the cost problem bluntly: "..."': the words that follow are his
    r"put\s+(?:this|that|the\s+(?:[\w-]+\s+){0,3}?[\w-]+)\s+(?:bluntly|plainly|simply|starkly|"
    r"succinctly|frankly|candidly)(?=[\s,.:]))"
)
VERB_FIRST_RE = re.compile(rf"\s*[,—–-]?\s*{VERB}\b")
NAMED_NEXT_RE = re.compile(r"\s*[,—–-]?\s*")
ABBR_DOT = (
    r"(?:(?<=\b[A-Z])|(?<=Gen)|(?<=Col)|(?<=Maj)|(?<=Lt)|(?<=Adm)|(?<=Sgt)|(?<=Capt)|"
    r"(?<=Brig)|(?<=Dr)|(?<=Mr)|(?<=Ms)|(?<=Mrs)|(?<=Sen)|(?<=Rep)|(?<=Gov)|(?<=Cmdr)|(?<=Cdr))\."
)
WHO_FIRST_RE = re.compile(
    rf"\s*[,—–-]?\s*(?P<who>(?:[^\"“”.;]|{ABBR_DOT}){{1,110}}?)\s+{VERB}\b"
)
# A plausible speaker: a pronoun, a name or a source noun (not "and said").
SPEAKERISH = re.compile(
    r"^(?:he|she|they|it)$|[A-Z]|\b(?:officials?|officers?|spokes\w+|sources?|diplomats?|"
    r"analysts?|captain|commander|soldier|resident|witness|executive)\b", re.I)
# (nor a preposition: '"inseparable" from that of the other Gulf states' names no speaker)
NOT_SPEAKER_START = re.compile(r"^(?:and|but|or|which|that|as|while|when|so|then|from|of|"
                               r"to|into|with|without|than|over|against|"
                               # '"a terrorist" – its words – who ...': the aside marks the
                               # words as the subject's own, and names no speaker
                               r"(?:in\s+)?(?:its|his|her|their)\s+(?:own\s+)?(?:words?|phrase|"
                               r"term|language)\b"
                               # '"...," a claim the army called false': the one judging the
                               # words named after the noun for them, not their speaker
                               r"|an?\s+(?:claim|allegation|charge|assertion|version)\s+"
                               r"(?:that\s+)?(?:the\s+)?(?-i:[A-Z]))", re.I)
# After a quote, a phrase that goes on the sentence names no speaker either: '"two drones" in
# response to what it called ...' ("what it called" is no attribution of the quote).
# ('"depots" used by what it called ...': a participle's phrase goes on the noun quoted)
PHRASE_GOES_ON = re.compile(r"^(?:in|on|at|for|by|after|before|because|if|until|since|"
                            r"[a-z]+ed\s+by)\s", re.I)
SUBJECT_VERB_RE = re.compile(rf"\b{VERB}\b")
# The subject and verb of a clause inside the sentence that opens the quote: '..., and he
# added that "..."' (a subject opening the sentence is the head check's).
CLAUSE_SUBJECT_RE = re.compile(
    rf"(?:[.;:,\"“”]\s*|\b(?:and|but)\s+)(?P<who>[^.;:,\"“”]{{1,50}}?)\s+{VERB}"
    r"(?:\s+that)?\s*[:,]?\s*$"
)
# The attribution that closes a sentence: ", the Observatory added." / ", he said on Monday."
SENTENCE_TAIL_RE = re.compile(
    rf",\s+(?P<who>[^,;\"“”]{{2,70}}?)\s+(?:has\s+|had\s+)?{VERB}(?:\s+[^,;\"“”]{{0,40}})?"
    r"[.!?]?[\s\"”’]*$"
)
# (the sentence may open with it: "According to the memo, ...")
# ("in the words of one diplomat": the same, as analysis writes it)
ACCORDING_RE = re.compile(r"\b(?:[Aa]ccording\s+to|[Ii]n\s+the\s+words\s+of)\s+"
                          r"(?P<who>[^,;\"“”]{3,80}?)"
                          r"(?:\.?\s*$|(?=[,;\"“”]))")
# Straight quotes pair within a paragraph; a hard-wrapped one runs over single line breaks.
# (the Congressional Record and other typeset text quote ``like this'')
QUOTE_RE = re.compile(r"“(?P<a>[^”]{1,}?)”|\"(?P<b>(?:[^\"\n]|\n(?![ \t]*\n))+?)\"|"
                      r"``(?P<c>(?:[^`\n]|\n(?![ \t]*\n))+?)''")
# Someone unnamed who can be "he" or "she" later: "a U.S. Army captain", "one of the officials",
# "an adviser to Iraq's prime minister", "a senior officer in Israel's Northern Command".
_ANON_NOUN = (r"officials?|officers?|spokes(?:man|woman|person)|sources?|diplomats?|analysts?|"
              r"captain|sergeant|lieutenant|colonel|commander|soldier|pilot|resident|witness|"
              r"executive|researcher|advis[eo]r|aide|[Cc]hief|worker|staffer|paramedic|medic|"
              r"doctor|nurse|volunteer|envoy|mediator|negotiator|"
              # a meeting's unnamed speaker: "A Jordanian participant said"
              r"participant")
ANON_NOUN_RE = re.compile(rf"\b(?:{_ANON_NOUN})\b")
ANON_RE = re.compile(
    # ("a General Security Service (GSS) official": the body's initials between)
    rf"\b(?:[Aa]n?|[Oo]ne(?:\s+of\s+the)?|[Tt]he)\s+(?:[\w.'’-]+\s+|\([A-Z]{{2,6}}\)\s+){{0,5}}?"
    rf"(?:{_ANON_NOUN})\b(?!\s+(?:order|orders|branch)\b)"  # ("an executive order")
    rf"(?:\s+(?:in|at|of|for|with|to)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,3}}"
    rf"(?:(?<=['’]s)\s+(?:prime\s+minister|president|[a-z]+\s+ministry|government|military|"
    rf"army|office|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){{0,2}}))?"
    rf"(?:\s+(?:army|military|navy|air\s+force|government|ministry|police|militia|forces))?)?"
)
# "the officer said" after "a senior officer in X": the same unnamed source, with its noun.
ANON_BACK = re.compile(rf"^[Tt]he\s+(?P<noun>{_ANON_NOUN})$")
# A document speaking: "an internal Central Command assessment reviewed by ...".
DOC_SUBJECT = re.compile(
    r"^(?:[Aa]n?\s+|[Tt]he\s+)?(?P<doc>(?:[\w.'’-]+\s+){0,4}?(?:assessment|report|memo|"
    r"memorandum|study|analysis|review|audit|cable|letter|dossier|document|documents|"
    r"directive|order|plan|proposal))\b"
    r"(?:\s+(?:seen|reviewed|obtained|viewed|submitted|sent|released|published|prepared|"
    r"leaked|compiled|issued)\s+(?:by|to)\b.*"
    # an aside on the document before its verb: "The memo, dated May 2 and signed by ...,"
    r"|,\s+(?:dated|signed|seen|obtained|reviewed|written|drafted|sent|circulated)\b.*)?$"
)
SPOKES_RE = re.compile(
    r"\b(?:[\w'’.-]+\s+){0,3}?(?:spokes(?:man|woman|person)|press\s+secretary)(?:\s+for\s+(?:the\s+)?"
    r"[A-Z][\w'’.-]*(?:\s+(?:of\s+)?[A-Z][\w'’.-]*){0,5})?"
)
CAPITAL_RUN = re.compile(  # "General Command of the Armed Forces" is one name
    # (an Arabic name's article inside it: "Harakat al-Nujaba", "Saraya al-Mukhtar")
    r"\b[A-Z][\w'’.-]*(?:\s+(?:of\s+the\s+|of\s+|in\s+|for\s+|the\s+|al-|el-)?[A-Z][\w'’.-]*)*"
)
# Words before the subject: "Jan. 4:", "In Baghdad,", "On Tuesday,", "In a short statement,",
# "In a post on X on Monday,", "Speaking to reporters,", "Asked about the strikes,".
# (a video's auto-transcript stamps each line, "0:37 Now, the ministry ...": the stamp first)
_TIME_CODE = r"\[?\d{1,2}:\d\d(?::\d\d)?\]?[ \t]+"
# (a chat export's message opens on its stamp and author, "[11/29/26, 23:15] Jane Roe: ": the
# message's own sentence starts after them)
_CHAT_STAMP = (r"\[\d{1,2}/\d{1,2}/\d{2,4},?[ \t]+\d{1,2}:\d\d(?:[ \t]*[AaPp][Mm])?\][ \t]+"
               r"[^:\n\"“”]{1,40}:[ \t]+")
INTRO = re.compile(r"(?:" + _CHAT_STAMP + r"|" + _TIME_CODE + r")?"
                   r"(?:[A-Z][a-z]{2,3}\.?\s+\d{1,2}:\s*|In\s+[A-Z][\w ]{0,30},\s*|"
                   r"On\s+[^,]{3,30},\s*|"
                   r"In\s+(?:an?|its|his|her|their|the)\s+(?:[\w-]+\s+){0,2}(?:statement|release|post|message|interview|video|"
                   r"speech|briefing|address|letter|tweet)s?\b"
                   r"(?:\s+(?:read|delivered)\s+(?:out\s+)?by\s+"
                   # ("In a statement read by its spokesman, Col. X, the army said": the army)
                   r"[^\"“”;\n]{0,120}?,\s+(?=(?:the|its)\s+[A-Z])|[^,\"“”]{0,80},\s*)|"
                   r"(?:Speaking|Asked|Writing)\b[^,\"“”]{0,60},\s*|"
                   # a question answered: "In response to a question about X, officials said"
                   r"(?:In\s+(?:response|reply)\s+to|Responding\s+to|Replying\s+to|When\s+asked)"
                   r"\b[^,\"“”]{0,120},\s*|"
                   # a sentence adverb before the subject: "Meanwhile, the ministry ..."
                   r"(?:Meanwhile|Separately|Earlier|Later|Elsewhere|However|Similarly|Now|"
                   r"For\s+(?:its|his|her|their)\s+part),\s*)|" + _CHAT_STAMP + "|" + _TIME_CODE)
APPOSED_TO_NAME = re.compile(r"[A-Z\u00c0-\u017f][\w'’-]+,\s*$")
PRONOUNS = {"he", "she", "they", "it"}
OFFICE_HOLDER = re.compile(r"^(?:[Tt]he|[A-Z][\w-]*(?:'s|’s))\s+(?:[a-z][\w-]*\s+){0,2}?"
                            r"(?:governor|mayor|minister|president|ambassador|envoy|prosecutor|"
                            r"head|chief|chairman|chairwoman|director|"
                            # a seat at the UN: "China's delegate", "the representative of X"
                            r"delegate|representative)(?:\s+of\b|$)")
BODY_NOUN = re.compile(rf"(?i)\b(?:{BODY})\b")
# The subject right before the verb is the speaker: 'He thanked X for what he called "..."'.
PRONOUN_BEFORE_VERB = re.compile(r"\b(?P<pronoun>[Hh]e|[Ss]he|[Tt]hey|[Ii]t)\s+$")
# A capitalised word that names nobody: "The", "Another" at the start of a sentence.
# A date's words ("November", "Nov", "Thursday") label when, never who: "On November 17, X
# stated", "X 24 Nov warned".
DATE_RUN = re.compile(r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?|January|"
                      r"February|March|April|June|July|August|September|October|November|"
                      r"December|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|UTC|GMT)"
                      r"(?:\s+(?:of\s+)?(?:January|February|March|April|May|June|July|August|"
                      r"September|October|November|December|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|"
                      r"Sun)day))*")
FUNCTION_WORDS = frozenset("""the a an another this that these those some one in on at
    but and as after when while if its their his her our we i you""".split())

NAMED_AS = re.compile(r"\b(?:known\s+as|dubbed|nicknamed|so-called|code-?named|"
                       r"named|titled|called\s+(?:it|itself|themselves|the)|"
                       # 'grouped under the label "X"', 'operating under the name "X"'
                       r"the\s+(?:label|banner|name|moniker|umbrella))\s*$")
OUTLET_SPEAKER = re.compile(rf"(?:{OUTLETS})")
CALLED_THING = re.compile(r"\b(?:called|calls|call|dubbed|nicknamed)\s+(?:[\w'’-]+\s+){1,4}$")
# A sentence that hands over to a quoted paragraph: "The minister said:".
LEAD_IN = re.compile(rf"\s+(?:{VERB}|read|reads)"  # "Her post on X read:"
                      r"(?:\s+(?:in\s+a\s+statement|reporters|journalists|the\s+\w+)|"
                      # "X posted about the attack on Telegram:"
                      r"\s+[^.:\"“”]{0,60}?\bon\s+(?:X|Twitter|Telegram|Facebook|Instagram|"
                      r"social\s+media))?"
                      r"\s*[:—–-]\s*$")
# A quoted term the text explains: '"locally lost," a phrase the military uses for'.
TERM_EXPLAINED = re.compile(r"\s*,?\s*(?:an?|the)\s+(?:[\w-]+\s+)?(?:phrase|term|word|"
                             r"euphemism|expression|label|nickname|name|slogan|code\s+name)\b")
# A short quotation in the slot of a noun after an article: a label the text borrows.
NOUN_SLOT = re.compile(r"(?<![\w-])(?:an?|the)\s+(?:[\w'’-]+\s+)?$")
# ... unless a verb of naming comes first: 'what she called a "cowardly attack"' is her words.
# ('called the raid a "...": the thing named may stand between the verb and the article.)
NAMING_BEFORE = re.compile(r"\b(?:(?:call(?:ed|s|ing)?|term(?:ed|s)?|labell?(?:ed|s)?|"
                            r"brand(?:ed|s)?|dubb?(?:ed|s)?)\s+(?:(?:the|its|their|his|her|this|these|"
                            r"those)\s+(?:[\w'’-]+\s+){1,2}?)?|"
                            r"(?:as|it|this|that)\s+)(?:an?|the)\s+(?:[\w'’-]+\s+)?$")
# ... or a reported clause: 'the command added that it carried out a "precision strike"'.
REPORTED_BEFORE = re.compile(r"\b(?:said|says|added|adds|told|stated|claimed|alleged|announced|"
                              r"warned|call(?:s|ed)\s+for|directs|recommends|proposes|"
                              r"insisted|confirmed|wrote|posted)\b(?:[^.!?]|\.(?=\S|\s+[a-z]))*$")
LEAD_ARTICLE = re.compile(r"^(?:a|an|the|one)\s+", re.I)
# "a Telegram channel close to Kataib Hezbollah posted": the channel, described, speaks.
CHANNEL = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?P<who>(?:[\w-]+\s+){0,2}?"
                      r"(?:Telegram|WhatsApp|Facebook|YouTube|X|Twitter|TikTok|social\s+media)\s+"
                      r"(?:channel|account|page|feed)s?\b[^,]*)")
# "The group said", "the militia claimed": an armed group named before.
# ("the Iraqi resistance group": a nationality and a common word before it, no name)
GROUP_BACK = re.compile(r"^[Tt]he\s+(?:(?:umbrella|armed|militant|militia|rebel|jihadist|"
                        r"extremist|insurgent|Iran-backed|Iran-aligned)\s+|"
                        r"(?:[A-Z][a-z]+(?:i|ian|ese|ish|an)|resistance|Shiite|Shia|Sunni)\s+"
                        r"(?:(?:resistance|armed|militant|rebel|jihadist|insurgent)\s+)?)?"
                        r"(?:group|militia|movement|faction|rebels|militants)"
                        # "the umbrella group of resistance factions": what it gathers
                        r"(?:\s+of\s+(?:[\w-]+\s+){0,3}?(?:factions|groups|militias))?$")
# '"...," the statement read.' / 'the post said': words a body issued, named before.
# ("A second statement said", "a further post": one more of the issuer's, never a new speaker)
ISSUED_BACK = re.compile(r"^(?:[Tt]he|[Aa]nother|[Aa]n?(?=\s+(?:second|third|fourth|fifth|further|"
                          r"later|separate|subsequent|follow-up|new|fresh)\s))\s+"
                          r"(?:(?:same|latest|earlier|later|brief|short|written|separate|further|"
                          r"subsequent|follow-up|fresh|fourth|fifth|"
                          r"joint|first|initial|original|new|second|third|final|updated|revised|"
                          r"military|army|ministry|militia|"
                          r"group|command|government|official|[a-z]+['’]s)\s+){0,2}"
                          r"(?P<noun>statement|post|message|tweet|alert|"
                          r"communiqu[eé]|notice|advisory|announcement|update)$")
# The verb of the sentence that issued it: "X said in a statement", "X confirmed ... in a post".
ISSUE_VERB = re.compile(r"\b(?:said|says|confirmed|announced|posted|shared|published|issued|"
                         r"released|wrote|stated|claimed|reported|added|denied|condemned|"
                         r"tweeted|warned|accused|called|described)\b")
# "the Border Guard Forces' official account", "CENTCOM's X account": the owner speaks.
ACCOUNT_OWNER = re.compile(
    r"^(?:[Tt]he\s+)?(?P<owner>(?:(?:al-|el-)?[A-Z][\w.'’-]*\s+(?:of\s+(?:the\s+)?)?){0,5}?"
    r"(?:al-|el-)?[A-Z][\w.-]*?)"
    r"(?:'s|’s|'|’)\s+(?:(?:official|own|verified)\s+)?(?:(?:Telegram|X|Twitter|Facebook|"
    r"Instagram|YouTube|WhatsApp|TikTok|social\s+media)\s+)?(?:account|channel|page|feed)s?$"
)
# A subject with a relative clause after it: "The X agency, which is run by the navy,".
RELATIVE_ASIDE = re.compile(r"^\s*(?P<head>[^,]{3,}?),\s+(?:which|who)\s")
# The "of" part of a body's full name: "... of the Armed Forces of Ukraine".
OF_NAME = (r"\s+of\s+(?:the\s+)?[A-Z][\w'’.-]*"
            r"(?:\s+(?:of\s+(?:the\s+)?|for\s+|and\s+)?[A-Z][\w'’.-]*){0,5}")
# Unnamed sources counted or without an article: "Two US officials", "Western diplomats".
BARE_SOURCES = re.compile(r"^(?:(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]everal|\d{1,2})\s+)?"
                           r"(?:[A-Z][\w.'’-]*\s+|[a-z][\w-]*\s+){0,3}?"
                           r"(?:officials|sources|diplomats|officers)$")
# A quoted name: every word capitalised or a number ('the "Great Prophet 20" exercise',
# '"Operation Iron Shield"'), no words spoken.
# (Arabic names keep their article in lower case: '"Ain al-Assad"', '"al-Tanf"')
TITLE_CASE_NAME = re.compile(r"(?:(?:[ae][ln]-)?[A-Z0-9][\w'’.-]*\s+){0,4}(?:[ae][ln]-)?"
                             r"[A-Z0-9][\w'’-]*")
# Words after a quote that go on with the sentence, not a speaker: 'hit "..." simulated targets
# in the X desert, the statement said' (the speaker is the last clause).
CONTINUES = re.compile(r"(?!(?:a|an|the|one|he|she|it|they|said|says|told|added)\b)[a-z]")
# A clipped post: its author, then the platform or the time in brackets, then a colon and
# the quotation ('Jane Roe (X, 3 May, 09:10): "..."'); quotes.py and attributions.py read it.
POST_LABEL = re.compile(r"(?P<who>[A-Z][^:;\"“”()\n]{1,90}?)\s*\((?P<aside>[^()\"“”\n]{1,60})\)"
                        r"\s*:\s*(?=[\"“])")
POST_ASIDE = re.compile(r"\b(?:X|Twitter|Telegram|Facebook|Instagram|TikTok|YouTube|WhatsApp)\b|"
                        r"\d")
CHANNEL_WORD = re.compile(r"\b(?:channel|account|page|feed)s?\b")

# An office named by its holder: "the Iraqi prime minister's office", "the governor's office".
# The office speaks, so the whole phrase is the speaker, not the country word before it.
OWNED_OFFICE = re.compile(r"(?:[Tt]he\s+)?(?:[A-Z][\w-]*\s+){0,3}(?:[a-z][\w-]*\s+){0,2}"
                          r"[a-z][\w-]*(?:'s|’s)\s+office")

# A paraphrase that opens the paragraph's sentence before a quote standing alone: 'He said the
# range was longer. "..."'. The quote goes on what that subject was saying.
PARAPHRASE_LEAD = re.compile(r"\s*(?P<who>He|She|They|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})"
                             r"\s+(?:also\s+)?(?:said|says|told|added|argued|warned|noted)\b")

# An unnamed source described again in an aside: "A second source, a member of X, said". The
# aside says who the source is; it is the better speaker ("member of X").
SOURCE_APPOSED = re.compile(r"(?:[Aa]n?|[Tt]he|[Aa]nother)\s+(?:[\w-]+\s+){0,2}?(?:source|"
                            r"official)s?,\s+(?:an?\s+|one\s+)(?P<desc>(?:[a-z-]+\s+){0,2}"
                            r"(?:member|fighter|commander|officer|official|leader|adviser|"
                            r"advisor)\s+(?:of|in|with|from)\s+(?:the\s+)?[A-Z][^,]{1,60}?),?")

# A sentence whose attribution closes it: "..., the X Directorate says." A quote that goes on
# '"...," the statement says.' right after it is that body's statement.
TAIL_SAYS = re.compile(r",\s+(?P<who>(?:the\s+)?[A-Z][^,.;\"“”]{1,80}?)\s+(?:says|said)\.\s*$")
