"""Boilerplate rules for research notes and newsletters: endnotes and their headings,
subscription pitches, reaction buttons, and what the publication says of itself.
"""

from __future__ import annotations

from briefdeck.ingest.publishing_words import _URL
from briefdeck.ingest.rules import Rule, _rule

# fmt: off
RULES: tuple[Rule, ...] = (
    # Research notes and newsletters: endnotes, subscription pitches, reaction buttons.
    _rule("endnotes", rf"^\[\d{{1,3}}\]\s*(?:{_URL}|\S.{{0,400}}?{_URL}|ibid\b|id\.|op\. cit\b)|"
          rf"^\d{{1,3}}[.)]?\s+{_URL}(?:\s*[;,]\s*{_URL})*$", 80, hints=("[", "http", "www.")),
    _rule("endnotes", r"^(?:end ?notes|footnotes|references|notes and references|sources and "
          r"notes|works cited|bibliography|citations)\s*:?$", 4),
    # "Sources" as a heading (capitalised: a lower-case "sources" is a table cell's last word)
    _rule("endnotes", r"^(?:Sources|SOURCES)\s*:?$", 1, flags=0, hints=("sources",)),
    # "The rest of the sources are available in the full PDF version.": the list's tail.
    _rule("endnotes", r"^(?:the )?(?:rest of the|remaining|other|full(?: list of(?: the)?)?|"
          r"complete(?: list of(?: the)?)?|all(?: of)?(?: the)?) (?:sources|citations|endnotes|"
          r"footnotes|references|notes)(?: (?:for|of|to|in) (?:this|the) \w+)? (?:are|is|can be)"
          r" (?:available|found|listed|included|given)\b.{0,60}\b(?:pdf|online|website|web "
          r"(?:version|page)|full (?:version|report|text|update|brief|edition)|original|appendix|"
          r"annex)\b", 30,
          hints=("sources", "citations", "notes", "references")),
    # "The Levant Project publishes this update on weekdays. It covers ...": what the
    # publication is, printed over or under every issue.
    _rule("publication note", r"^(?:the )?[A-Z][\w&.'’-]*(?: (?:[A-Z&][\w&.'’-]*|of|for|on|"
          r"and|the)){0,8} (?:publishes|produces|issues|compiles|sends out|releases) this "
          r"(?:daily |weekly |monthly |regular )?(?:update|newsletter|brief|briefing|digest|"
          r"bulletin|tracker|round-?up|sitrep|summary)\b", 70, 0,
          hints=("this update", "this newsletter", "this brief", "this digest", "this bulletin",
                 "this tracker", "this round", "this sitrep", "this summary", "this daily",
                 "this weekly", "this monthly", "this regular")),
    _rule("web address", rf"^(?:{_URL}[\s;,]*){{2,}}$", 12, hints=("http", "www.")),
    # "Pasted from the assistant, Fri 4 Dec 2026. Prompt: "What happened ...?"": what the
    # analyst asked an AI assistant, over its pasted answer; a question asked is no one's quote
    _rule("assistant prompt", r"^(?:(?:Pasted|Copied) from (?:the |an? )?(?:AI )?(?:assistant|"
          r"chatbot|chat ?bot|ChatGPT|Claude|Gemini|Copilot|Perplexity)\b[^\n]{0,80}?)?"
          r"(?:My )?Prompt\s*:\s*[\"“]", 60, hints=("prompt",)),
    # "#lebanon #ai-summary #to/verify": a note's own tags, its last line in a notes app
    # (their tags may hold "-" and "/", which a release's hashtag row does not)
    _rule("tags", r"^#[A-Za-z][\w/-]*(?:[ \t,]+#[A-Za-z][\w/-]*)+[ \t]*$", 15, hints=("#",)),
    _rule("subscribe", r"\b(?:to )?receive new posts\b|\bconsider becoming a (?:free or )?paid "
          r"subscriber\b|\breader-supported publication\b|\bupgrade to paid\b|\bgive a gift "
          r"subscription\b|\bthis post is for paid subscribers\b|\bdiscover more from\b|"
          r"\btype your e-?mail\b|\bsubscribe for free\b|\bstart (?:your |a )?(?:free )?trial\b",
          40, hints=("receive new posts", "subscri", "reader-supported", "upgrade to paid",
                     "discover more", "type your", "trial")),
    _rule("newsletter", r"^sign up (?:to|for) [\w'’&. -]{2,60}$", 8, in_prose=False),
    _rule("newsletter", r"\buse your e-?mail(?: address)? (?:only )?to send you\b|"
          r"\bsee our privacy (?:policy|notice) for (?:details|more information)\b", 30,
          hints=("send you", "privacy")),
    _rule("share buttons", r"^(?:likes?|restacks?|reposts?|repl(?:y|ies)|\d+ (?:likes?|"
          r"restacks?|reposts?|shares?|repl(?:y|ies)))$", 3),
    _rule("newsletter", r"\b(?:the |our )?(?:day|week|morning|evening)['’]s (?:top |biggest |"
          r"best |most important )?(?:stories|news|headlines)\b.{0,40}\bdelivered\b|\bdelivered "
          r"(?:straight )?(?:to you )?(?:every|each) (?:morning|afternoon|evening|day|weekday|"
          r"week|weekend|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b", 25, in_prose=False,
          hints=("delivered",)),
)
# fmt: on
