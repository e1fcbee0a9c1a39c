"""What the reports tell a reader beyond the findings: what to check per flag and where the rule is explained,
dismissed flags counted, one word for each quote kind, date ranges kept whole in the 80-column claims table."""

from __future__ import annotations

import re

from claimcheck.document import Claim, Quote
from claimcheck.ingest import from_text
from claimcheck.report.html import render_html
from claimcheck.report.markdown import render_markdown
from claimcheck.report.terminal import render_terminal
from claimcheck.rule_docs import what_to_check

from test_report import annotated_port


def test_every_flag_says_what_to_check_and_where_its_rule_is_explained():
    doc = annotated_port()
    terminal = render_terminal(doc)
    markdown = render_markdown(doc)
    html = render_html(doc)
    for flag in doc.flags:
        advice = what_to_check(flag.id)
        assert advice
        assert " ".join(advice.split()[:4]) in " ".join(terminal.split())
        assert f"(claimcheck rule {flag.id})" in " ".join(terminal.split())
        assert f"check: {advice}" in markdown.replace("\\", "") and f"`claimcheck rule {flag.id}`" in markdown
        assert f'<a href="#rule-{flag.id}">' in html and f'id="rule-{flag.id}"' in html  # the link lands


def test_the_check_line_sits_under_its_flag_in_the_terminal():
    lines = render_terminal(annotated_port()).splitlines()
    head = next(i for i, line in enumerate(lines) if " CC101 " in line)
    assert lines[head + 2].lstrip().startswith("check: ")


def test_dismissed_flags_are_counted_in_the_summary():
    doc = annotated_port()
    doc.flags[0].status = "dismissed"
    assert "1 flag (1 error), 1 dismissed in review" in render_terminal(doc)
    assert "1 dismissed in review" in render_markdown(doc) and "1 dismissed in review" in render_html(doc)


def test_an_indirect_quote_is_reported_in_every_format():
    text = "Rail strike called off\n\nThe union said the strike on Monday would not go ahead.\n"
    doc = from_text(text, id="rail")
    start = text.index("the strike on Monday")
    quote = "the strike on Monday would not go ahead"
    doc.quotes = [Quote(start, start + len(quote), quote, "indirect", speaker="union", speaker_type="organisation")]
    doc.claims, doc.flags = [], []
    assert "reported: “the strike" in render_terminal(doc)
    assert "reported: “the strike" in render_markdown(doc) and "indirect" not in render_markdown(doc)
    assert "reported quote: union" in render_html(doc)


def test_a_date_range_is_never_split_inside_a_date_at_80_columns():
    text = ("The ministry of transport and infrastructure said spending in the first quarter of 2021 rose "
            "sharply.\n")
    doc = from_text(text, id="q1")
    start = text.index("the first quarter of 2021")
    end = start + len("the first quarter of 2021")
    doc.claims = [Claim(start, end, text[start:end], "period", date="2021-01-01/2021-03-31",
                        subject="spending by the national ministry of transport and infrastructure",
                        asserted_by="ministry of transport and infrastructure")]
    doc.quotes, doc.flags = [], []
    table = render_terminal(doc, width=80)
    assert max(len(line) for line in table.splitlines()) <= 80
    dates = re.findall(r"\d{4}-\d{2}-\d{2}", table)
    assert dates == ["2021-01-01", "2021-03-31"]  # both whole, none cut across lines
