"""An undated article gives the same claims and flags on any day: nothing falls back to today's date."""

from __future__ import annotations

import datetime

import pytest

import claimcheck.claims.dates as claim_dates
from claimcheck.document import document_to_dict
from claimcheck.ingest import from_text

UNDATED = """Exports rise

Exports rose 4% last month, the ministry said.

Exports fell this year, the trade minister said, and were lower than last year.

Imports also rose 2% last month and 3% this year.
"""


def _today_is(monkeypatch, day: datetime.date) -> None:
    """Make `date.today()` in the module that resolves dates answer `day`."""

    class Frozen(datetime.date):
        @classmethod
        def today(cls):
            return day

    monkeypatch.setattr(claim_dates, "date", Frozen)


@pytest.mark.parametrize("day", [datetime.date(2026, 1, 15), datetime.date(2031, 6, 30)])
def test_an_undated_article_checks_the_same_whatever_the_day(pipeline, monkeypatch, day):
    baseline = document_to_dict(pipeline(from_text(UNDATED)))
    _today_is(monkeypatch, day)
    doc = pipeline(from_text(UNDATED))
    assert doc.meta.date is None
    assert doc.statements and all(s.time is None for s in doc.statements), \
        "a relative period was resolved against today"
    assert document_to_dict(doc) == baseline
