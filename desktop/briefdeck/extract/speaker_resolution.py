"""The speaker named by the words that say who spoke ("a Northway spokesperson", "the
ministry", "he", "the statement"), as the analyst wants it: a person's full name, a body's
whole name, an unnamed source described.

A surname or "the colonel" gives the full name, "the ministry" the body named before it; bodies
in lower case ("Iran's foreign ministry"), documents and a group's Telegram channel speak too.
Known acronyms are written out ("U.S. Central Command (CENTCOM)") and so are those the text
defines ("the CTD" after "the Counter-Terrorism Directorate (CTD)"); "the General Command" after
"the General Command of the Army" is that body. Words a body issued speak for it: "the statement
read", "the post said", "the ministry's official account shared".
"""

from __future__ import annotations

import re

from briefdeck.extract.institutions import (
    BACK_REFERENCE_RE,
    institution_in,
)
from briefdeck.extract.known_organizations import known_organization
from briefdeck.extract.named_before import LOOKBACK, SELF_NAMED, Speakers, tidy_speaker
from briefdeck.extract.people_index import ROLE_REFERENCE_RE
from briefdeck.extract.platform_speakers import ON_PLATFORM, platform_speaker
from briefdeck.extract.quote_bodies_named_back import back_reference
from briefdeck.extract.quote_patterns import (
    ACCOUNT_OWNER,
    ANON_BACK,
    ANON_RE,
    BARE_SOURCES,
    BODY_NOUN,
    CAPITAL_RUN,
    CHANNEL,
    DATE_RUN,
    DOC_SUBJECT,
    FUNCTION_WORDS,
    GROUP_BACK,
    INTRO,
    ISSUE_VERB,
    ISSUED_BACK,
    OFFICE_HOLDER,
    OUTLET_SPEAKER,
    OWNED_OFFICE,
    PRONOUNS,
    RELATIVE_ASIDE,
    SOURCE_APPOSED,
    SPOKES_RE,
    TAIL_SAYS,
)
from briefdeck.extract.speaker_asides import (
    ANON_ASIDE,
    CLAUSE_NOT_NAME,
    CLOSING_ATTRIBUTION,
    FINITE,
    ISSUED_ASIDE,
    LEADING_ADVERB,
    LEADING_TIME,
    PARTICIPLE_LEAD,
    RELATIVE_SUBJECT,
    SENT_OUT,
    TRAILING_ADVERB,
    TRAILING_DATE,
    VOCATIVE,
    WHEN_ASIDE,
    WHOSE_SUBJECT,
    counted_group,
)
from briefdeck.extract.speaker_body_names import (
    COMMON_WORD,
    DESCRIBED_THEN_NAMED,
    NAME_THEN_DESCRIBED,
    NAMED_AFTER_BODY,
    NOT_NAMED,
    OWNED_NAME,
    OWNERS_MEDIA,
    PRESS_OFFICE,
    RENAMED,
    THE_SHORT_NAME,
)
from briefdeck.extract.speaker_companies import (
    COMPANY_BACK,
    apposed_before,
    company_by_role,
    radio_caller_before,
)
from briefdeck.extract.speaker_initials import INITIALS_PART, initials_in_full
from briefdeck.extract.speaker_referred_back import (
    ONE_OF_THEM,
    PERSON_BACK,
    THE_ROLE,
    antecedent,
    named_in_role,
    named_next,
    subject_just_before,
)
from briefdeck.extract.speaker_statement_issuers import (
    _ISSUED_BY,
    _ISSUED_REACH,
    _OWN_DOCUMENT,
    _STATEMENT_OPENS,
    _STATEMENT_OWNER,
    _plural_subject_before,
)

