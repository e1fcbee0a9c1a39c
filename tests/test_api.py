"""The Python API: a str is always text, a Path a file; ordinary texts never crash it."""

from __future__ import annotations

from pathlib import Path

import pytest

import claimcheck
from claimcheck.errors import InputError


def test_a_long_one_line_text_is_text_not_a_file_name():
    text = "Sales rose 5% to $3 million. " * 10  # 290 characters: once an OSError (file name too long)
    doc = claimcheck.check(text)
    assert doc.text == text and doc.claims


def test_a_str_that_names_a_file_is_still_text():
    doc = claimcheck.check("/etc/passwd")
    assert doc.text == "/etc/passwd" and doc.meta.source is None


def test_a_path_or_check_file_reads_the_file(tmp_path):
    article = tmp_path / "story.txt"
    article.write_text("Council approves plan\n\nThe council approved a $12 million plan on Tuesday.\n",
                       encoding="utf-8")
    by_path, by_name = claimcheck.check(article), claimcheck.check_file(str(article))
    assert by_path.text == by_name.text and by_path.meta.source == str(article)
    with pytest.raises(InputError, match="no such file"):
        claimcheck.check_file(tmp_path / "missing.txt")
    with pytest.raises(TypeError, match="not bytes"):
        claimcheck.check(b"bytes are not text")


def test_a_sign_change_under_a_multiplier_does_not_crash_the_rules():
    doc = claimcheck.check("The deficit doubled from -4 million to 8 million dollars, the ministry said.")
    assert doc.flags is not None and not any(f.id == "CC204" for f in doc.flags)
