"""TimeML in and out, and the TempEval-3 timex scorer."""

from itinerary.timeml.io import read_document, read_plain, read_tml, with_annotations, write_tml
from itinerary.timeml.model import Match, TimeMLDocument, Timex, TimexAnnotation, TimexScores
from itinerary.timeml.score import match_document, score, score_folders
from itinerary.timeml.tag import render, tag_document, tag_file, tag_folder

__all__ = [
    "Match",
    "TimeMLDocument",
    "Timex",
    "TimexAnnotation",
    "TimexScores",
    "match_document",
    "read_document",
    "read_plain",
    "read_tml",
    "render",
    "score",
    "score_folders",
    "tag_document",
    "tag_file",
    "tag_folder",
    "with_annotations",
    "write_tml",
]
