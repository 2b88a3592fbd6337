"""Command line: parse options, call the library, render. Nothing else lives here."""

from __future__ import annotations

import datetime as dt
import functools
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from itinerary.errors import BadInputError, ItineraryError
from itinerary.export.output import FORMATS

if TYPE_CHECKING:
    from itinerary.model import Itinerary

# The pipeline (grammar, gazetteer, reconciliation: most of the start-up time), the models (pydantic builds
# them at import) and the renderers are imported by the commands that run them, so that --help, --version
# and a mistyped option answer at once.

DEFAULT_INPUT = "seeds"
F = TypeVar("F", bound=Callable[..., Any])


def _date(ctx: click.Context, param: click.Parameter, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date of the form YYYY-MM-DD") from None


def _fail(message: str) -> None:
    click.echo(f"itinerary: error: {message}", err=True)
    sys.exit(2)


def _guarded(command: F) -> F:
    """Bad input -> one line on stderr and exit 2; anything unexpected -> one line and exit 1."""

    @functools.wraps(command)
    def run(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except ItineraryError as error:
            _fail(str(error))
        except BrokenPipeError:
            # "itinerary timeline | head": the reader has gone; stop quietly, as Unix tools do.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            sys.exit(0)
        except (click.exceptions.Exit, click.ClickException, SystemExit, KeyboardInterrupt):
            raise
        except Exception as error:  # noqa: BLE001 - the CLI's last line of defence
            click.echo(f"itinerary: internal error: {type(error).__name__}: {error}", err=True)
            sys.exit(1)

    return run  # type: ignore[return-value]


dct_option = click.option("--dct", callback=_date, metavar="YYYY-MM-DD",
                          help="Publication date for articles that carry none (anchors 'on Monday', 'last year').")
def _zone(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    try:
        import zoneinfo

        zoneinfo.ZoneInfo(value)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        raise click.BadParameter(f"{value!r} is not a time zone name such as Europe/Lisbon") from None
    return value


tz_option = click.option("--tz", callback=_zone, metavar="ZONE",
                         help="Time zone (IANA name) of clock times whose place is not known.")
skip_option = click.option("--skip-bad", is_flag=True, help="Report unreadable inputs and go on with the rest.")
paths_argument = click.argument("paths", nargs=-1, type=click.Path(path_type=str))


def _itinerary(paths: tuple[str, ...], dct: dt.date | None, skip_bad: bool, tz: str | None = None) -> Itinerary:
    def report(error: BadInputError) -> None:
        click.echo(f"itinerary: skipped: {error}", err=True)

    show_progress = sys.stderr.isatty() and len(paths) > 0

    def progress(article: Any) -> None:
        click.echo(f"\rreading {article.id}", err=True, nl=False)

    from itinerary.pipeline import build_itinerary

    itinerary = build_itinerary(list(paths) or [DEFAULT_INPUT], dct=dct, skip_bad=skip_bad, on_error=report,
                                progress=progress if show_progress else None, default_tz=tz)
    if show_progress:
        click.echo("\r\033[K", err=True, nl=False)
    return itinerary


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="itinerary")
def main() -> None:
    """Reconcile news articles about a trip into one sourced itinerary."""


@main.command()
@paths_argument
@dct_option
@tz_option
@skip_option
@click.option("--color/--no-color", default=None, help="Colour the timeline (default: only on a terminal).")
@click.option("--width", type=click.IntRange(40, 400), default=80, show_default=True)
@_guarded
def timeline(paths: tuple[str, ...], dct: dt.date | None, tz: str | None, skip_bad: bool, color: bool | None,
             width: int) -> None:
    """The reconciled itinerary as a text timeline. PATHS: article files or folders (default: seeds/)."""
    itinerary = _itinerary(paths, dct, skip_bad, tz)
    from itinerary.export.text import render_text

    use_color = sys.stdout.isatty() if color is None else color
    render_text(itinerary, sys.stdout, color=use_color, width=width)


@main.command()
@paths_argument
@click.option("--format", "fmt", type=click.Choice(list(FORMATS)), default="json", show_default=True)
@click.option("-o", "--output", default="-", metavar="FILE", help="Where to write ('-' for stdout).")
@dct_option
@tz_option
@skip_option
@_guarded
def export(paths: tuple[str, ...], fmt: str, output: str, dct: dt.date | None, tz: str | None, skip_bad: bool) -> None:
    """The reconciled itinerary as iCalendar, JSON, text, html, md or timelinejs."""
    from itinerary.export.output import render

    data = render(_itinerary(paths, dct, skip_bad, tz), fmt)
    if output == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    else:
        Path(output).parent.mkdir(parents=True, exist_ok=True)
        Path(output).write_bytes(data)


@main.command()
@click.argument("file", type=click.Path(path_type=str))
@dct_option
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@_guarded
def extract(file: str, dct: dt.date | None, as_json: bool) -> None:
    """What one article yields before merging: temporal and event mentions, with spans."""
    from itinerary.export.mentions import render_extract
    from itinerary.ingest import load_article
    from itinerary.pipeline import analyse_article

    article = load_article(file, dct=dct)
    render_extract(article, analyse_article(article), sys.stdout, as_json=as_json)


@main.command()
@click.argument("input_path", metavar="INPUT", type=click.Path(path_type=str))
@dct_option
@click.option("--format", "fmt", type=click.Choice(["timeml", "json"]), default="timeml", show_default=True)
@click.option("-o", "--output", default="-", metavar="OUT",
              help="File (or folder, when INPUT is a folder) to write; '-' for stdout.")
@click.option("--narrative", is_flag=True,
              help="Anchor relative expressions to the previous date, not the creation date (history texts).")
@_guarded
def timex(input_path: str, dct: dt.date | None, fmt: str, output: str, narrative: bool) -> None:
    """Tag TIMEX3 expressions in a plain-text or TimeML document, or in every file of a folder."""
    from itinerary.timeml.tag import tag_file, tag_folder

    if Path(input_path).is_dir():
        if output == "-":
            raise click.UsageError("a folder INPUT needs -o OUT, the folder to write the tagged files to")
        tag_folder(input_path, output, fmt, dct=dct, narrative=narrative)  # type: ignore[arg-type]
        return
    tagged = tag_file(input_path, dct=dct, narrative=narrative, fmt=fmt)  # type: ignore[arg-type]
    if output == "-":
        sys.stdout.write(tagged)
    else:
        Path(output).write_text(tagged, encoding="utf-8")


if __name__ == "__main__":  # pragma: no cover
    main()
