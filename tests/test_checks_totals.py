"""CC209 total-vs-parts and the facts' `grouped` reading, on sentences written for these tests."""

from __future__ import annotations

import pytest

from claimcheck.ingest import from_text


def total_flags(pipeline, text: str):
    doc = pipeline(from_text(text, date="2024-05-02"))
    return [f for f in doc.flags if f.id == "CC209"], doc


def test_facts_read_a_count_of_coordinated_nouns_as_grouped(preview_pipeline):
    _flags, doc = total_flags(preview_pipeline, "The march drew 900 students and teachers. Five buses and two vans "
                                                "carried them.")
    grouped = {f.claim.text: f.grouped for f in doc.facts}
    assert grouped["900"] == ("student", "teacher")
    assert grouped["Five"] == () and grouped["two"] == ()  # each noun has its own figure: a breakdown, not a group


@pytest.mark.parametrize("text", [
    "The district employs 3,200 nurses, the union said.\n\nIt also employs 1,100 midwives.\n\n"
    "In all, about 6,000 nurses and midwives will strike on Monday.",
    "The festival hired 40 cooks.\n\nIt also hired 15 cleaners.\n\nAltogether 75 cooks and cleaners worked there.",
])
def test_a_total_its_parts_do_not_make_is_flagged(preview_pipeline, text):
    flags, _doc = total_flags(preview_pipeline, text)
    assert len(flags) == 1 and len(flags[0].evidence) == 3


@pytest.mark.parametrize("text", [
    # the parts add up, exactly or within the hedge
    "The district employs 3,200 nurses, the union said.\n\nIt also employs 1,100 midwives.\n\n"
    "In all, about 4,300 nurses and midwives will strike on Monday.",
    "The festival hired 40 cooks.\n\nIt also hired 15 cleaners.\n\nAltogether about 57 cooks and cleaners worked there.",
    # a kind without a count of its own
    "The festival hired 40 cooks.\n\nAltogether 75 cooks and cleaners worked there.",
    # the breakdown in the total's own sentence is another rule's
    "The march drew 900 students and teachers: 850 students and 20 teachers.",
])
def test_quiet_when_the_parts_add_up_or_are_missing(preview_pipeline, text):
    flags, _doc = total_flags(preview_pipeline, text)
    assert flags == []
