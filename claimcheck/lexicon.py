"""How alike two words are, from the input word embeddings of the shipped NLI model (MiniLM).

The checks ask whether two figures measure one thing when the article names it with two words ("contract" and
"deal", "sentence" and "term"). The word-piece embedding matrix of the model already shipped for CC301 answers
that well enough for single nouns (synonyms score about 0.3 to 0.6, unrelated nouns under 0.2), and reading it
takes safetensors and the tokenizer only, never torch, so a report with no candidate pair stays light.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import numpy as np

EMBEDDING_TENSOR = "bert.embeddings.word_embeddings.weight"


class WordVectors:
    """Word vectors (mean of the word's word-piece embeddings, unit length) and their cosine similarity."""

    def __init__(self, model_dir: Path) -> None:
        from safetensors import safe_open
        from tokenizers import Tokenizer

        with safe_open(str(model_dir / "model.safetensors"), framework="np") as weights:
            matrix = weights.get_tensor(EMBEDDING_TENSOR).astype(np.float32)
        self._matrix = matrix / np.maximum(np.linalg.norm(matrix, axis=1, keepdims=True), 1e-8)
        self._tokenizer = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
        self.vector = lru_cache(maxsize=4096)(self._vector)

    def _vector(self, word: str) -> np.ndarray:
        ids = self._tokenizer.encode(word, add_special_tokens=False).ids
        if not ids:
            return np.zeros(self._matrix.shape[1], dtype=np.float32)
        mean = self._matrix[ids].mean(axis=0)
        return mean / max(float(np.linalg.norm(mean)), 1e-8)

    def similarity(self, a: str | None, b: str | None) -> float:
        """Cosine similarity of two words; 1 for the same word, 0 when either is missing."""
        if not a or not b:
            return 0.0
        if a == b:
            return 1.0
        return float(self.vector(a) @ self.vector(b))


@lru_cache(maxsize=4)
def word_vectors(model_dir: Path | None = None) -> WordVectors | None:
    """The word vectors of the NLI model at `model_dir` (default: the shipped one), or None when it is missing."""
    from claimcheck.nli.model import default_model_path

    folder = Path(model_dir) if model_dir is not None else default_model_path()
    if not (folder / "model.safetensors").is_file() or not (folder / "tokenizer.json").is_file():
        return None
    return WordVectors(folder)


def settings_vectors(settings) -> WordVectors | None:
    """The word vectors of the NLI model the settings name (`nli_model`, else the shipped one)."""
    return word_vectors(Path(settings.nli_model) if settings.nli_model else None)
