"""CC211 implausible-load and its table, on sentences written for these tests."""

from __future__ import annotations

import pytest

from claimcheck.checks.loads import load_table
from claimcheck.ingest import from_text


def load_flags(pipeline, text: str):
    doc = pipeline(from_text(text, date="2024-05-02"))
    return [f for f in doc.flags if f.id == "CC211"]


def test_load_table_is_documented_and_sane():
    table = load_table()
    assert table.kinds and "carry" in table.carry_verbs
    for kind in table.kinds:
        assert kind.words and kind.source and kind.max_tonnes > 1
    assert table.kind_of("lorry").name == "trucks" and table.kind_of("canoe") is None


@pytest.mark.parametrize("text, cited", [
    ("The cargo jet crashed on take-off. The jet was carrying 2,400 tonnes of flowers.", 1),
    ("Four lorries hauled 9,000 tonnes of gravel to the site on Tuesday.", 2),  # 2,250 tonnes a lorry
    ("The helicopter lifted 400,000 kg of water onto the blaze.", 1),  # units converted: 400 tonnes
])
def test_a_load_beyond_any_vehicle_of_its_kind_is_flagged(pipeline, text, cited):
    flags = load_flags(pipeline, text)  # stable: runs without --preview
    assert len(flags) == 1 and len(flags[0].evidence) == cited
    assert "has carried more than" in flags[0].message


@pytest.mark.parametrize("text", [
    # loads that fit: a big freighter, a tanker, several planes sharing a load
    "The jet was carrying 120 tonnes of flowers.",
    "The tanker was carrying 300,000 tonnes of crude oil.",
    "Twenty planes flew 2,400 tonnes of aid to the island.",
    # many loads: over a year, over several flights
    "The jet carried 2,400 tonnes of flowers last year.",
    "The jet made 30 flights, carrying 2,400 tonnes of flowers in all.",
    # how many is not said, the vehicle's own weight, a kind the table does not list, a denial
    "The aircraft were carrying 2,400 tonnes of aid.",
    "The jet weighs 400 tonnes when fully fuelled.",
    "The boat was carrying 2,400 tonnes of fish.",
    "The jet was not carrying 2,400 tonnes of flowers.",
])
def test_quiet_on_loads_that_fit_or_are_not_one_load(preview_pipeline, text):
    assert load_flags(preview_pipeline, text) == []
