"""Reading article files: formats, metadata, offsets, and one-line errors for bad input."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from itinerary.errors import BadInputError
from itinerary.ingest import article_from_text, load_article, load_articles
from itinerary.ingest import files as ingest_files

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"


def _span(text: str, span: tuple[int, int] | None) -> str | None:
    return None if span is None else text[span[0]:span[1]]


def test_txt_with_title_and_furniture() -> None:
    article = load_article(FIXTURES / "titled.txt")
    text = article.text
    assert article.id == "titled"
    assert article.title == "Minister Opens Northern Ferry Terminal"
    assert _span(text, article.title_span) == article.title
    assert [text[a:b] for a, b in article.furniture] == [
        "By Jane Roe", "Leave a Reply",
        "Your email address will not be published. Required fields are marked *", "Back to top button",
    ]
    assert [text[a:b] for a, b in article.sentences] == [
        "Minister Opens Northern Ferry Terminal",
        "The transport minister opened the new ferry terminal on Monday, March 20, 2023.",
        "She met dock workers at 10 a.m. Tuesday and left on Sept. 21.",
        "The terminal cost $40 million, officials said.",
    ]
    assert article.published is None


def test_txt_without_title() -> None:
    article = load_article(FIXTURES / "untitled.txt", dct=dt.date(2023, 6, 2))
    assert article.title is None and article.title_span is None
    assert article.published == dt.date(2023, 6, 2)
    assert [article.text[a:b] for a, b in article.furniture] == ["Source: Coastal Wire | Harbour Weekly"]
    assert len(article.paragraphs) == 3


def test_markdown_front_matter() -> None:
    article = load_article(FIXTURES / "front.md", dct=dt.date(2000, 1, 1))
    raw = (FIXTURES / "front.md").read_text(encoding="utf-8")
    assert article.text == raw[raw.find("\n---\n", 3) + 5:]  # the scorer's body rule
    assert article.title == "Harbour board approves pier plan"
    assert _span(article.text, article.title_span) == "Harbour board approves pier plan"
    assert article.outlet == "Coastal Wire"
    assert article.url == "https://example.org/harbour"
    assert article.published == dt.date(2023, 5, 19)  # the article's date wins over dct
    assert article.published_at == dt.datetime(2023, 5, 19, 9, 35, tzinfo=dt.timezone(dt.timedelta(hours=5, minutes=30)))
    assert [article.text[a:b] for a, b in article.furniture] == ["Published: May 19, 2023 09:35 IST"]


def test_html_page() -> None:
    article = load_article(FIXTURES / "page.html")
    assert article.title == "Minister to tour three ports next week"
    assert article.outlet == "Harbour Times"
    assert article.url == "https://example.org/news/minister-tour"
    assert article.published == dt.date(2023, 3, 14)
    assert _span(article.text, article.title_span) == article.title
    assert "Copyright" not in article.text and "Home" not in article.text
    assert any("March 20 to 22" in article.text[a:b] for a, b in article.sentences)


def test_html_is_deterministic() -> None:
    assert load_article(FIXTURES / "page.html") == load_article(FIXTURES / "page.html")


META = [
    pytest.param("---\npublished: 2024-05-02\n---\nBody text.", dt.date(2024, 5, 2), None, id="date"),
    pytest.param("---\npublished: '2024-05-02T10:00:00Z'\n---\nBody.", dt.date(2024, 5, 2),
                 dt.datetime(2024, 5, 2, 10, tzinfo=dt.UTC), id="quoted-utc"),
    pytest.param("---\npublished: 2024-05-02 10:00:00\n---\nBody.", dt.date(2024, 5, 2), None, id="naive-time"),
    pytest.param("---\ntitle: Only a title\n---\nBody.", None, None, id="no-date"),
    pytest.param("---\ndate: 2024-05-02\n---\nBody.", dt.date(2024, 5, 2), None, id="date-key"),  # Jekyll, Hugo
    pytest.param("---\npublished: 2024-05-02\ndate: 2024-06-01\n---\nBody.", dt.date(2024, 5, 2), None,
                 id="published-key-wins"),
]


@pytest.mark.parametrize(("text", "published", "published_at"), META)
def test_front_matter_dates(text: str, published: dt.date | None, published_at: dt.datetime | None) -> None:
    article = article_from_text(text, id="m", fmt="md")
    assert (article.published, article.published_at) == (published, published_at)


def test_dct_fills_missing_date_only() -> None:
    article = article_from_text("Port Opens\n\nIt opened on Monday.", id="d", dct=dt.date(2024, 1, 2))
    assert article.published == dt.date(2024, 1, 2)


def test_bom_dropped_and_offsets_exact(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffPort Opens\n\nIt opened on Monday.".encode())
    article = load_article(path)
    assert article.text.startswith("Port Opens")
    assert _span(article.text, article.title_span) == "Port Opens"


def test_crlf_offsets_match_universal_newlines(tmp_path: Path) -> None:
    path = tmp_path / "crlf.md"
    path.write_bytes(b"---\r\ntitle: Port Opens\r\n---\r\nPort Opens\r\n\r\nIt opened on Monday. It closed Friday.\r\n")
    article = load_article(path)
    as_read = path.read_text(encoding="utf-8-sig")  # universal newlines, as the scorer reads
    assert article.text == as_read[as_read.find("\n---\n", 3) + 5:]
    assert [article.text[a:b] for a, b in article.sentences] == [
        "Port Opens", "It opened on Monday.", "It closed Friday.",
    ]


BAD_BYTES = [
    pytest.param("bin.txt", b"Port\x00\x01\x02 opens", "binary", id="binary"),
    pytest.param("latin.txt", "Caf\u00e9 opens".encode("latin-1"), "UTF-8", id="invalid-utf8"),
    pytest.param("empty.txt", b"", "empty", id="empty"),
    pytest.param("blank.txt", b"  \n\n\t \n", "empty", id="only-whitespace"),
    pytest.param("fm.md", b"---\ntitle: T\n---\n\n  \n", "no article text after the front matter", id="only-front-matter"),
    pytest.param("open.md", b"---\ntitle: T\nBody without a closing line.\n", "never closed", id="unclosed-front-matter"),
    pytest.param("list.md", b"---\n- a\n- b\n---\nBody.\n", "not a mapping", id="front-matter-not-mapping"),
    pytest.param("yaml.md", b"---\ntitle: [unclosed\n---\nBody.\n", "malformed front matter", id="front-matter-bad-yaml"),
    pytest.param("date.md", b"---\npublished: 2024-13-01\n---\nBody.\n", "malformed front matter", id="impossible-date"),
    pytest.param("date2.md", b"---\npublished: next Tuesday\n---\nBody.\n", "not an ISO date", id="bad-date-text"),
    pytest.param("date3.md", b"---\ndate: next Tuesday\n---\nBody.\n", "front matter 'date' is not an ISO date",
                 id="bad-date-key"),
    pytest.param("nav.html", (FIXTURES / "empty_page.html").read_bytes(), "no article text", id="html-without-article"),
]


@pytest.mark.parametrize(("name", "data", "problem"), BAD_BYTES)
def test_bad_files_give_one_line_naming_the_file(tmp_path: Path, name: str, data: bytes, problem: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(BadInputError) as caught:
        load_article(path)
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith(f"{path}: ")
    assert problem in message


def test_too_large_file_checked_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"x" * 2048)
    monkeypatch.setattr(ingest_files, "MAX_BYTES", 1024)
    with pytest.raises(BadInputError, match="too large"):
        load_article(path)


def test_missing_path_and_empty_folder(tmp_path: Path) -> None:
    with pytest.raises(BadInputError, match="no such file"):
        list(load_articles([tmp_path / "nope.txt"]))
    (tmp_path / "notes.csv").write_text("a,b\n")
    with pytest.raises(BadInputError, match="no article files"):
        list(load_articles([tmp_path], skip_bad=True))


def test_folder_in_name_order_ignoring_other_files(tmp_path: Path) -> None:
    for name in ("b.md", "a.txt", "c.html", "d.htm", "e.csv", "f.json"):
        (tmp_path / name).write_text("Harbour News Today\n\nThe port opened on Monday.\n")
    (tmp_path / "c.html").write_bytes((FIXTURES / "page.html").read_bytes())
    (tmp_path / "d.htm").write_bytes((FIXTURES / "page.html").read_bytes())
    assert [a.id for a in load_articles([tmp_path])] == ["a", "b", "c", "d"]


def test_skip_bad_reports_and_goes_on(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Port Opens\n\nIt opened on Monday.\n")
    (tmp_path / "b.txt").write_bytes(b"\x00\x00")
    (tmp_path / "c.txt").write_text("Port Closes\n\nIt closed on Friday.\n")
    seen: list[BadInputError] = []
    ids = [a.id for a in load_articles([tmp_path], skip_bad=True, on_error=seen.append)]
    assert ids == ["a", "c"]
    assert [e.path for e in seen] == [str(tmp_path / "b.txt")]
    with pytest.raises(BadInputError, match="binary"):
        list(load_articles([tmp_path]))


def test_load_articles_streams(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Port Opens\n\nIt opened on Monday.\n")
    (tmp_path / "b.txt").write_bytes(b"\x00")
    stream = load_articles([tmp_path])
    assert next(stream).id == "a"  # the bad file after it is not read yet
    with pytest.raises(BadInputError):
        next(stream)


def test_paths_kept_as_given() -> None:
    article = load_article(str(FIXTURES / "untitled.txt"))
    assert article.path == str(FIXTURES / "untitled.txt")


def test_timeml_text_and_dct() -> None:
    article = load_article(FIXTURES / "wire.tml", dct=dt.date(2000, 1, 1))
    assert article.id == "wire"
    assert article.published == dt.date(1998, 3, 6)
    assert [article.text[a:b] for a, b in article.sentences] == [
        "The port authority reopened the northern quay Friday.", "Ferries resume Monday.",
    ]


def test_timeml_without_text_element(tmp_path: Path) -> None:
    path = tmp_path / "bad.tml"
    path.write_text("<TimeML><DOCID>x</DOCID></TimeML>")
    with pytest.raises(BadInputError, match="TEXT"):
        load_article(path)
