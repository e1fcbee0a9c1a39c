"""Recognise the lines of an article that are not its own statements.

Headlines (and their repetition), photo captions and credits, bylines, "Updated:" stamps, date lines and the
opening dateline ("GENEVA (Reuters) —") are marked as non-body spans so that quote and claim extraction
skip them. Only the header block (before the first real paragraph) is searched for headlines, bylines and
stamps; captions with a photo credit, page furniture lines ("Share this article", "WATCH: ...", "Story
continues below advertisement", "RELATED: ...", "Read more: ...") and pull-quote credits ("—The mayor, on the
flood") are recognised anywhere.
"""

from __future__ import annotations

import re

from claimcheck.document import Span

_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_DATE_LINE = re.compile(
    rf"""^\s*(?:(?:updated|published|posted|last\ updated)\s*:?\s*)?
    (?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?
    (?:
        \d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{2,4}}
      | \d{{4}}-\d{{2}}-\d{{2}}
      | (?:{_MONTHS})\.?\s+\d{{1,2}},?\s+\d{{4}}
      | \d{{1,2}}\s+(?:{_MONTHS})\.?,?\s+\d{{4}}
    )
    (?:[\s,]+(?:at\s+)?\d{{1,2}}[:.]\d{{2}}\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{{2,4}})?)?\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
_STAMP = re.compile(r"^\s*(?:updated|published|posted|last updated)\s*:?\s*$", re.IGNORECASE)
_BYLINE = re.compile(r"^\s*(?:by|from|words by|reporting by)\s+[A-Z][\w.'’-]+(?:\s+[\w.'’-]+){0,5}\s*$", re.IGNORECASE)
_NAME_LINE = re.compile(r"^\s*(?:[A-Z][a-z'’.-]+|[A-Z]\.|van|von|de|der|da|di|le|la|bin|al)(?:\s+(?:[A-Z][a-zA-Z'’.-]+|van|von|de|der|da|di|le|la|bin|al)){1,4}\s*(?:,\s*[A-Z][\w ]{2,40})?$")
_CREDIT = re.compile(
    r"\((?:[^()]{0,80}[/|]\s*)?[^()]{0,60}(?:photo|photograph|image|getty|afp|reuters|ap|epa|via|credit|pool)[^()]{0,40}\)\s*\.?\s*$",
    re.IGNORECASE,
)
# Page furniture a news site puts between paragraphs: sharing and follow prompts, video and advertisement
# markers, links to other stories.
_BOILERPLATE = re.compile(
    r"""^\s*(?:
        (?:share|tweet|email|print)(?:\s+(?:this|the))?(?:\s+(?:article|story|page|on\s+\w+))?\s*:?
      | (?:watch|video|listen|related|read\s+more|more|see\s+also|also\s+read|click\s+here|sign\s+up|subscribe
          |follow\s+us|trending|recommended|sponsored|promoted)\b\s*[:|—–-].*
      | (?:story|article)\s+continues\s+below(?:\s+(?:this\s+)?advertisement)?\.?
      | advertisement|advertising|ad|sponsored\s+content|skip\s+ad|close\s+ad
      | (?:sign\s+up|subscribe)\s+(?:to|for)\s+.{0,80}
      | follow\s+us\s+on\s+.{0,60}
    )\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
# A pull-quote credit on a line of its own: a dash, then who said it, no sentence ("—Zinichev on the rescue").
_PULL_CREDIT = re.compile(r"^\s*[—–]\s*\S[^.!?\n]{0,150}$")
_CAPTION_START = re.compile(r"^\s*(?:photo|file photo|a file image|file image|caption|pictured|above|image)\b", re.IGNORECASE)
_DATELINE = re.compile(
    r"^(?:[A-Z][A-Z .'’-]{1,40}(?:,\s*[A-Z][A-Za-z .]{1,30})?\s*(?:\([A-Za-z .&]{1,40}\))?\s*[—–-]{1,2}\s+)"
)


def parse_date(line: str) -> str | None:
    """An ISO date from a date line such as '12/7/2021', 'Dec. 7, 2021' or '7 December 2021'."""
    if not _DATE_LINE.match(line):
        return None
    import dateparser

    cleaned = re.sub(r"^\s*(?:updated|published|posted|last updated)\s*:?\s*", "", line, flags=re.IGNORECASE)
    parsed = dateparser.parse(cleaned, languages=["en"], settings={"DATE_ORDER": "MDY", "PREFER_DAY_OF_MONTH": "first"})
    return parsed.date().isoformat() if parsed else None


def _lines(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for line in text.split("\n"):
        spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


def _is_body_paragraph(line: str) -> bool:
    words = line.split()
    return len(words) >= 12 and not _CREDIT.search(line) and not _CAPTION_START.match(line)


def _looks_like_headline(line: str) -> bool:
    """A first line of at most 25 words that does not end like a sentence."""
    return len(line.split()) <= 25 and not line.rstrip().endswith((".", "”", '"', "’", "'", ":", ";"))


def find_non_body(text: str, title: str | None = None) -> tuple[list[Span], dict[str, str]]:
    """Mark non-body lines; return the spans and the metadata they reveal (title, byline, date)."""
    spans: list[Span] = []
    found: dict[str, str] = {}
    lines = _lines(text)
    in_header = True
    headline = title.strip() if title else None
    for start, end in lines:
        line = text[start:end]
        stripped = line.strip()
        if not stripped:
            continue
        lead = start + (len(line) - len(line.lstrip()))
        tail = end - (len(line) - len(line.rstrip()))
        if _BOILERPLATE.match(stripped):
            spans.append(Span(lead, tail, "boilerplate"))
            continue
        if in_header and headline is None and _looks_like_headline(stripped):
            headline = stripped
            found["title"] = stripped
            spans.append(Span(lead, tail, "headline"))
            continue
        if in_header and _is_body_paragraph(stripped):
            in_header = False
            match = _DATELINE.match(stripped)
            if match and len(match.group(0)) < 60:
                spans.append(Span(lead, lead + len(match.group(0).rstrip()), "dateline"))
            continue
        label = None
        if _PULL_CREDIT.match(stripped) and len(stripped.split()) <= 25:
            label = "credit"
        elif _CREDIT.search(stripped) or _CAPTION_START.match(stripped):
            label = "caption"
        elif in_header:
            if headline is not None and stripped == headline:
                label = "headline"
            elif _STAMP.match(stripped):
                label = "stamp"
            elif (iso := parse_date(stripped)) is not None:
                found.setdefault("date", iso)
                label = "stamp"
            elif _BYLINE.match(stripped) or (_NAME_LINE.match(stripped) and "byline" not in found):
                found.setdefault("byline", re.sub(r"^\s*by\s+", "", stripped, flags=re.IGNORECASE))
                label = "byline"
        if label:
            spans.append(Span(lead, tail, label))
    return spans, found
