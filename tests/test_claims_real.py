"""The claim stage on the constructions of real news (issue 22): every currency and scale, dates resolved as a reader
does, identifiers left out, vague and paired counts. Each construction has true cases and quiet look-alikes, on
sentences written for these tests."""

from __future__ import annotations

import pytest

from claimcheck.claims import ClaimExtractor
from claimcheck.claims.money import currency_after, currency_before, currency_name
from claimcheck.ingest import from_text
from claimcheck.segment import Segmenter


@pytest.fixture(scope="module")
def extract(nlp):
    """The claims of a body text under a headline, in an article dated `date` (a Wednesday by default)."""
    segmenter, extractor = Segmenter(nlp), ClaimExtractor()

    def run(body: str, date: str | None = "2025-05-14"):
        doc = from_text(f"A headline for the test\n\n{body}", date=date)
        segmenter(doc)
        extractor(doc)
        return {c.text: c for c in doc.claims}

    return run


# Money ---------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, span, value, unit", [
    ("The stake is worth 50 million USD, analysts said.", "50 million USD", 5e7, "USD"),
    ("Madrid paid 40 million pesetas for the painting in 1990.", "40 million pesetas", 4e7, "ESP"),
    ("Warsaw will spend 3 billion złoty on rail.", "3 billion złoty", 3e9, "PLN"),
    ("The fund lost 120 million kronor in the quarter.", "120 million kronor", 1.2e8, "SEK"),
    ("Eskom borrowed 5 bn rand from the state.", "5 bn rand", 5e9, "ZAR"),
    ("The mine cost R2.5bn to build.", "R2.5bn", 2.5e9, "ZAR"),
    ("The importer owes 80 million Mexican pesos.", "80 million Mexican pesos", 8e7, "MXN"),
    ("Exports reached $10 bln in the year.", "$10 bln", 1e10, "USD"),
    ("The project budget is 12 MUSD.", "12 MUSD", 1.2e7, "USD"),
    ("Their offer was 250 kEUR for the site.", "250 kEUR", 2.5e5, "EUR"),
    ("Profit was USD 10m after tax.", "USD 10m", 1e7, "USD"),
    ("Rent in Nairobi rose to Ksh 30,000 a month.", "Ksh 30,000", 3e4, "KES"),
    ("The Taipei chipmaker earned NT$ 5 billion.", "NT$ 5 billion", 5e9, "TWD"),
    ("He donated half a million dollars to the school.", "half a million dollars", 5e5, "USD"),
    ("A ticket cost five dollars and fifty cents.", "five dollars and fifty cents", 5.5, "USD"),
    ("The fine was 300 € per vehicle.", "300 €", 300, "EUR"),
    ("Wages average 4,000 Czech korunas a month.", "4,000 Czech korunas", 4e3, "CZK"),
])
def test_money_in_every_currency_code_name_and_scale(extract, sentence, span, value, unit):
    claim = extract(sentence)[span]
    assert (claim.kind, claim.unit) == ("money", unit)
    assert claim.value == pytest.approx(value)


@pytest.mark.parametrize("sentence, text", [
    ("The TOP 10 list was published.", "TOP 10"),  # a code that spells a word, before a number
    ("The R5 road was closed.", "R5"),  # the rand sign needs an amount that reads as money
    ("The team scored 10 points.", "10 points"),
    ("The investors own 5 funds.", "5 funds"),
])
def test_look_alikes_are_not_money(extract, sentence, text):
    found = extract(sentence)
    assert all(c.kind != "money" for c in found.values()), found


def test_the_currency_table_is_the_iso_4217_one():
    assert currency_name("PLN") == "Polish Zloty" and currency_name("XAU") is None  # gold is not legal tender
    assert currency_before("MIG-29", 4) == (None, 4)  # a code after a hyphen is a model name
    assert currency_after("5 DKK.", 1, "")[0] == "DKK"
    assert currency_after("5 pounds of flour", 1, "5 pounds of flour")[0] is None  # a weight without money words
