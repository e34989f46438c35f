"""Boilerplate rules for forum threads, social comments and agency pages: short lines only.

A pasted discussion thread (Reddit, a forum, a professional network's comments) carries
votes, buttons, sort menus, nesting levels and the community's sidebar between its posts;
an agency page carries its item code and its own tools. None is reporting. These rules sit
at the end of the table: a heading another rule knows ("Most recent") keeps that rule's
meaning. Rules for longer lines that are rare on a page (a wiki's reference list, "Read:"
links) live in forum.py, behind a test on the whole text, to keep the per-line table cheap.
"""

from __future__ import annotations

from briefdeck.ingest.link_threads import RULES as _LINK_THREADS
from briefdeck.ingest.rules import _MONTH, Rule, _rule

_EMOJI = r"[\u2600-\u27bf\U0001f300-\U0001faff]\ufe0f?"
_BUTTON = (
    r"(?:reply|share|save|unsave|hide|report|follow|give award|award|edit|delete|permalink|"
    r"embed|send|like|comment|repost|upvote|downvote|vote|quote)"
)
_SHARE_OR_PRINT = (
    r"(?:send to (?:a )?friends?|print(?:er)?[- ]?(?:version|friendly|page)|print|e-?mail)"
)

# fmt: off
RULES: tuple[Rule, ...] = (
    # "r/AskHistorians", "r/AskHistorians Rules": the community's name as a label.
    _rule("forum furniture", r"^r/\w{2,21}(?: rules)?$", 2, hints=("r/",)),
    # "level 2": how deep a reply sits in the thread, as a pasted page spells it.
    _rule("forum furniture", r"^level \d{1,2}$", 2, hints=("level",)),
    # "Sort by: best", "Most relevant ▾": the thread's sort menu.
    _rule("forum furniture", r"^sort(?:ed)? by\s*:?\s*(?:best|top|new|newest|old|oldest|hot|"
          r"controversial|q&a|relevance|most relevant|most recent|date|votes|oldest first|"
          r"newest first)\s*[▾▼⌄]?$|^(?:most relevant\s*[▾▼⌄]?|(?:most recent|top comments|"
          r"all comments|newest first|oldest first)\s*[▾▼⌄])$", 5,
          hints=("sort", "most", "comments", "first")),
    # "…see more", "Load more comments", "More replies", "Continue this thread".
    _rule("forum furniture", r"^(?:…|\.{3})\s*see more$|^(?:load|view|show|see) (?:more|previous|"
          r"all|\d+ more|\d+)\s+(?:comments|replies)$|^more (?:replies|comments)$|"
          r"^continue this thread\W{0,3}$", 5, hints=("more", "comments", "replies", "thread")),
    # "Reply  Share  Report  Save  Follow", "Send": the buttons under a post or a comment.
    _rule("share buttons", rf"^{_BUTTON}(?:\s*[·•|]?\s+{_BUTTON}){{1,7}}$|^(?:send|upvote|"
          r"downvote|vote)$", 10, hints=("reply", "share", "save", "hide", "report", "follow",
                                         "send", "like", "vote", "award", "edit", "embed")),
    # "412 points · 87 comments", "1 point", "148k Members", "312 Online": the counts a
    # forum prints beside a post and in its sidebar.
    _rule("engagement counts", r"^\d[\d,.]*\s?[kKmM]?\s+(?:points?|votes?|upvotes?)"
          r"(?:\s*[·•|]\s*\d[\d,.]*\s?[kKmM]?\s+comments?)?$|^\d[\d,.]*\s?[kKmM]?\s+"
          r"(?:members|online|here now|readers|weekly visitors|weekly contributions)$", 5,
          in_prose=False, hints=("point", "vote", "member", "online", "here now", "readers",
                                 "weekly")),
    # "👍❤️ 214": a post's reactions, the emoji side by side before one count.
    _rule("engagement counts", rf"^(?:{_EMOJI}\s*){{2,6}}\d[\d,.]*\s?[KkMm]?$", 4),
    # The community's sidebar: "Created Aug 14, 2015", "Moderators", "Message the mods".
    _rule("forum furniture", rf"^created (?:on )?{_MONTH} \d{{1,2}},? \d{{4}}$|"
          r"^(?:about (?:this |the )?community|community (?:info|rules|guidelines|details)|"
          r"(?:view all )?moderators|message (?:the )?mods|moderator list)$", 6,
          hints=("created", "community", "moderator", "mods")),
    # "News code: 140506", "News ID: 88231": the agency's number for the item.
    _rule("press release furniture", r"^(?:news|story|article|content|item) (?:code|id|no\.?|"
          r"number)\s*:\s*[\w-]{3,24}$", 5, hints=("code", "id", "no", "number")),
    # A forum poster's details beside each post (vBulletin, phpBB, XenForo): "Join Date: Mar
    # 2019", "Posts: 4,127", "Rep Power: 12". The counts would otherwise read as figures.
    _rule("forum furniture", rf"^(?:join(?:ed)? date|joined|member since|posts|messages|"
          r"reputation|rep power|thanks(?: \((?:given|received)\))?|likes received|reaction score|"
          rf"trophy points)\s*:\s*(?:{_MONTH}\s+\d{{4}}|{_MONTH} \d{{1,2}},? \d{{4}}|\d[\d,.]*|"
          r"\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})$", 5, in_prose=False,
          hints=("join", "member since", "posts", "messages", "rep", "thanks", "likes",
                 "score", "points")),
    # "Quote:", "Quote from: Jo on ...", "Originally Posted by Jo": the label over a quoted post.
    _rule("forum furniture", r"^quote\s*:$|^quote from\s*:\s*\S.{0,60}$|^originally posted by "
          r"\S+(?: \S+){0,3}$", 12, hints=("quote", "originally")),
    # "Send to friend | Print version": the page's own tools, side by side.
    _rule("share buttons", rf"^{_SHARE_OR_PRINT}(?:\s*[|•·]\s*{_SHARE_OR_PRINT})+$", 10,
          hints=("friend", "print")),
) + _LINK_THREADS  # a link aggregator's thread: its heads and links
# fmt: on
