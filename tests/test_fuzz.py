"""Property-based tests of `claimcheck.check` over generated texts (Hypothesis).

Texts mix random Unicode with the pieces news is made of: every quotation-mark style, currencies and scales,
numbers (negative, huge, spelled out), dates valid and not, statements and their denials (so that sentence pairs
reach the NLI rules), newlines of every kind, long one-line texts, huge texts and empty ones. For each text: no exception (an empty text is refused with `InputError`, nothing else),
every span inside the text and its `text` equal to the slice, the JSON report valid against the shipped schema,
and the same result when the same text is checked again.

The `ci` profile (the default) runs 300 examples; `make fuzz` runs the `fuzz` profile, 10,000, and prints the
counts.
"""

from __future__ import annotations

import os
from collections import Counter
from datetime import date

import jsonschema
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import claimcheck
from claimcheck.document import Document, document_to_dict
from claimcheck.errors import InputError
from claimcheck.report.json_report import load_schema

_SLOW_OK = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example]
settings.register_profile("ci", max_examples=300, deadline=None, suppress_health_check=_SLOW_OK)
settings.register_profile("fuzz", max_examples=10_000, deadline=None, suppress_health_check=_SLOW_OK,
                          print_blob=True)
settings.load_profile(os.environ.get("CLAIMCHECK_FUZZ_PROFILE", "ci"))

COUNTS: Counter[str] = Counter()

QUOTES = ['"{}"', "“{}”", "‘{}’", "'{}'", "«{}»", "„{}“", "‚{}‘", "「{}」", "‹{}›", "»{}«", "''{}''",
          "“{}"]
CURRENCIES = ["${}", "€{}", "£{}", "¥{}", "₹{}", "{} USD", "US${}", "{} euros", "Rs {}", "{} dollars", "CHF {}",
              "{} yuan", "A${}", "{}p", "$ {}", "EUR{}"]
SCALES = ["", " million", " billion", "m", "bn", " thousand", "k", " trillion", " crore", " lakh", " mln", "M"]
SPELLED = ["zero", "one", "twelve", "a dozen", "half", "two-thirds", "a quarter", "hundreds", "a million", "1/2",
           "0.5", "1e6", "-4", "−3", "1,000,000.5", "9" * 40, "0", "00", ".5", "1.2.3", "1,2", "3½", "٣"]
DATES = ["last year", "next month", "yesterday", "on Monday", "in the first quarter", "Q3 2024", "the three months to "
         "June 30", "2024-11", "Feb 30, 2023", "31/02/2020", "1999-99-99", "a year earlier", "in the 1990s",
         "since 2019", "between 2020 and 2023", "two years ago", "next week", "this summer", "fiscal 2025"]
WORDS = ["The council", "said", "approved", "sales", "rose", "fell", "doubled", "from", "to", "a plan", "according to",
         "Reuters", "told reporters", "tripled", "halved", "of", "and", "the deficit", "President Ana Smith", "he",
         "she", "they", "officials", "the company", "per", "each", "for", "at", "rifles", "tonnes", "denied", "not",
         "was", "were", "will", "percent", "up", "down", "reported TASS", "the ministry", "times", "a total of",
         "including", "people", "killed", "injured", "worth", "deal", "budget", "about", "more than", "nearly"]
BREAKS = [".", ",", ";", ":", "\n", "\n\n", "—", "-", "(", ")", " ", "\t", "\r\n", "\r", "\u2028", "\u2029", "\x0c",
          "\x00", "\x1b[2J", "\u202e", "\ufeff", "…", "?", "!", "\u00a0", "\u200b"]


def _number_text(value: int | float, style: int) -> str:
    if isinstance(value, float):
        return f"{value:,.2f}" if style else f"{value:.3g}"
    return f"{value:,}" if style else str(value)


numbers = st.one_of(
    st.builds(_number_text, st.integers(-10**13, 10**13), st.integers(0, 1)),
    st.builds(_number_text, st.floats(-1e12, 1e12, allow_nan=False), st.integers(0, 1)),
    st.sampled_from(SPELLED),
)
money = st.builds(lambda c, n, s: c.format(n + s), st.sampled_from(CURRENCIES), numbers, st.sampled_from(SCALES))
percent = st.builds(lambda n, unit: n + unit, numbers,
                    st.sampled_from(["%", " %", " percent", " per cent", " percentage points", " pp", " basis points"]))
