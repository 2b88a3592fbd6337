"""Read TimeML documents (TempEval-3, TimeBank/AQUAINT, WikiWars variants) and write TIMEX3 tags back.

Reading works on the raw markup with ``str.find`` rather than an XML parser: corpora are not
always well formed, offsets into the stripped TEXT are what matters, and the markup around
TEXT is kept verbatim so that a written document differs from its input only by its tags.

>>> doc = read_tml('<TimeML><DOCID>d1</DOCID><TEXT>Seen <TIMEX3 tid="t3" type="DATE" '
...                'value="2013-03-22">Friday</TIMEX3> &amp; gone.</TEXT></TimeML>')
>>> doc.text, doc.timexes[0].text, doc.timexes[0].start
('Seen Friday & gone.', 'Friday', 5)
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from pathlib import Path

from itinerary.errors import BadInputError
from itinerary.timeml.model import TimeMLDocument, Timex, TimexAnnotation

# Only the XML entities and character references; "&Cx1f;" and other SGML leftovers stay as written.
_ENTITY = re.compile(r"&(?:#[xX]([0-9a-fA-F]{1,8})|#([0-9]{1,9})|(amp|lt|gt|quot|apos));")
_NAMED: dict[str, str] = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}
# The lookbehind makes every attempt start at the beginning of a name, so matching stays linear.
_ATTR = re.compile(r"(?<![-\w:.])([A-Za-z_:][-\w:.]*)\s*=\s*(?:\"([^\"]*)\"|'([^']*)')")
_ISO_DATE = re.compile(r"(\d{4})-?(\d{2})-?(\d{2})")
_WORD_DATE = re.compile(r"([A-Za-z]{3,9})\.?\s{1,3}(\d{1,2}),?\s{1,3}(\d{4})")
_MONTHS: dict[str, int] = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
LINK_TAGS: frozenset[str] = frozenset({"TLINK", "SLINK", "ALINK", "MAKEINSTANCE"})

XML_HEADER = (
    '<?xml version="1.0" ?>\n'
    '<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
    'xsi:noNamespaceSchemaLocation="http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd">\n'
)


# ------------------------------------------------------------------ small pieces


def decode_entities(raw: str) -> str:
    """Text with XML entities and character references decoded.

    >>> decode_entities("AT&amp;T &lt;b&gt; &#233; &#x41; &Cx1f;")
    'AT&T <b> é A &Cx1f;'
    """

    def one(match: re.Match[str]) -> str:
        hex_code, dec_code, name = match.groups()
        if name:
            return _NAMED[name]
        code = int(hex_code, 16) if hex_code else int(dec_code)
        return chr(code) if 0 < code <= 0x10FFFF else match.group(0)

    return _ENTITY.sub(one, raw) if "&" in raw else raw


def escape_text(text: str) -> str:
    """Text made safe as XML character data."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def escape_attr(value: str) -> str:
    """A value made safe inside a double-quoted XML attribute."""
    return escape_text(value).replace('"', "&quot;")


def parse_attributes(tag_body: str) -> dict[str, str]:
    """The attributes of a tag body (what stands between ``<`` and ``>``), decoded.

    >>> parse_attributes('TIMEX3 tid="t1" type=\\'DATE\\' value="2013&amp;"')
    {'tid': 't1', 'type': 'DATE', 'value': '2013&'}
    """
    found: dict[str, str] = {}
    for match in _ATTR.finditer(tag_body):
        name, double, single = match.groups()
        found.setdefault(name, decode_entities(double if double is not None else single))
    return found


def _tag_name(tag_body: str) -> str:
    body = tag_body.lstrip("/")
    end = 0
    while end < len(body) and not body[end].isspace() and body[end] not in "/>":
        end += 1
    return body[:end]


def _find_element(
    raw: str, name: str, lo: int = 0, hi: int | None = None
) -> tuple[int, int, int, int] | None:
    """(open start, content start, content end, close end) of the first ``<name>`` element in raw[lo:hi]."""
    hi = len(raw) if hi is None else hi
    pos = lo
    while True:
        at = raw.find("<" + name, pos, hi)
        if at < 0:
            return None
        after = at + 1 + len(name)
        if after < hi and (raw[after] in ">/" or raw[after].isspace()):
            gt = raw.find(">", after, hi)
            if gt < 0:
                return None
            if raw[gt - 1] == "/":  # <NAME/>: an empty element
                return at, gt + 1, gt + 1, gt + 1
            close = raw.find("</" + name, gt + 1, hi)
            if close < 0:
                return None
            close_gt = raw.find(">", close, hi)
            return at, gt + 1, close, (close_gt + 1 if close_gt >= 0 else hi)
        pos = after


