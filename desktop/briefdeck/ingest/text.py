"""Bytes to clean text: encoding detection, newline and control-character clean-up, NFC."""

from __future__ import annotations

import codecs
import re
import unicodedata

from charset_normalizer import from_bytes

from briefdeck.errors import InputError
from briefdeck.ingest import calendar_invites

_BOMS = (  # longest first: the UTF-32 LE BOM starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# C0 controls except \t and \n, DEL, C1 controls, BOMs/zero-width spaces and soft hyphens.
_DROP: dict[int, str | None] = {c: None for c in range(0x20) if c not in (0x09, 0x0A)}
_DROP.update({0x7F: None, 0xFEFF: None, 0x200B: None, 0xAD: None})
_DROP.update({c: None for c in range(0x80, 0xA0)})
_DROP.update({0x0C: "\n", 0x0B: "\n", 0x85: "\n", 0x2028: "\n", 0x2029: "\n\n"})

_BINARY_BYTES = bytes(c for c in range(0x20) if c not in (0x09, 0x0A, 0x0C, 0x0D)) + b"\x7f"
_TRAILING_SPACE = re.compile(r"(?<![ \t])[ \t]+\n")  # from a run's start only: linear
_BLANK_RUN = re.compile(r"\n{3,}")
# A run of blanks past this many is no layout a reader sees (no column is that wide), and
# patterns such as r"\s*[|•]\s*" cost the square of a run's length: longer runs are cut.
_MAX_BLANKS = 64
_LONG_BLANKS = re.compile(rf"[ \t]{{{_MAX_BLANKS + 1},}}")
# A lone half of a surrogate pair (pasted from a broken JSON escape or clipboard): no
# character, and it cannot be written out as UTF-8.
_SURROGATE = re.compile("[\ud800-\udfff]")


def bom_encoding(data: bytes) -> tuple[str, int] | None:
    """The encoding a byte-order mark announces, and the mark's length."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name, len(bom)
    return None


def looks_binary(data: bytes) -> bool:
    """True when a sample has too many control bytes to be text (a few stray NULs are fine)."""
    sample = data[:65536]
    if not sample:
        return False
    junk = len(sample) - len(sample.translate(None, _BINARY_BYTES))
    return junk / len(sample) > 0.08  # random bytes: ~11%


def _utf16_without_bom(data: bytes) -> str | None:
    """English text in UTF-16 without a BOM has a NUL in every other byte; text in one other
    script (Arabic, Cyrillic, Greek ...) has that script's block there, NUL under its spaces,
    digits and line ends: two values fill the lane of the code units' high bytes."""
    sample = data[:4096]
    if len(sample) < 8:
        return None
    even, odd = sample[0::2], sample[1::2]
    for high, name in ((odd, "utf-16-le"), (even, "utf-16-be")):
        nuls = high.count(0)
        block = max((high.count(b) for b in set(high) if b), default=0)
        if nuls > 0.9 * len(high) or (nuls > 0.05 * len(high) and nuls + block > 0.95 * len(high)):
            try:
                return data[: len(data) // 2 * 2].decode(name)
            except UnicodeDecodeError:
                return None
    return None


_JUNK_CHARS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f\ufffd]")


def _check_not_junk(text: str, name: str) -> str:
    sample = text[:65536]
    if sample and len(_JUNK_CHARS.findall(sample)) / len(sample) > 0.08:
        raise InputError(f"{name}: binary data, not text")
    return text


_HIGH_RUN = re.compile(rb"[\x80-\xff]{3,}")


def _guess_encoding(data: bytes, name: str) -> str:
    # Western news copy that is not UTF-8 is nearly always Windows-1252 (curly quotes,
    # accented names): isolated high bytes that cp1252 maps. Runs of high bytes are
    # another script (Cyrillic, CJK ...): let charset-normalizer decide those.
    if not _HIGH_RUN.search(data):
        try:
            data.decode("cp1252")
            return "cp1252"
        except UnicodeDecodeError:
            pass
    best = from_bytes(data[: 4 * 1024 * 1024]).best()
    if best is None:
        raise InputError(f"{name}: binary data, not text (no text encoding fits)")
    return "cp1252" if "cp1252" in best.could_be_from_charset else best.encoding


def decode(data: bytes, name: str, warnings: list[str] | None = None) -> str:
    """Decode text bytes: BOM, then strict UTF-8, then a guess (cp1252 preferred)."""
    bom = bom_encoding(data)
    if bom:
        encoding, skip = bom
        return _check_not_junk(data[skip:].decode(encoding, errors="replace"), name)
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return _check_not_junk(utf16, name)
    if looks_binary(data):
        raise InputError(f"{name}: binary data, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    encoding = _guess_encoding(data, name)
    if warnings is not None:
        warnings.append(f"not UTF-8: read as {encoding}")
    return _check_not_junk(data.decode(encoding, errors="replace"), name)


def clean(text: str) -> str:
    """Normalise newlines to \\n, drop control characters, NFC, tidy blank lines."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.translate(_DROP)
    if calendar_invites.starts_calendar(text):  # folds undone before blanks are trimmed
        text = calendar_invites.unfold(text)
    if _SURROGATE.search(text):  # pairs joined into their character, a lone half replaced
        text = text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    text = unicodedata.normalize("NFC", text)
    text = _TRAILING_SPACE.sub("\n", text)
    text = _LONG_BLANKS.sub(lambda m: m.group(0)[:_MAX_BLANKS], text)
    text = _BLANK_RUN.sub("\n\n", text)
    return text.strip("\n").rstrip()


def require_text(text: str, name: str) -> str:
    """The text itself, or an InputError when there is nothing to read."""
    if not text.strip():
        raise InputError(f"{name}: empty, no text to read")
    return text
