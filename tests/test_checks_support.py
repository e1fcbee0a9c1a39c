"""Helpers for the checks' tests: Documents built from texts the tests write, with claims at real offsets."""

from __future__ import annotations

from claimcheck.checks import Checker
from claimcheck.document import Claim, Document
from claimcheck.ingest import from_text
from claimcheck.pipeline import Resources
from claimcheck.segment import Segmenter
from claimcheck.settings import Settings


def make_doc(nlp, text: str, claims: list[tuple], date: str | None = "2025-06-18") -> Document:
    """Segment `text` and attach claims given as (snippet, kind, value, extra fields); a snippet may end in #N
    to pick its N-th occurrence."""
    doc = from_text(text, date=date)
    Segmenter(nlp)(doc)
    doc.claims = []
    for snippet, kind, value, *rest in claims:
        extra = rest[0] if rest else {}
        occurrence = 1
        if "#" in snippet:
            snippet, n = snippet.rsplit("#", 1)
            occurrence = int(n)
        start = -1
        for _ in range(occurrence):
            start = text.index(snippet, start + 1)
        end = start + len(snippet)
        doc.claims.append(Claim(start, end, snippet, kind, value=value, sentence=doc.sentence_index(start), **extra))
    return doc


class FixedNli:
    """A stand-in NLI model: every pair gets the same probabilities; records what it was asked."""

    def __init__(self, contradiction: float = 0.0, entailment: float = 0.0) -> None:
        from claimcheck.nli.model import NliResult

        self.result = NliResult(entailment, 1.0 - contradiction - entailment, contradiction)
        self.calls: list[tuple[str, str]] = []

    def predict(self, pairs):
        self.calls += list(pairs)
        return [self.result for _ in pairs]


class FakeResources(Resources):
    """Resources whose NLI model is a `FixedNli` (or missing, when None)."""

    def __init__(self, settings: Settings, nli=None) -> None:
        super().__init__(settings)
        self._fake = nli

    @property
    def nli(self):  # type: ignore[override]
        if self._fake is None:
            from claimcheck.errors import ModelError

            raise ModelError("NLI model not found at /nowhere")
        return self._fake


def run_checks(doc: Document, settings: Settings | None = None, nli=None) -> Document:
    """Run the Checker stage over a prepared Document, preview rules included unless `settings` say otherwise."""
    Checker(FakeResources(settings or Settings(preview=True), nli))(doc)
    return doc


def codes(doc: Document) -> list[str]:
    """The rule codes of a Document's flags, in order."""
    return [f.id for f in doc.flags or []]