def _plain(raw: str) -> str:
    """Markup reduced to its decoded text (tags dropped)."""
    parts: list[str] = []
    pos = 0
    while True:
        lt = raw.find("<", pos)
        parts.append(raw[pos:] if lt < 0 else raw[pos:lt])
        if lt < 0:
            break
        gt = raw.find(">", lt)
        if gt < 0:
            break
        pos = gt + 1
    return decode_entities("".join(parts))


def parse_dct(value: str | None, text: str | None) -> dt.date | None:
    """The calendar date of a DCT, from its value ("1998-08-07T06:18", "19980807") or else its text.

    >>> parse_dct("1998-08-07T06:18:00", None), parse_dct("March 22, 2013", "March 22, 2013")
    (datetime.date(1998, 8, 7), datetime.date(2013, 3, 22))
    """
    for candidate in (value, text):
        if not candidate:
            continue
        iso = _ISO_DATE.match(candidate.strip())
        if iso:
            found = _safe_date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
            if found:
                return found
        word = _WORD_DATE.search(candidate)
        if word and word.group(1)[:3].lower() in _MONTHS:
            found = _safe_date(int(word.group(3)), _MONTHS[word.group(1)[:3].lower()], int(word.group(2)))
            if found:
                return found
    return None


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


# ---------------------------------------------------------------------- reading


def _strip_tags(raw: str, path: str) -> tuple[str, tuple[Timex, ...]]:
    """The TEXT content without tags, and the TIMEX3s it held with offsets into that text."""
    out: list[str] = []
    length = 0
    timexes: list[Timex] = []
    open_timex: tuple[int, int, dict[str, str]] | None = None  # (offset, index in out, attributes)
    pos = 0
    while True:
        lt = raw.find("<", pos)
        chunk = decode_entities(raw[pos:] if lt < 0 else raw[pos:lt])
        out.append(chunk)
        length += len(chunk)
        if lt < 0:
            break
        if raw.startswith("<!--", lt):
            end = raw.find("-->", lt + 4)
            if end < 0:
                raise BadInputError(path, "unterminated comment in TEXT")
            pos = end + 3
            continue
        if raw.startswith("<![CDATA[", lt):
            end = raw.find("]]>", lt + 9)
            if end < 0:
                raise BadInputError(path, "unterminated CDATA section in TEXT")
            out.append(raw[lt + 9 : end])
            length += end - lt - 9
            pos = end + 3
            continue
        gt = raw.find(">", lt)
        if gt < 0:
            raise BadInputError(path, f"unterminated tag in TEXT at character {lt}")
        body = raw[lt + 1 : gt]
        pos = gt + 1
        if _tag_name(body) != "TIMEX3" or body.endswith("/"):
            continue  # EVENT, SIGNAL, ... and empty TIMEX3s carry no extent
        if body.startswith("/"):
            if open_timex is None:
                raise BadInputError(path, "</TIMEX3> without an opening tag in TEXT")
            start, first_chunk, attrs = open_timex
            timexes.append(_timex(attrs, start, length, "".join(out[first_chunk:])))
            open_timex = None
        elif open_timex is not None:
            raise BadInputError(path, "nested TIMEX3 in TEXT")
        else:
            open_timex = (length, len(out), parse_attributes(body))
    if open_timex is not None:
        raise BadInputError(path, "unclosed TIMEX3 in TEXT")
    return "".join(out), tuple(timexes)


def _timex(attrs: dict[str, str], start: int, end: int, text: str) -> Timex:
    return Timex(
        tid=attrs.get("tid", ""),
        start=start,
        end=end,
        text=text,
        type=attrs.get("type", ""),
        value=attrs.get("value", ""),
        mod=attrs.get("mod") or None,
        temporal_function=attrs.get("temporalFunction", "false").lower() == "true",
        anchor_time_id=attrs.get("anchorTimeID") or None,
    )


def _dct_timex(raw: str, regions: Iterable[tuple[int, int]]) -> tuple[str | None, str | None]:
    """(value, text) of the creation-time TIMEX3: the one in <DCT>, else one marked CREATION_TIME."""
    spans = tuple(regions)
    for lo, hi in spans:
        element = _find_element(raw, "DCT", lo, hi)
        if element:
            timex = _find_element(raw, "TIMEX3", element[1], element[2])
            if timex:
                attrs = parse_attributes(raw[timex[0] + 1 : timex[1] - 1])
                return attrs.get("value"), _plain(raw[timex[1] : timex[2]]).strip()
            text = _plain(raw[element[1] : element[2]]).strip()
            return None, text or None
    for lo, hi in spans:
        pos = lo
        while True:
            timex = _find_element(raw, "TIMEX3", pos, hi)
            if timex is None:
                break
            attrs = parse_attributes(raw[timex[0] + 1 : timex[1] - 1])
            if attrs.get("functionInDocument") == "CREATION_TIME":
                return attrs.get("value"), _plain(raw[timex[1] : timex[2]]).strip()
            pos = timex[3]
    return None, None