# Unnamed sources placed by where they serve, in lower case: "Officials at one base",
# "staff at the hospital". The place is part of who they are (the capital run alone,
# "Officials", says less).
_PLACED_SOURCES = re.compile(r"^(?:[Ss]enior\s+|[Ll]ocal\s+)?(?:[Oo]fficials|[Oo]fficers|[Ss]taff|"
                             r"[Ee]mployees|[Ww]orkers|[Pp]ersonnel|[Cc]ommanders)\s+(?:at|in|from)"
                             r"\s+(?:one|a|an|the|two|three|several|some|each)\s+"
                             r"(?:[a-z-]+\s+){0,2}[a-z-]+$")

# One person described by what they do and where, in lower case: "a driver in Nabatieh",
# "a logistics assistant in Marjayoun" (a survey's anonymous respondents): the person speaks.
_PERSON_PLACED = re.compile(r"^(?:[Aa]n?|[Oo]ne)\s+(?:[a-z-]+\s+){0,2}?(?:driver|assistant|"
                            r"guard|cleaner|cook|nurse|teacher|worker|volunteer|technician|"
                            r"mechanic|clerk|interpreter|translator|officer|manager|engineer)"
                            r"\s+in\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?$")


# An office holder opening a clause with a verb of its own, which a second verb shares after
# "and": "China's delegate urged restraint, and said", "The envoy of X warned ... but said".
_OFFICE_OPENS = re.compile(r"^(?:[Tt]he\s+|[A-Z][\w-]*(?:'s|’s)\s+)(?:[a-z][\w-]*\s+){0,2}?"
                           r"(?:delegate|representative|envoy|ambassador|minister)"
                           r"(?:\s+(?:of|to|for)\s+(?:the\s+)?[A-Z][\w'’.-]*"
                           r"(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’.-]*){0,5})?"
                           r"(?=\s+(?:also\s+)?[a-z]+ed\b)")
# A person's office speaking: "Prime Minister Jane Roe's office" (the office, not Roe).
_PERSONS_OFFICE = re.compile(r"(?:'s|’s)\s+(?:press\s+|media\s+)?office\s*,?\s*$")


# An unnamed spokesperson for someone named, with no name of their own after a comma.
_SPOKES_FOR = re.compile(r"^(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+){0,2}?(?:spokes(?:man|woman|person)|"
                         r"[Oo]ffice)\s+(?:for|of)\s+[^,()]{2,90}$")


# A sentence opening on a contraction ("That's why we said", "It's what they called") names
# no one by it: the pronoun after it is the subject.
_CONTRACTED = re.compile(r"(?:That|It|There|What|Here|This|Who)['’](?:s|re|ll|d)")


# A body placed in the city that seats it: "the ministry in Rome", "the embassy in Baghdad".
_BODY_IN_CITY = re.compile(r"^\s*(?P<body>[Tt]he\s+(?:[a-z]+\s+)?[a-z]+)\s+(?:in|at)\s+"
                           r"[A-Z][\w'’-]+\s*$")


# Where a body's words ran, in brackets after them: "KH statement (Telegram)", "(emailed)".
_PLATFORM_ASIDE = re.compile(r"\s*\((?:on\s+|via\s+)?(?:Telegram|X|Twitter|Facebook|Instagram|"
                             r"WhatsApp|YouTube|TikTok|website|e-?mail(?:ed)?|online)\)\s*$")


# A subject in common words that did something first, then said: "Our driver heard the
# explosions from X, said ...", "A farmer who saw the drone, said" (the capitals after are
# what they did it to or where, not who speaks).
_ACTED_FIRST = re.compile(r"(?:[Oo]ur|[Tt]he|[Aa]n?|[Oo]ne|[Hh]is|[Hh]er|[Tt]heir)\s+"
                          r"(?P<who>(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)\s+(?:heard|saw|felt|watched|"
                          r"[a-z]{3,}ed)\s+(?:the|a|an|it|them|two|three|several)\b")


