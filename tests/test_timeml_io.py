"""Reading TimeML variants and writing TIMEX3 tags back."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from itinerary.errors import BadInputError
from itinerary.timeml.io import parse_dct, read_document, read_plain, read_tml, with_annotations, write_tml
from itinerary.timeml.model import TimexAnnotation

HEAD = '<?xml version="1.0" ?>\n<TimeML>\n<DOCID>d7</DOCID>\n'


def tml(body: str, head: str = HEAD, tail: str = "\n</TimeML>\n") -> str:
    return head + "<TEXT>" + body + "</TEXT>" + tail


@pytest.mark.parametrize(
    ("dct_markup", "expected"),
    [
        pytest.param(
            '<DCT><TIMEX3 tid="t0" type="DATE" value="2013-03-22" functionInDocument="CREATION_TIME">'
            "March 22, 2013</TIMEX3></DCT>\n",
            dt.date(2013, 3, 22),
            id="dct-element-iso",
        ),
        pytest.param(
            '<DCT><TIMEX3 tid="t0" type="TIME" value="1998-08-07T06:18:00">19980807</TIMEX3></DCT>\n',
            dt.date(1998, 8, 7),
            id="dct-time-value",
        ),
        pytest.param(
            '<DCT><TIMEX3 tid="t0" type="DATE" value="March 22, 2013">March 22, 2013</TIMEX3></DCT>\n',
            dt.date(2013, 3, 22),
            id="dct-value-written-in-words",
        ),
        pytest.param(
            '<DCT><TIMEX3 tid="t0" type="DATE" value="XXXX">19980108</TIMEX3></DCT>\n',
            dt.date(1998, 1, 8),
            id="dct-compact-text",
        ),
        pytest.param(
            '<DATE_TIME><TIMEX3 tid="t9" type="DATE" value="2001-02-03" functionInDocument="CREATION_TIME">'
            "02/03/2001</TIMEX3></DATE_TIME>\n",
            dt.date(2001, 2, 3),
            id="creation-time-outside-dct",
        ),
        pytest.param("", None, id="no-dct"),
        pytest.param("<DCT>sometime</DCT>\n", None, id="dct-without-date"),
    ],
)
def test_dct_variants(dct_markup: str, expected: dt.date | None) -> None:
    doc = read_tml(tml("Quiet day.", head=HEAD + dct_markup))
    assert doc.dct == expected


def test_text_is_stripped_and_decoded_with_offsets() -> None:
    doc = read_tml(
        tml(
            '\nTalks <EVENT eid="e1">ended</EVENT> on <TIMEX3 tid="t3" type="DATE" value="2020-01-03" '
            'mod="START" temporalFunction="true" anchorTimeID="t0">Friday</TIMEX3> at AT&amp;T &quot;HQ&quot;'
            ' <TIMEX3 tid="t4" type="TIME" value="2020-01-03TEV">that evening</TIMEX3>.\n'
        ),
        "a.tml",
    )
    assert doc.text == '\nTalks ended on Friday at AT&T "HQ" that evening.\n'
    assert doc.docid == "d7"
    assert [(t.tid, doc.text[t.start : t.end], t.type, t.value) for t in doc.timexes] == [
        ("t3", "Friday", "DATE", "2020-01-03"),
        ("t4", "that evening", "TIME", "2020-01-03TEV"),
    ]
    first = doc.timexes[0]
    assert (first.mod, first.temporal_function, first.anchor_time_id) == ("START", True, "t0")


def test_title_and_markup_around_text_are_kept() -> None:
    source = tml("Body.", head=HEAD + "<TITLE>A &amp; B</TITLE>\n", tail="\n<TLINK lid='l1'/>\n</TimeML>\n")
    doc = read_tml(source)
    assert doc.title == "A & B"
    assert doc.prefix + "Body." + doc.suffix == source


@pytest.mark.parametrize(
    ("source", "problem"),
    [
        pytest.param("<TimeML><DOCID>x</DOCID></TimeML>", "no <TEXT> element", id="no-text"),
        pytest.param(tml('<TIMEX3 tid="t1">Friday'), "unclosed TIMEX3", id="unclosed-timex"),
        pytest.param(tml("Friday</TIMEX3>"), "without an opening tag", id="stray-close"),
        pytest.param(tml('<TIMEX3 tid="t1"><TIMEX3 tid="t2">May</TIMEX3></TIMEX3>'), "nested", id="nested"),
        pytest.param(tml("a <b"), "unterminated tag", id="unterminated-tag"),
    ],
)
def test_malformed_documents_raise_bad_input(source: str, problem: str) -> None:
    with pytest.raises(BadInputError) as caught:
        read_tml(source, "broken.tml")
    assert caught.value.path == "broken.tml"
    assert problem in caught.value.problem


@pytest.mark.parametrize(
    ("value", "text", "expected"),
    [
        pytest.param("2013-03-22", None, dt.date(2013, 3, 22), id="iso"),
        pytest.param("20130322", None, dt.date(2013, 3, 22), id="compact"),
        pytest.param("2013-02-30", "Feb. 28, 2013", dt.date(2013, 2, 28), id="impossible-value-then-text"),
        pytest.param(None, "Sept 9, 2001", dt.date(2001, 9, 9), id="abbreviated-month"),
        pytest.param("PRESENT_REF", "now", None, id="nothing-usable"),
    ],
)
def test_parse_dct(value: str | None, text: str | None, expected: dt.date | None) -> None:
    assert parse_dct(value, text) == expected


ANNS = (
    TimexAnnotation(start=8, end=14, type="DATE", value="2020-01-03"),
    TimexAnnotation(start=19, end=27, type="DURATION", value="P2D", mod="APPROX"),
    TimexAnnotation(
        start=33, end=42, type="DATE", value="2020-W02", temporal_function=True, anchor_time_id="t0"
    ),
)
PLAIN = "Arrived Friday for 2 days & left next week."


def test_write_plain_document_exact_output() -> None:
    doc = read_plain(PLAIN, "trip.txt", dt.date(2020, 1, 1))
    out = write_tml(doc, ANNS)
    assert out == (
        '<?xml version="1.0" ?>\n'
        '<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:noNamespaceSchemaLocation="http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd">\n\n'
        "<DOCID>trip</DOCID>\n\n"
        '<DCT><TIMEX3 tid="t0" type="DATE" value="2020-01-01" temporalFunction="false" '
        'functionInDocument="CREATION_TIME">2020-01-01</TIMEX3></DCT>\n\n'
        "<TEXT>Arrived "
        '<TIMEX3 tid="t1" type="DATE" value="2020-01-03">Friday</TIMEX3> for '
        '<TIMEX3 tid="t2" type="DURATION" value="P2D" mod="APPROX">2 days &amp;</TIMEX3> left '
        '<TIMEX3 tid="t3" type="DATE" value="2020-W02" temporalFunction="true" anchorTimeID="t0">'
        "next week</TIMEX3>.</TEXT>\n\n</TimeML>\n"
    )


def test_write_then_read_round_trips_text_and_annotations() -> None:
    doc = read_plain(PLAIN, "trip.txt")
    back = read_tml(write_tml(doc, reversed(ANNS)))
    assert back.text == doc.text
    assert back.timexes == with_annotations(doc, ANNS).timexes
    assert [(t.start, t.end, t.value) for t in back.timexes] == [(a.start, a.end, a.value) for a in ANNS]


def test_write_tml_keeps_markup_sets_dct_t0_and_drops_old_links() -> None:
    source = tml(
        'On <TIMEX3 tid="t5" type="DATE" value="X">May 2</TIMEX3> we met.',
        head=HEAD + '<DCT><TIMEX3 tid="t99" type="DATE" value="2020-05-04">May 4, 2020</TIMEX3></DCT>\n',
        tail='\n<MAKEINSTANCE eiid="ei1" eventID="e1"/>\n<TLINK lid="l1" timeID="t5" relatedToTime="t99"/>\n'
        "</TimeML>\n",
    )
    doc = read_tml(source)
    out = write_tml(doc, [TimexAnnotation(start=3, end=8, type="DATE", value="2020-05-02")])
    assert out == (
        HEAD + '<DCT><TIMEX3 tid="t0" type="DATE" value="2020-05-04" temporalFunction="false" '
        'functionInDocument="CREATION_TIME">May 4, 2020</TIMEX3></DCT>\n'
        '<TEXT>On <TIMEX3 tid="t1" type="DATE" value="2020-05-02">May 2</TIMEX3> we met.</TEXT>\n</TimeML>\n'
    )
    assert out == write_tml(doc, [TimexAnnotation(start=3, end=8, type="DATE", value="2020-05-02")])


def test_write_tml_inserts_dct_when_the_document_had_none() -> None:
    doc = read_tml(tml("Calm.")).model_copy(update={"dct": dt.date(2021, 6, 1)})
    out = write_tml(doc, [])
    assert '<DCT><TIMEX3 tid="t0" type="DATE" value="2021-06-01"' in out
    assert out.index("<DCT>") < out.index("<TEXT>")
    assert read_tml(out).dct == dt.date(2021, 6, 1)


@pytest.mark.parametrize(
    "bad",
    [
        pytest.param([TimexAnnotation(start=0, end=50, type="DATE", value="X")], id="past-the-end"),
        pytest.param([TimexAnnotation(start=4, end=4, type="DATE", value="X")], id="empty"),
        pytest.param(
            [
                TimexAnnotation(start=0, end=6, type="DATE", value="X"),
                TimexAnnotation(start=5, end=9, type="DATE", value="X"),
            ],
            id="overlapping",
        ),
    ],
)
def test_write_tml_refuses_impossible_annotations(bad: list[TimexAnnotation]) -> None:
    with pytest.raises(ValueError, match="annotation"):
        write_tml(read_plain("Monday and Tuesday"), bad)


@pytest.mark.parametrize(
    ("name", "content", "is_timeml"),
    [
        pytest.param("a.tml", tml("x"), True, id="tml-suffix"),
        pytest.param("a.xml", tml("x"), True, id="xml-suffix"),
        pytest.param("a.txt", tml("x"), True, id="timeml-content"),
        pytest.param("a.txt", "\ufeffPlain <words> here.", False, id="plain-with-bom"),
    ],
)
def test_read_document_dispatches_on_content(
    tmp_path: Path, name: str, content: str, is_timeml: bool
) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    doc = read_document(path)
    assert bool(doc.prefix) is is_timeml
    assert doc.text == ("x" if is_timeml else "Plain <words> here.")


def test_read_document_errors_name_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "latin1.txt"
    bad.write_bytes(b"caf\xe9")
    with pytest.raises(BadInputError, match="latin1.txt: not UTF-8"):
        read_document(bad)
    with pytest.raises(BadInputError, match="cannot read"):
        read_document(tmp_path / "missing.tml")


def test_reading_is_linear_on_adversarial_markup() -> None:
    # Many tags, long unterminated attribute runs and entity-like runs: must stay fast.
    unit = '<TIMEX3 tid="t1" type="DATE" value="' + "a=" * 200 + '">May</TIMEX3> &amp'
    body = unit * 6000
    doc = read_tml(tml(body + "&" * 200_000))
    assert len(doc.timexes) == 6000