def read_tml(text: str, path: str = "") -> TimeMLDocument:
    """A TimeML document: DOCID, DCT, TITLE, the stripped TEXT and the TIMEX3s annotated in it.

    Raises ``BadInputError(path, problem)`` when there is no TEXT element or its TIMEX3 tags
    do not pair up.
    """
    raw = text.removeprefix("\ufeff")
    element = _find_element(raw, "TEXT")
    if element is None:
        raise BadInputError(path or "<tml>", "no <TEXT> element: not a TimeML document")
    open_at, content_start, content_end, _ = element
    stripped, timexes = _strip_tags(raw[content_start:content_end], path or "<tml>")
    outside = ((0, open_at), (content_end, len(raw)))
    docid_el = _find_element(raw, "DOCID", 0, open_at) or _find_element(raw, "DOCNO", 0, open_at)
    title_el = _find_element(raw, "TITLE", 0, open_at) or _find_element(raw, "TITLE", content_end)
    dct_value, dct_text = _dct_timex(raw, outside)
    return TimeMLDocument(
        path=path,
        docid=_plain(raw[docid_el[1] : docid_el[2]]).strip() or None if docid_el else None,
        dct=parse_dct(dct_value, dct_text),
        dct_value=dct_value,
        dct_text=dct_text,
        title=_plain(raw[title_el[1] : title_el[2]]).strip() or None if title_el else None,
        text=stripped,
        timexes=timexes,
        prefix=raw[:content_start],
        suffix=raw[content_end:],
    )


def read_plain(text: str, path: str = "", dct: dt.date | None = None) -> TimeMLDocument:
    """A plain text document: the whole text is the TEXT (a leading BOM dropped)."""
    body = text.removeprefix("\ufeff")
    return TimeMLDocument(path=path, docid=Path(path).stem if path else None, dct=dct, text=body)


def read_document(path: str | Path) -> TimeMLDocument:
    """A document from a file: TimeML when it holds a <TEXT> element inside <TimeML>, else plain text."""
    name = str(path)
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        raise BadInputError(name, f"cannot read file: {error.strerror or error}") from error
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise BadInputError(name, f"not UTF-8 text (byte {error.start})") from error
    if name.lower().endswith((".tml", ".xml")) or ("<TimeML" in text[:4096] and "<TEXT" in text):
        return read_tml(text, name)
    return read_plain(text, name)


# ---------------------------------------------------------------------- writing


def _checked(doc: TimeMLDocument, annotations: Iterable[TimexAnnotation]) -> tuple[TimexAnnotation, ...]:
    ordered = tuple(sorted(annotations, key=lambda a: (a.start, a.end)))
    previous_end = 0
    for ann in ordered:
        if not 0 <= ann.start < ann.end <= len(doc.text):
            raise ValueError(f"annotation {ann.start}..{ann.end} is empty or outside the text")
        if ann.start < previous_end:
            raise ValueError(f"annotation {ann.start}..{ann.end} overlaps the one before it")
        previous_end = ann.end
    return ordered


def timex_tag(tid: str, ann: TimexAnnotation) -> str:
    """The opening TIMEX3 tag of an annotation, attributes in a fixed order.

    >>> timex_tag("t2", TimexAnnotation(start=0, end=3, type="DATE", value="2013-W11", mod="END",
    ...                                 temporal_function=True, anchor_time_id="t0"))
    '<TIMEX3 tid="t2" type="DATE" value="2013-W11" mod="END" temporalFunction="true" anchorTimeID="t0">'
    """
    parts = [f'tid="{escape_attr(tid)}"', f'type="{ann.type}"', f'value="{escape_attr(ann.value)}"']
    if ann.mod:
        parts.append(f'mod="{ann.mod}"')
    if ann.temporal_function:
        parts.append('temporalFunction="true"')
    if ann.anchor_time_id:
        parts.append(f'anchorTimeID="{escape_attr(ann.anchor_time_id)}"')
    return "<TIMEX3 " + " ".join(parts) + ">"