def resolve_speaker(who: str, start: int, end: int, speakers: Speakers, issued: bool = True) -> str:
    """The speaker named by the words at text[start:end] (who)."""
    if who[:1] in "MSAB":
        lead_adverb = LEADING_ADVERB.match(who)
        if lead_adverb:  # "Meanwhile the spokesman ... said", no comma: the spokesman
            who, start = who[lead_adverb.end():], start + lead_adverb.end()
    when = LEADING_TIME.match(who) if who[:1] in "OoBLE" else None  # "On Friday it said": it
    who, start = (who[when.end():], start + when.end()) if when else (who, start)
    adverb = TRAILING_ADVERB.search(who) or TRAILING_DATE.search(who)
    if adverb:  # "the army now says": the army
        who = who[:adverb.start()]
        end = start + len(who)
    if "," in who:
        aside = WHEN_ASIDE.search(who)
        if aside:  # "The coalition's first statement, on Saturday morning, said": no speaker
            who = who[:aside.start()]  # in the time set off by commas
            end = start + len(who)
        anon_aside = ANON_ASIDE.search(who) if "ing" in who or "who" in who else None
        if anon_aside:
            who = who[:anon_aside.start()]
            end = start + len(who)
    whose = WHOSE_SUBJECT.search(who) if "whose " in who else None
    if whose:  # "... a base whose new masters have promised": the new masters
        who, start = whose.group("who"), start + whose.start("who")
        end = start + len(who)
    relative = RELATIVE_SUBJECT.search(who) if ", " in who else None
    if relative:  # "... bases at Harir, which Washington says are": the relative's subject
        who, start = relative.group("who"), start + relative.start("who")
        end = start + len(who)
    so_called = who.rfind("so-called ")
    if so_called >= 0 and who[so_called + 10:so_called + 11].isupper():
        # "The occupation's so-called Central Command claimed": the body so called speaks
        who, start = who[so_called + 10:], start + so_called + 10
    sent_out = SENT_OUT.search(who) if " w" in who else None

    if sent_out:  # "A second alert was sent ... saying": the alert, not a clause
        who = who[:sent_out.start()]
        end = start + len(who)
    placed = _BODY_IN_CITY.match(who) if " in " in who or " at " in who else None
    if placed:  # "the ministry in Rome": the body named before, not the city it sits in
        body = placed.group("body")
        bare = BACK_REFERENCE_RE.match(body)
        named = back_reference(body, speakers.text, start) or (
            speakers.named_body(bare.group("noun"), start) if bare else "")
        if named:
            return named
    part = INITIALS_PART.match(who.strip()) if "(" in who else None
    if part:  # "the X Forces (XF) Media Center": "XF Media Center"
        return f"{part.group('acr')} {part.group('part')}"
    lead = PARTICIPLE_LEAD.match(who) if "," in who else None
    if lead and who[lead.end():].strip():
        # "Co-signed by Jane Roe, John Doe writes", "Speaking to reporters, Roe said": the
        # participle's clause is set off before the subject, which speaks
        who, start = who[lead.end():], start + lead.end()
    if who[:1] in "sdw" and ANON_ASIDE.match(", " + who):
        # the aside alone, its source cut off before the comma as the sentence's opening
        # ("On Sunday a US official, speaking anonymously, said"): the source just before it
        back = speakers.text.rfind(",", max(0, start - 4), start)
        source = [*ANON_RE.finditer(speakers.text, max(0, start - 100), back)] if back >= 0 else []
        if source and not speakers.text[source[-1].end():back].strip():
            return tidy_speaker(source[-1].group(0))
    closing = CLOSING_ATTRIBUTION.search(who) if ", " in who else None
    if closing and (FINITE.search(who, 0, closing.start()) or
                    CLAUSE_NOT_NAME.match(who[:closing.start()])):
        # "X raised its alert level over the weekend, the U.S. Navy said": the clause is what
        # was said, the body closing the sentence says it (not a name inside the clause)
        who, start = closing.group("who"), start + closing.start("who")
        end = start + len(who)
    label = who.rfind(": ")
    if label > 0 and who[label + 2:].strip():  # "US Forces: In its release, CENTCOM said": a
        intro = INTRO.match(who, label + 2)  # line's label, then the sentence's own subject
        cut = intro.end() if intro else label + 2
        who, start = who[cut:], start + cut
    vocative = VOCATIVE.match(who)
    if vocative:  # "Mr. President, last month a mother asked me": the one addressed is no speaker
        who = who[vocative.end():]
        start += vocative.end()
    bracketed = _PLATFORM_ASIDE.search(who) if "(" in who else None
    if bracketed and any(c.isupper() for c in who[:bracketed.start()]):
        # "KH statement (Telegram)": where the words ran, in brackets; their owner speaks
        who = who[:bracketed.start()]
        end = start + len(who)
    post = platform_speaker(who, speakers.text, end)
    if post:  # "reads the caption of a video posted on Facebook": the post's claim
        return post
    on_platform = ON_PLATFORM.search(who) if " on " in who or " via " in who else None
    if on_platform and any(c.isupper() for c in who[:on_platform.start()]):
        # "KH statement on Telegram": the platform carried the words, their owner speaks
        who = who[:on_platform.start()]
        end = start + len(who)
    if "spokes" in who or "ffice of" in who:
        unnamed = _SPOKES_FOR.match(" ".join(who.split()).strip(" ,"))
        if unnamed:  # "a spokesperson for Jane Roe's office said", "the office of the prime
            return tidy_speaker(unnamed.group(0))  # minister said": they speak, not Roe
    if "office" in who or "ministry" in who:
        owned_office = OWNED_OFFICE.fullmatch(" ".join(who.split()).strip(" ,"))
        if owned_office:  # "The Iraqi prime minister's office": the office, not "Iraqi"
            return tidy_speaker(owned_office.group(0))
    if "office" in who:
        owner_office = _PERSONS_OFFICE.search(who)
        person = speakers.people.mention_at(start, start + owner_office.start()) \
            if owner_office else None
        if person and not who[person[1] - start:owner_office.start()].strip():
            return f"office of {person[2]}"  # "Prime Minister Jane Roe's office": it speaks
    said_too = _STATEMENT_OPENS.match(who.strip()) if who.rstrip().endswith(("but", "and")) \
        else None
    if said_too:  # "The statement did not name the base but said": the statement quoted
        return ""  # before speaks on (never a name inside the first clause)
    company_back = COMPANY_BACK.match(who) if "the " in who or "The " in who else None
    if company_back:  # "the company said" after "its operator, X Petroleum,"
        station = radio_caller_before(start, speakers) if company_back.group("noun") == \
            "operator" else ""
        if station:  # '... called us on channel 16. "...," the operator said': its operator
            return station
        company = apposed_before(company_back.group("noun"), start, speakers) or \
            speakers.company_before(start) or company_by_role(start, speakers)
        if company:
            return company
    person = speakers.people.mention_at(start, end)
    if person:
        return person[2]
    calling = SELF_NAMED.match(who.strip()) if "itself" in who or "known as" in who else None
    if calling:  # "A group calling itself X al-Y, which ...": the whole name it goes by
        return calling.group("name")
    relative = RELATIVE_ASIDE.match(who)
    if relative:  # "The X agency, which is run by the navy,": X speaks, not the navy
        who = relative.group("head")
        end = start + len(who)
    words = who.strip(" ,").split()
    if not words or counted_group(" ".join(words)):  # "Two guards who live in X said"
        return tidy_speaker(counted_group(" ".join(words))) if words else ""
    joined = " ".join(words)
    if words[0] in ("Its", "its") and _OWN_DOCUMENT.match(joined):
        # "Its first warning to shipping described ...": the warning speaks for the body "it"
        # is, the one that opened a sentence just before ("UKMTO acknowledged the report")
        owner = speakers.body_before(start) or speakers.group_before(start)
        if owner:
            return owner
    document = DOC_SUBJECT.match(joined) or ("," in joined and DOC_SUBJECT.match(
        joined.rsplit(", ", 1)[-1]))
    if document:  # "An internal assessment reviewed by the Post warns that ...", "In Iraq,
        # the memo calls for": the document, before any official named in an aside on it
        return speakers.document(tidy_speaker(document.group("doc")), start)
    if words[0].lower() in PRONOUNS and (len(words) <= 2 or not any(
            w[:1].isupper() for w in words[1:])):  # "It denied using drones and": its subject
        if words[0].lower() == "it":  # a body, never a person
            issued = _ISSUED_BY.search(speakers.text, max(0, start - _ISSUED_REACH), start) \
                if len(words) == 1 else None
            if issued:  # "a statement from the office of X ... It says": its issuer
                return tidy_speaker(issued.group("who"))
            return speakers.body_before(start) or speakers.group_before(start)
        if words[0].lower() == "they":
            plural = _plural_subject_before(start, speakers)
            if plural:  # "The Managers reject this. In their statement they said": them
                return plural
        return antecedent(start, speakers)
    if ONE_OF_THEM.match(" ".join(words)):  # "One of them said" after "two officials"
        one = speakers.one_of(start)
        if one:
            return one
    role = ROLE_REFERENCE_RE.match(" ".join(words))
    if role:  # "the colonel said" after "Col. Jane Doe": the same officer
        named = speakers.people.by_role(role.group("role"), start)
        since = speakers.unnamed_since(role.group("role"), named, start)
        if since:  # "a Navy spokesperson said ... the spokesperson said", though a named
            return since  # spokesman spoke earlier: the unnamed one, named last
        if named:
            return named
    if OFFICE_HOLDER.match(" ".join(words)) and len(words) <= 8:
        return tidy_speaker(" ".join(words))  # "the governor of the region", unnamed: the office
    opens = _OFFICE_OPENS.match(joined) if words[-1] in ("and", "but") else None
    if opens:  # "X's delegate urged restraint, and said": the subject of both verbs
        return tidy_speaker(opens.group(0))
    if words[0].lower() in ("his", "her") and len(words) <= 6:  # "Her post on X read:"
        return speakers.antecedent(start)
    owner = _STATEMENT_OWNER.match(joined) if "s " in joined else None
    if owner:  # "The coalition's first statement said": the coalition
        who = owner.group("owner")
        return resolve_speaker(who, start, start + len(who), speakers, issued=False) or \
            tidy_speaker(who)
    account = ACCOUNT_OWNER.match(" ".join(words))
    if account:  # "the Border Guards' official account": the body that runs it
        owner = account.group("owner")
        return resolve_speaker(owner, start, start + len(owner), speakers, issued=False) or owner
    spokes = SPOKES_RE.search(who)
    if spokes:
        the_role = THE_ROLE.fullmatch(spokes.group(0))
        named = the_role and named_in_role(speakers, the_role.group("role"), start)
        # "the ministry spokesperson also said" after "ministry spokesperson Jane Roe": her
        return named or tidy_speaker(spokes.group(0))
    back = ANON_BACK.match(" ".join(words))
    if back:  # "the officer said" after "a senior officer in ..."
        earlier = speakers.unnamed_before(back.group("noun"), start)
        if earlier:
            return earlier
    person_back = PERSON_BACK.match(joined) if "he " in joined else None
    if person_back and not speakers.unnamed_before(person_back.group("noun"), start):
        named = subject_just_before(start, speakers)
        if named:
            return named
    apposed = SOURCE_APPOSED.fullmatch(" ".join(words)) if "," in who else None
    if apposed:  # "A second source, a member of X,": the aside says who the source is
        return apposed.group("desc")
    anon = ANON_RE.search(who)
    if anon:
        return named_next(anon.group(0), words[0], end, speakers) or tidy_speaker(anon.group(0))
    issued_back = (ISSUED_BACK.match(" ".join(words)) or ISSUED_BACK.match(
        ISSUED_ASIDE.sub("", " ".join(words)))) if issued else None
    if issued_back:  # '"...," the statement read.': who issued it
        issuer = _issuer(speakers, issued_back.group("noun"), start)
        if issuer:
            return issuer
        sent = speakers.doc.sentence_at(start)
        i = speakers.doc.sentence_index(sent.start) if sent is not None else 0
        prev = speakers.doc.sentences[i - 1] if i > 0 else None
        tail = TAIL_SAYS.search(speakers.text, prev.start, prev.end) if prev is not None and \
            "\n" not in speakers.text[prev.end:start] else None
        if tail:  # 'Drones fell, the X says. "...," the statement says.': X's statement
            return resolve_speaker(tail.group("who"), tail.start("who"), tail.end("who"), speakers,
                                   issued=False)
        if words[0] in ("A", "a", "An", "an"):
            return ""  # "A second alert said": one more of someone's, unnamed here
    channel = CHANNEL.search(" ".join(words))
    if channel:
        return channel.group("who")
    if BARE_SOURCES.match(" ".join(words)):
        return " ".join(words)  # "US officials said"
    if GROUP_BACK.match(" ".join(words)):
        group = speakers.group_before(start, unknown=True)
        if group:  # "The group said" after "The Islamic Resistance in Iraq claimed"
            return group
    named_after = DESCRIBED_THEN_NAMED.match(" ".join(words))
    if named_after and not back_reference(" ".join(words).rsplit(",", 1)[-1], speakers.text,
                                          start):  # ("the Observatory": named before)
        name = named_after.group("name")
        return known_organization(name) or name
    described = NAME_THEN_DESCRIBED.match(" ".join(words))
    if described and not NOT_NAMED.match(described.group("name")) and \
            COMMON_WORD.search(described.group("what")):
        name = described.group("name")
        known = known_organization(name)
        if known and name.isupper() and known != name:
            return f"{known} ({name})"
        return known or name
    last_clause = who.rsplit(",", 1)[-1]  # ", a block near the port, the Observatory"
    renamed = RENAMED.search(who)
    if renamed:  # "The armed wing of X, the Y Brigades": the appositive names the speaker
        name, short = renamed.group("name"), renamed.group("short") or ""
        return known_organization(name) or known_organization(short) or name
    owned = OWNED_NAME.search(last_clause)
    if owned and BODY_NOUN.search(owned.group("name")) and BODY_NOUN.search(
            last_clause[max(0, owned.start() - 16):owned.start()]):
        # "the Iraqi government's Joint Operations Command": the named body, not the body
        # owning it (a country owning it stays: "Oman's Ministry of Foreign Affairs")
        return known_organization(owned.group("name")) or owned.group("name")
    body = back_reference(last_clause, speakers.text, start) or institution_in(who)
    bare = BACK_REFERENCE_RE.match(last_clause) if not body else None
    if bare and bare.group("noun").islower():  # "the ministry" after "Iran's Defense Ministry"
        body = speakers.named_body(bare.group("noun"), start)
    if body:  # "the ministry" named before, "Iran's foreign ministry", "the Israeli military"
        name_after = NAMED_AFTER_BODY.search(who)
        known = name_after and known_organization(name_after.group("name"))
        return known or body  # "the state news agency SANA": the name itself
    last_word = THE_SHORT_NAME.match(joined)
    if last_word:  # "The Cell said" after "the Security Media Cell announced": the full name
        full = speakers.full_name(last_word.group(1), start)
        if full:
            return known_organization(full) or full
    office = PRESS_OFFICE.search(who)
    if office:  # "the SDF media centre": the body's press office speaks
        return f"{known_organization(office.group('body')) or office.group('body')} " \
               f"{' '.join(office.group('office').split())}"
    if joined[:1].isupper() and _PLACED_SOURCES.match(joined):
        return joined[:1].lower() + joined[1:]  # "Officials at one base": all of it
    if "'s " in joined or "’s " in joined:
        media = OWNERS_MEDIA.match(joined)
        if media:  # "Pyongyang's state media": the owner's press, not the owner itself
            return media.group("media")
    acting = _ACTED_FIRST.match(who) if who.rstrip().endswith(",") else None
    if acting:  # "Our driver heard the blasts from X, said": the driver, not the place
        return tidy_speaker(acting.group("who"))
    if " in " in joined and _PERSON_PLACED.match(joined):  # "a driver in Nabatieh": the driver
        return tidy_speaker(joined)
    runs = [r for r in CAPITAL_RUN.findall(who) if not OUTLET_SPEAKER.fullmatch(r) and
            (r.lower() not in FUNCTION_WORDS or r.isupper() and speakers.acronym(r)) and
            not _CONTRACTED.fullmatch(r) and not DATE_RUN.fullmatch(r)]
    # ("AS claimed": initials the text defines, "al-Shabaab (AS)", though "as" is a word)
    if "known as " in who:  # "The X, also known as Y,": X, as the text first names it
        runs = [r for r in runs if f"known as {r}" not in who]
    run = max(runs, key=len, default="")  # "told The Associated Press": the outlet only listens
    if run and len(run.split()) >= 1 and run.lower() not in PRONOUNS:
        known = known_organization(run)
        if known and run.isupper() and known != run:  # "CENTCOM": named in full, as written
            return f"{known} ({run})"
        written_out = "" if known else initials_in_full(run, speakers)
        if written_out:
            return written_out
        acronym = re.search(re.escape(run) + r"\s+\((?P<acr>[A-Z][A-Za-z]{1,7})\)", who)
        if acronym:  # "The Maritime Trade Office (MTO) agency": the name with its acronym
            return f"{tidy_speaker(run)} ({acronym.group('acr')})"
        return speakers.longer_name(tidy_speaker(run), start)
    if words[-1].lower() in PRONOUNS or _CONTRACTED.match(joined) and words[-1].lower() in (
            "we", "i"):  # "That's why we said": the one speaking before
        return speakers.antecedent(start)
    return tidy_speaker(who) if len(words) <= 8 else ""


