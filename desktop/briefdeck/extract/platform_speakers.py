"""Speakers that are posts on a platform, not people or bodies.

Fact checks and monitoring notes quote what a post, its caption or a video's text says:
'"...," reads the caption of a video posted on Facebook' is the Facebook post's claim, and
'Social media posts claim ... "..."' is the posts' claim. Without this the speaker falls to the
first capitalised word ("Social") or to the verb phrase itself.
"""

from __future__ import annotations

import re

_PLATFORM = r"(?:Facebook|X|Twitter|TikTok|Telegram|Instagram|YouTube|WhatsApp|Threads|Bluesky)"
# A speaker's label naming where it posted: "CJTF-OIR on X:", "Army via Telegram:" (the body).
ON_PLATFORM = re.compile(rf"\s+(?:on|via)\s+{_PLATFORM}$")
# "the caption of a video posted on Facebook", "a clip shared to TikTok"
_POSTED_ON = re.compile(r"\b(?:caption|text|post|video|clip|message|image|photo(?:graph)?)\b"
                        r"[^.;]{0,60}?\b(?:posted|shared|published|uploaded|circulated)\s+"
                        rf"(?:on|to)\s+(?P<platform>{_PLATFORM})\b")
# "Social media posts shared thousands of times", "Some posts, in Arabic and English,"
_POSTS_SUBJECT = re.compile(r"(?:(?:[Ss]ome|[Mm]any|[Oo]ther|[Ss]everal|[Tt]he|[Tt]hese|"
                            r"[Ss]uch)\s+)?(?P<kind>(?P<common>[Ss]ocial[- ]media|[Oo]nline|"
                            rf"[Vv]iral)\s+|{_PLATFORM}\s+)?posts\b")

# "posts on channels affiliated with the X": X's posts, X speaks (resolved as before)
_OWNED = re.compile(r"\b(?:by|of|from|affiliated\s+with|linked\s+to|close\s+to)\s+(?:the\s+)?[A-Z]")


def platform_speaker(who: str, text: str = "", end: int = 0) -> str:
    """The post that speaks in the words before or after a quote (who, ending at text[end]),
    or ''. A caption's platform may be named just after who: "the caption of a video | posted
    on Facebook"."""
    if "caption" in who and text:
        stop = text.find(". ", end, end + 80)
        who = who + text[end:stop if stop >= 0 else end + 80]
    if "post" not in who and "upload" not in who and "shared" not in who:
        return ""
    posted = _POSTED_ON.search(who)
    if posted:
        return f"{posted.group('platform')} post"
    subject = _POSTS_SUBJECT.match(" ".join(who.split()))
    if subject and not _OWNED.search(who):
        kind = subject.group("kind") or ""  # "social media posts", "Facebook posts"
        return f"{kind.lower() if subject.group('common') else kind}posts"
    return ""