def dct_element(doc: TimeMLDocument) -> str:
    """The <DCT> element of a document with a known creation date, its TIMEX3 as t0."""
    if doc.dct is None:
        return ""
    iso = doc.dct.isoformat()
    value = doc.dct_value if doc.dct_value and doc.dct_value.startswith(iso) else iso
    kind = "TIME" if "T" in value else "DATE"
    shown = doc.dct_text if doc.dct_text and value == doc.dct_value else value
    return (
        f'<DCT><TIMEX3 tid="t0" type="{kind}" value="{escape_attr(value)}" temporalFunction="false" '
        f'functionInDocument="CREATION_TIME">{escape_text(shown)}</TIMEX3></DCT>'
    )


def _head(doc: TimeMLDocument) -> str:
    if not doc.prefix:
        lines = [XML_HEADER]
        if doc.docid:
            lines.append(f"<DOCID>{escape_text(doc.docid)}</DOCID>\n")
        if doc.dct is not None:
            lines.append(dct_element(doc) + "\n")
        if doc.title:
            lines.append(f"<TITLE>{escape_text(doc.title)}</TITLE>\n")
        lines.append("<TEXT>")
        return "\n".join(lines)
    prefix = doc.prefix
    if doc.dct is None:
        return prefix
    found = _find_element(prefix, "DCT")
    if found:
        return prefix[: found[0]] + dct_element(doc) + prefix[found[3] :]
    text_at = prefix.rfind("<TEXT")
    return prefix[:text_at] + dct_element(doc) + "\n\n" + prefix[text_at:]


def _tail(doc: TimeMLDocument) -> str:
    """The markup after TEXT, without links and instances: they name entities of the old annotation."""
    if not doc.prefix:
        return "</TEXT>\n\n</TimeML>\n"
    kept: list[str] = []
    for line in doc.suffix.splitlines(keepends=True):
        cleaned = _drop_link_tags(line)
        if cleaned == line or cleaned.strip():
            kept.append(cleaned)
    return "".join(kept)


def _drop_link_tags(line: str) -> str:
    parts: list[str] = []
    pos = 0
    while True:
        lt = line.find("<", pos)
        if lt < 0:
            parts.append(line[pos:])
            return "".join(parts)
        gt = line.find(">", lt)
        if gt < 0:
            parts.append(line[pos:])
            return "".join(parts)
        parts.append(line[pos:lt])
        if _tag_name(line[lt + 1 : gt]) not in LINK_TAGS:
            parts.append(line[lt : gt + 1])
        pos = gt + 1


def write_tml(doc: TimeMLDocument, annotations: Iterable[TimexAnnotation]) -> str:
    """The document with a TIMEX3 around each annotation's extent in TEXT (tids t1, t2, ... in order).

    Markup outside TEXT is kept as read, except that the DCT is written as t0 with
    functionInDocument="CREATION_TIME" and links/instances of the old annotation are dropped.
    Annotations must lie inside the text and must not overlap (``ValueError`` otherwise).

    >>> doc = read_plain("Talks on Friday & Saturday.", "a.txt", dt.date(2013, 3, 20))
    >>> out = write_tml(doc, [TimexAnnotation(start=9, end=15, type="DATE", value="2013-03-22")])
    >>> out[out.index("<TEXT>"):].splitlines()[0]
    '<TEXT>Talks on <TIMEX3 tid="t1" type="DATE" value="2013-03-22">Friday</TIMEX3> &amp; Saturday.</TEXT>'
    """
    parts: list[str] = [_head(doc)]
    pos = 0
    for number, ann in enumerate(_checked(doc, annotations), start=1):
        parts.append(escape_text(doc.text[pos : ann.start]))
        parts.append(timex_tag(f"t{number}", ann))
        parts.append(escape_text(doc.text[ann.start : ann.end]))
        parts.append("</TIMEX3>")
        pos = ann.end
    parts.append(escape_text(doc.text[pos:]))
    parts.append(_tail(doc))
    return "".join(parts)


def with_annotations(doc: TimeMLDocument, annotations: Iterable[TimexAnnotation]) -> TimeMLDocument:
    """The document as it reads back after ``write_tml(doc, annotations)``, without the round trip."""
    timexes = tuple(
        Timex(
            tid=f"t{number}",
            start=ann.start,
            end=ann.end,
            text=doc.text[ann.start : ann.end],
            type=ann.type,
            value=ann.value,
            mod=ann.mod,
            temporal_function=ann.temporal_function,
            anchor_time_id=ann.anchor_time_id,
        )
        for number, ann in enumerate(_checked(doc, annotations), start=1)
    )
    return doc.model_copy(update={"timexes": timexes})
