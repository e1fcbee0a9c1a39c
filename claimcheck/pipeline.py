"""The pipeline: ingest -> segment -> quotes / claims -> facts -> checks, with heavy resources loaded once."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import Callable

from claimcheck.document import Document
from claimcheck.ingest import from_text, read_article
from claimcheck.settings import Settings

Stage = Callable[[Document], None]


class Resources:
    """Models shared by every stage, each loaded on first use and then kept."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    @cached_property
    def nlp(self):
        """The spaCy English pipeline."""
        from claimcheck.segment import load_spacy

        return load_spacy()

    @cached_property
    def nli(self):
        """The project's NLI model behind `predict(pairs)`."""
        from claimcheck.nli.model import NliModel

        return NliModel(self.settings.nli_model, runtime=self.settings.nli_runtime)


def default_stages(resources: Resources) -> list[Stage]:
    """The stages in order. Each is a callable that reads what earlier stages wrote and adds to the Document."""
    from claimcheck.checks import Checker
    from claimcheck.claims import ClaimExtractor
    from claimcheck.facts import FactExtractor
    from claimcheck.quotes import QuoteExtractor
    from claimcheck.segment import Segmenter

    stages: list[Stage] = [Segmenter(resources.nlp), QuoteExtractor()]
    stages.append(ClaimExtractor())  # after quotes: reads them to find who asserts a number
    stages.append(FactExtractor())  # reads the claims and the parse once, for the checks
    stages.append(Checker(resources))  # last: reads the sentences, quotes and claims of every stage above
    return stages


class Pipeline:
    """Runs the stages over Documents; build one and reuse it across articles."""

    def __init__(self, settings: Settings | None = None, stages: list[Stage] | None = None) -> None:
        self.settings = settings or Settings()
        self.resources = Resources(self.settings)
        self._stages = stages

    @property
    def stages(self) -> list[Stage]:
        """The stages, created on first use so that `Pipeline()` itself is cheap."""
        if self._stages is None:
            self._stages = default_stages(self.resources)
        return self._stages

    def __call__(self, doc: Document) -> Document:
        for stage in self.stages:
            stage(doc)
        return doc

    def check(self, text_or_path: str | Path) -> Document:
        """Run every stage over an article: a `str` is the article's text, a `pathlib.Path` a file to read."""
        if isinstance(text_or_path, Path):
            return self.check_file(text_or_path)
        if not isinstance(text_or_path, str):
            raise TypeError("check() takes the article text (str) or a pathlib.Path, "
                            f"not {type(text_or_path).__name__}")
        return self(from_text(text_or_path))

    def check_file(self, path: str | Path) -> Document:
        """Read an article file (.txt, .html or a one-article .jsonl) and run every stage over it."""
        return self(read_article(Path(path), self.settings.max_bytes))
