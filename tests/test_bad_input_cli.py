"""Bad input through the real command line: one line on stderr naming the file and the problem, exit 2.

``test_end_to_end`` covers ``timeline`` on five of these; here every case runs through ``timeline`` and
``export``, and ``--skip-bad`` carries on past bad files and missing paths among good ones.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GOOD = "Ferry Line Opens\n\nThe summit will be held in the capital on Monday, May 4, 2026.\n"


def _sparse(path: Path, size: int) -> None:
    with path.open("wb") as handle:  # a sparse file: 200 MB on paper, nothing written
        handle.truncate(size)


def _write(name: str, data: bytes) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        (folder / name).write_bytes(data)
        return folder / name

    return make


def _empty_folder(folder: Path) -> Path:
    (folder / "empty").mkdir()
    (folder / "empty" / "notes.csv").write_text("not,an,article\n")
    return folder / "empty"


def _huge(folder: Path) -> Path:
    _sparse(folder / "huge.txt", 200 * 1024 * 1024)
    return folder / "huge.txt"


NO_ARTICLE_HTML = b"<html><head><title>Menu</title></head><body><nav><a href='/'>Home</a></nav></body></html>"

# name: (make the input in a folder, words the error line must hold)
CASES: dict[str, tuple[Callable[[Path], Path], str]] = {
    "missing-path": (lambda folder: folder / "nowhere.txt", "no such file"),
    "empty-folder": (_empty_folder, "no article files"),
    "binary-file": (_write("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), "binary"),
    "invalid-utf8": (_write("latin1.txt", "Café opens on Monday.".encode("latin-1")), "UTF-8"),
    "empty-file": (_write("empty.txt", b""), "empty"),
    "only-whitespace": (_write("blank.txt", b" \n\n\t\n"), "empty"),
    "only-bom": (_write("bom.txt", b"\xef\xbb\xbf"), "empty"),
    "200MB-file": (_huge, "too large"),
    "front-matter-unclosed": (_write("open.md", b"---\ntitle: Ferry\npublished: 2026-05-01\n"), "front matter"),
    "front-matter-bad-yaml": (_write("yaml.md", b"---\ntitle: [unclosed\n---\nBody on Monday.\n"), "front matter"),
    "front-matter-bad-date": (_write("date.md", b"---\npublished: 2026-13-45\n---\nBody on Monday.\n"), "front matter"),
    "front-matter-too-deep": (_write("deep.md", b"---\ntitle: " + b"[" * 20_000 + b"\n---\nBody on Monday.\n"),
                              "front matter"),
    "front-matter-a-list": (_write("list.md", b"---\n- a\n- b\n---\nBody on Monday.\n"), "front matter"),
    "html-without-article": (_write("menu.html", NO_ARTICLE_HTML), "no article"),
}


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "itinerary", *args], capture_output=True, text=True, cwd=ROOT,
                          check=False, timeout=120)


@pytest.mark.parametrize("command", [["timeline"], ["export", "--format", "ics"]], ids=["timeline", "export"])
@pytest.mark.parametrize("case", sorted(CASES), ids=sorted(CASES))
def test_bad_input_gives_one_line_naming_the_file_and_exit_2(tmp_path: Path, case: str, command: list[str]) -> None:
    make, needle = CASES[case]
    path = make(tmp_path)
    proc = _cli(command[0], str(path), *command[1:])
    assert proc.returncode == 2, proc.stderr
    assert proc.stdout == ""
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert path.name in lines[0] and needle.lower() in lines[0].lower()
    assert "Traceback" not in proc.stderr


def test_skip_bad_reports_every_bad_input_and_carries_on(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    bad: dict[str, tuple[Path, str]] = {}
    for case, (make, needle) in sorted(CASES.items()):
        folder = tmp_path / case
        folder.mkdir()
        bad[case] = (make(folder), needle)
    # good input in the middle: reading goes on past bad inputs on both sides of it
    cases = sorted(bad)
    paths = [str(bad[c][0]) for c in cases[:3]] + [str(good)] + [str(bad[c][0]) for c in cases[3:]]
    proc = _cli("export", *paths, "--format", "json", "--skip-bad")
    assert proc.returncode == 0, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == len(cases)
    for line, case in zip(lines, cases, strict=True):
        path, needle = bad[case]
        assert str(path) in line and needle.lower() in line.lower(), (case, line)
    plan = json.loads(proc.stdout)
    assert [a["id"] for a in plan["articles"]] == ["good"]
    assert plan["events"]


def test_skip_bad_with_nothing_readable_is_still_an_error(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    proc = _cli("timeline", str(tmp_path / "nowhere.txt"), str(tmp_path / "empty.txt"), "--skip-bad")
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert "nowhere.txt" in lines[0] and "empty.txt" in lines[1]
    assert "no readable article" in lines[-1] and "Traceback" not in proc.stderr


def test_export_to_a_file_writes_nothing_on_bad_input(tmp_path: Path) -> None:
    out = tmp_path / "out.ics"
    proc = _cli("export", str(tmp_path / "nowhere.txt"), "--format", "ics", "-o", str(out))
    assert proc.returncode == 2 and not out.exists()