dates = st.one_of(
    st.builds(lambda d, f: d.strftime(f), st.dates(date(1, 1, 1), date(9999, 12, 31)),
              st.sampled_from(["%B %d, %Y", "%d %B %Y", "%Y-%m-%d", "%b. %d", "%d/%m/%Y", "%A, %B %d", "%Y"])),
    st.sampled_from(DATES),
)
token = st.one_of(st.sampled_from(WORDS), money, percent, dates, numbers, st.text(max_size=12),
                  st.sampled_from(BREAKS))
sentence = st.lists(token, max_size=15).map(" ".join)
quoted = st.builds(lambda q, s, tail: q.format(s) + tail, st.sampled_from(QUOTES), sentence,
                   st.sampled_from([", he said.", " said the minister.", "", ", according to AP.",
                                    ", Smith told Reuters.", " — she added", ' said "the officials".']))
NAMES = ["Meridian Foods", "The central bank", "President Ana Smith", "The council", "Harbor City police"]
ACTS = [("paid a dividend", "has never paid a dividend"), ("raised interest rates", "did not raise interest rates"),
        ("approved the plan", "has not approved the plan"), ("signed the agreement", "did not sign the agreement"),
        ("attended the talks", "did not attend the talks")]
statement = st.builds(lambda who, act, denied, when, tail: f"{who} {act[denied]} {when}{tail}",  # pairs for CC3xx
                      st.sampled_from(NAMES), st.sampled_from(ACTS), st.booleans(), dates,
                      st.sampled_from([".", ", the filing shows.", ", officials said.", ", according to Reuters."]))
paragraph = st.lists(st.one_of(sentence, quoted, statement), min_size=1, max_size=4).map(" ".join)
article = st.lists(paragraph, max_size=5).map(lambda ps: "\n\n".join(ps))
one_line = st.builds(lambda s, n: (s.replace("\n", " ") + " ") * n, sentence, st.integers(3, 40))
huge = st.builds(lambda p, n: "\n\n".join([p] * n), paragraph, st.integers(20, 120))
blank = st.sampled_from(["", " ", "\n\n\n", "\t \r\n", "\x00", "\x00 \x00", "\u00a0\u2028"])
texts = st.integers(0, 99).flatmap(
    lambda k: huge if k == 0 else blank if k < 4 else st.text(max_size=3000) if k < 20 else one_line if k < 30
    else article)


@pytest.fixture(scope="module", autouse=True)
def report_counts():
    """Print what the generated texts came to, once the module is done (shown with `pytest -s`)."""
    yield
    print(f"\nfuzz: {COUNTS['texts']} texts: {COUNTS['checked']} checked ({COUNTS['with flags']} with flags), "
          f"{COUNTS['refused as empty']} refused as empty, {COUNTS['exceptions']} exceptions")


def span_problems(doc: Document) -> list[str]:
    """Spans outside the text, and copied texts that differ from the slice they claim to be."""
    size = len(doc.text)
    spans = [*doc.paragraphs, *doc.sentences, *doc.entities, *doc.non_body]
    for quote in doc.quotes or []:
        spans += [s for s in (quote.speaker_mention, quote.cue) if s is not None]
    spans += [c.subject_span for c in doc.claims or [] if c.subject_span is not None]
    copied = [*(doc.quotes or []), *(doc.claims or []), *(e for f in doc.flags or [] for e in f.evidence)]
    problems = [f"span [{s.start}, {s.end}) outside {size}" for s in [*spans, *copied]
                if not 0 <= s.start <= s.end <= size]
    problems += [f"text {item.text!r} != slice {doc.text[item.start:item.end]!r}" for item in copied
                 if item.text != doc.text[item.start:item.end]]
    return problems


def has_no_text(text: str) -> bool:
    return not text.replace("\x00", "").strip()


@given(texts)
@example("The council\n\n「」\n\nMeridian Foods paid a dividend last year.")  # an entity of only a line break
@example("The council " * 13)  # a body's name that ends the text, after a title's word
@example("\n\n".join(["»The council according to«, he said."] * 3))  # a quote mark never closed before the end
def test_check_never_raises_and_keeps_its_spans_schema_and_result(text):
    COUNTS["texts"] += 1
    try:
        doc = claimcheck.check(text)
    except InputError:
        COUNTS["refused as empty"] += 1
        assert has_no_text(text), "InputError on a text that has text"
        return
    except Exception:
        COUNTS["exceptions"] += 1
        raise
    assert not has_no_text(text)
    assert span_problems(doc) == []
    report = document_to_dict(doc)
    errors = [e.message for e in jsonschema.Draft202012Validator(load_schema()).iter_errors(report)]
    assert errors == []
    assert document_to_dict(claimcheck.check(text)) == report, "a second check of the same text differs"
    COUNTS["checked"] += 1
    COUNTS["with flags"] += bool(doc.flags)