def _issuer(speakers: Speakers, noun: str, pos: int) -> str:
    """'the statement read' at pos: who issued the statement (post, message) named last
    before it, from the subject of the sentence that names it; or ''."""
    window_start = max(0, pos - LOOKBACK)
    # (a statement is also what a body put out on its channel: "said on its Telegram
    # channel that ...", "posted on X")
    said_on = r"|\bon\s+(?:its|their|his|her)\s+(?:official\s+)?(?:Telegram|X|Twitter|" \
        r"Facebook|website|channel|account)\b" if noun in ("statement", "message") else ""
    hits = list(re.finditer(rf"\b{noun}\b{said_on}", speakers.text[window_start:pos]))
    for hit in reversed(hits[-4:]):
        sent = speakers.doc.sentence_at(window_start + hit.start())
        if sent is None:
            continue
        head_start = sent.start
        intro = INTRO.match(speakers.text, head_start, sent.end)
        head_start = intro.end() if intro else head_start
        verb = ISSUE_VERB.search(speakers.text, head_start, sent.end)
        head = speakers.text[head_start:verb.start()] if verb else ""
        if not head.strip() or ISSUED_BACK.match(head.strip()):
            continue  # no subject, or "The statement said": a repeat, look further up
        first = head.split(",")[0]  # "The X (XY), an umbrella of ...": the name
        at = head_start
        if "," in head and (len(first.split()) > 8 or FINITE.search(first) or
                            CLAUSE_NOT_NAME.match(first)):
            # "Two died in the clash, the X said
            cut = head.rindex(",") + 1  # in a statement": the attribution closing it
            first, at = head[cut:], head_start + cut
        who = resolve_speaker(first, at, at + len(first), speakers, issued=False)
        if who:
            return who
    return ""
