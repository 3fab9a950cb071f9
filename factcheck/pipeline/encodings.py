"""The text of a web page's bytes, in the encoding the page says, or the one its bytes show.

Pages are not always UTF-8: an older CMS writes windows-1252 or ISO-8859-1 and says so in
a ``<meta>`` tag. The order, first that decodes the bytes wins:

1. a byte-order mark;
2. the page's own declaration (``<meta charset>``, ``http-equiv Content-Type``, an XML
   declaration), in the first ``DECLARATION_BYTES``; ISO-8859-1 and ASCII are read as
   windows-1252, as browsers read them (the HTML standard's table);
3. UTF-8;
4. charset_normalizer's guess from the bytes (what trafilatura uses to detect);
5. windows-1252 with replacement characters, so a legible page is never refused.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

DECLARATION_BYTES = 4096  # a declaration after this is no declaration (the HTML standard: 1024)
_DECLARED = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9._:-]+)""",
    re.I,
)
# labels browsers read as another encoding (WHATWG Encoding Standard)
_AS_BROWSERS_READ = {
    "iso-8859-1": "cp1252",
    "latin-1": "cp1252",
    "latin1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "iso8859-1": "cp1252",
}
_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str  # the codec that read it
    how: str  # "byte-order mark", "declared", "utf-8", "detected", "replaced"


def declared_encoding(data: bytes) -> str | None:
    """The codec the page declares for itself, if Python knows it."""
    m = _DECLARED.search(data[:DECLARATION_BYTES])
    if not m:
        return None
    label = (m.group(1) or m.group(2)).decode("ascii").lower()
    label = _AS_BROWSERS_READ.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def decode_page(data: bytes) -> Decoded:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data[len(bom) :].decode(codec), codec, "byte-order mark")
            except UnicodeDecodeError:
                break
    declared = declared_encoding(data)
    if declared:
        try:
            return Decoded(data.decode(declared), declared, "declared")
        except UnicodeDecodeError:
            pass  # a page that lies about itself: read what the bytes are
    try:
        return Decoded(data.decode("utf-8"), "utf-8", "utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes  # only pages that are neither pay for it

    best = from_bytes(data).best()
    if best is not None and best.encoding:
        try:
            return Decoded(data.decode(best.encoding), best.encoding, "detected")
        except (UnicodeDecodeError, LookupError):
            pass
    return Decoded(data.decode("cp1252", errors="replace"), "cp1252", "replaced")
