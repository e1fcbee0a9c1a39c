"""Consistency checks: the `Checker` stage runs every enabled rule and fills `doc.flags`.

Rule families, one module each: `numeric` (CC101–CC103, CC105–CC107, one quantity given two values), `dates`
(CC104, one event given two times), `derived`
(CC201–CC205, figures derived from others in a sentence), `shares` (CC206), `changes` (CC207), `rates` (CC208, a
rate, its base and their product), `totals` (CC209, a total of several kinds against each kind's count),
`attributes` (CC210, one person or body given two ages, nationalities or a role held alone), `loads` (CC211, a
load no vehicle of its kind has carried), `statements`
(CC301–CC304, contradictions: the NLI model's, times and denials it can veto, and acts after a death). `registry` holds the codes, names, default severities and
explain texts; the settings'
`severity_overrides` change a rule's severity or turn it "off"; `select`, `ignore` and `preview` choose which
rules run (`registry.enabled_rules`). A flag's confidence is its rule's measured precision at its raw score
(`calibration`).
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from claimcheck.checks.calibration import shipped_calibration
from claimcheck.checks.registry import RULES, Rule, effective_severities, enabled_rules, get_rule
from claimcheck.document import Document, Flag
from claimcheck.errors import ModelError
from claimcheck.lexicon import settings_vectors

__all__ = ["CheckStats", "Checker", "RULES", "Rule", "get_rule"]

NUMERIC_RULES = {"CC101", "CC102", "CC103", "CC105", "CC106", "CC107"}
DATE_RULES = {"CC104"}
DERIVED_RULES = {"CC201", "CC202", "CC203", "CC204", "CC205"}
# A rule whose reading may find what another finds on the very same places: "£20m + £15m + £25m" over a "£50m"
# told apart is CC202's parts over a total, not CC209's sum off its total as well.
REPEATS = {"CC209": "CC202"}
SHARE_RULES = {"CC206"}
CHANGE_RULES = {"CC207"}
RATE_RULES = {"CC208"}
TOTAL_RULES = {"CC209"}
ATTRIBUTE_RULES = {"CC210"}
LOAD_RULES = {"CC211"}
DEATH_RULES = {"CC304"}
STATEMENT_RULES = {"CC301", "CC302", "CC303", "CC305", "CC306"}


@dataclass
class CheckStats:
    """What the checks cost so far, for benchmarks: articles, words, seconds and NLI pairs scored."""

    articles: int = 0
    words: int = 0
    seconds: float = 0.0
    nli_pairs: int = 0


class Checker:
    """Pipeline stage: runs the enabled rules over the claims and sentences and sets `doc.flags`.

    Reads `doc.sentences`, `doc.entities`, `doc.nlp` (segment) and `doc.claims` (claims; treated as none when
    that stage did not run). The NLI model is loaded when an article first has sentence pairs for it to score; when
    it cannot be loaded, CC301-CC303, CC305 and CC306 are skipped with a warning on the Document and the other rules
    still run.
    """

    name = "checks"

    def __init__(self, resources) -> None:
        self.resources = resources
        self.settings = resources.settings
        self.severities = effective_severities(self.settings.severity_overrides)
        self.enabled = enabled_rules(self.settings.select, self.settings.ignore, self.settings.preview,
                                     self.severities)
        self.stats = CheckStats()
        self.calibration = shipped_calibration() if self.settings.calibrated_confidence else None

    def __call__(self, doc: Document) -> None:
        started = time.perf_counter()
        if doc.facts is None:  # a Document that skipped the facts stage (a custom pipeline): read them now
            from claimcheck.facts import FactExtractor

            FactExtractor()(doc)
        flags: list[Flag] = []
        figures_nli = _LazyNli(self.resources)
        flags += self._run(doc, NUMERIC_RULES, _numeric, doc, self.settings, figures_nli)
        for codes, family in ((DATE_RULES, _dates), (DERIVED_RULES, _derived),
                              (SHARE_RULES, _shares), (CHANGE_RULES, _changes), (RATE_RULES, _rates),
                              (TOTAL_RULES, _totals), (ATTRIBUTE_RULES, _attributes), (LOAD_RULES, _loads),
                              (DEATH_RULES, _after_death)):
            flags += self._run(doc, codes, family, doc, self.settings)
        self.stats.nli_pairs += figures_nli.pairs
        flags = [f for f in flags if f.id in self.enabled]
        if self.enabled & STATEMENT_RULES and doc.sentences:
            from claimcheck.checks.statements import statement_flags

            covered = {_sentence_pair(doc, f) for f in flags}
            nli = _LazyNli(self.resources)
            flags += self._run(doc, STATEMENT_RULES, statement_flags, doc, self.settings, nli, self.enabled, covered)
            self.stats.nli_pairs += nli.pairs
        doc.flags = self._finish(flags)
        self.stats.articles += 1
        self.stats.words += len(doc.text.split())
        self.stats.seconds += time.perf_counter() - started

    def _run(self, doc: Document, codes: set[str], family, *args) -> list[Flag]:
        """The flags of one family of rules, when any of them is enabled; a rule that fails leaves a warning with
        its codes on the Document and the other families still run."""
        wanted = sorted(self.enabled & codes)
        if not wanted:
            return []
        try:
            return family(*args)
        except ModelError as exc:  # the NLI model could not be loaded
            doc.warnings.append(f"{', '.join(wanted)} not run: {exc}")
            return []
        except Exception as exc:  # a bug in one rule must not lose the article's other findings
            doc.warnings.append(f"{', '.join(wanted)} not run: internal error {type(exc).__name__}: {exc}")
            return []

    def _finish(self, flags: list[Flag]) -> list[Flag]:
        """Enabled flags only, with their configured severity, one per fingerprint, none that a rule it repeats
        (`REPEATS`) raises on the very same places, in text order."""
        unique: dict[str, Flag] = {}
        for flag in flags:
            if flag.id not in self.enabled:
                continue
            flag.severity = self.severities[flag.id]  # type: ignore[assignment]
            if self.calibration is not None:
                flag.confidence = round(self.calibration.confidence(flag.id, flag.confidence), 3)
            if flag.fingerprint not in unique or flag.confidence > unique[flag.fingerprint].confidence:
                unique[flag.fingerprint] = flag
        told = {(flag.id, _places(flag)) for flag in unique.values()}
        kept = [f for f in unique.values() if (REPEATS.get(f.id), _places(f)) not in told]
        return sorted(kept, key=lambda f: (min((e.start for e in f.evidence), default=0), f.id))


def _places(flag: Flag) -> tuple[tuple[int, int], ...]:
    """The spans a flag cites, in order: two flags citing the same places tell of the same figures."""
    return tuple(sorted((e.start, e.end) for e in flag.evidence))


class _LazyNli:
    """The NLI model, loaded only when an article has pairs to score (an article without candidate pairs never
    imports torch's model stack); counts the pairs it scores. Loading raises ModelError when the model is missing."""

    def __init__(self, resources) -> None:
        self.resources = resources
        self.pairs = 0

    def predict(self, pairs):
        if not pairs:
            return []
        self.pairs += len(pairs)
        return self.resources.nli.predict(pairs)


def _numeric(doc: Document, settings, nli) -> list[Flag]:
    from claimcheck.checks.numeric import figure_flags

    return figure_flags(doc, settings, nli)


def _dates(doc: Document, settings) -> list[Flag]:
    from claimcheck.checks.dates import date_flags

    return date_flags(doc)


def _derived(doc: Document, settings) -> list[Flag]:
    from claimcheck.checks.derived import derived_flags

    return derived_flags(doc, settings)


def _shares(doc: Document, settings) -> list[Flag]:
    from claimcheck.checks.shares import share_flags

    return share_flags(doc, settings, settings_vectors(settings))


def _changes(doc: Document, settings) -> list[Flag]:
    from claimcheck.checks.changes import change_flags

    return change_flags(doc, settings)


def _rates(doc: Document, settings) -> list[Flag]:
    from claimcheck.checks.rates import rate_flags

    return rate_flags(doc, settings, settings_vectors(settings))


def _after_death(doc: Document, settings) -> list[Flag]:
    from claimcheck.checks.statements import after_death_flags

    return after_death_flags(doc, settings)


def _loads(doc: Document, settings) -> list[Flag]:
    from claimcheck.checks.loads import load_flags

    return load_flags(doc, settings)


def _totals(doc: Document, settings) -> list[Flag]:
    from claimcheck.checks.totals import total_flags

    return total_flags(doc, settings)


def _attributes(doc: Document, settings) -> list[Flag]:
    from claimcheck.checks.attributes import attribute_flags

    return attribute_flags(doc, settings)


def _sentence_pair(doc: Document, flag: Flag) -> frozenset[int]:
    """The sentences a flag's evidence lies in, so the NLI rules do not repeat it."""
    return frozenset(i for e in flag.evidence if (i := doc.sentence_index(e.start)) is not None)
