"""A CrossEncoder-style wrapper around a 3-way NLI sequence-classification model.

`NliModel(path).predict(pairs)` hides loading, batching, truncation, length sorting and device choice.
Loading goes through transformers' real path: a local directory or a hub id, safetensors preferred,
`trust_remote_code` off. Labels are read from the model's own `config.id2label`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from claimcheck.errors import ModelError

LABELS = ("entailment", "neutral", "contradiction")
QUANTIZATION_FILE = "quantization.json"
MODEL_NAME = "nli-minilm-l6"
DEFAULT_MODEL_DIR = Path(__file__).resolve().parent.parent.parent / "models" / MODEL_NAME


def shipped_model_dirs() -> list[Path]:
    """Where the shipped model is looked for: `models/` beside the package in a checkout, then the data
    directory an installed wheel puts it in (`<prefix>/share/claimcheck/`, or the user's for `pip --user`)."""
    import os
    import sysconfig

    schemes = (sysconfig.get_default_scheme(), f"{os.name}_user")
    installed = [Path(sysconfig.get_path("data", scheme)) / "share" / "claimcheck" / MODEL_NAME for scheme in schemes]
    return list(dict.fromkeys([DEFAULT_MODEL_DIR, *installed]))


def default_model_path() -> Path:
    """The model to load when none is named: `$CLAIMCHECK_NLI_MODEL`, else the first shipped one found."""
    import os

    env = os.environ.get("CLAIMCHECK_NLI_MODEL")
    if env:
        return Path(env)
    dirs = shipped_model_dirs()
    return next((d for d in dirs if (d / "config.json").is_file()), dirs[0])


def _not_found(path: Path) -> str:
    if path not in shipped_model_dirs():
        return (f"NLI model not found at {path} (named by nli_model or CLAIMCHECK_NLI_MODEL): point it at a model "
                "directory")
    looked = ", ".join(str(d) for d in shipped_model_dirs())
    return (f"no NLI model found (looked in {looked}): reinstall claimcheck, run `make model` in a checkout, or set "
            "CLAIMCHECK_NLI_MODEL or nli_model in [tool.claimcheck] to a model directory")


@dataclass(frozen=True)
class NliResult:
    """Probabilities of the three NLI labels for one (premise, hypothesis) pair."""

    entailment: float
    neutral: float
    contradiction: float

    @property
    def label(self) -> str:
        """The most probable label."""
        scores = {"entailment": self.entailment, "neutral": self.neutral, "contradiction": self.contradiction}
        return max(scores, key=scores.__getitem__)


def linear_module_names(model) -> list[str]:
    """The names of a model's linear layers, in module order: what int8 quantisation applies to."""
    import torch

    return [name for name, module in model.named_modules() if isinstance(module, torch.nn.Linear)]


def quantize_linear_layers(model, keep_fp32: Sequence[str] = ()):
    """`model` with its linear layers dynamically quantised to int8, one weight scale per output channel.

    Linear modules named in `keep_fp32` stay in fp32: the few whose int8 error moves the output most
    (`claimcheck.nli.quantize` finds them). torch marks its eager quantisation API deprecated (in favour of
    torchao, not installed here); the warnings it prints on every load say nothing a claimcheck user can act
    on, so they are silenced.
    """
    import warnings

    import torch
    from torch.ao.quantization import per_channel_dynamic_qconfig, quantize_dynamic

    linears = linear_module_names(model)
    unknown = set(keep_fp32) - set(linears)
    if unknown:
        raise ModelError(f"quantisation keeps unknown modules in fp32: {sorted(unknown)}")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return quantize_dynamic(model, {name: per_channel_dynamic_qconfig for name in linears if name not in keep_fp32})


def modules_kept_in_fp32(model_dir: Path) -> list[str]:
    """The linear modules a model folder's `quantization.json` keeps in fp32 (none without that file)."""
    import json

    path = Path(model_dir) / QUANTIZATION_FILE
    if not path.exists():
        return []
    try:
        return list(json.loads(path.read_text(encoding="utf-8"))["keep_fp32"])
    except (ValueError, KeyError, TypeError) as exc:
        raise ModelError(f"{path} is not a quantisation record: {exc}") from exc


class NliModel:
    """Score sentence pairs for entailment, neutrality and contradiction.

    Args:
        model_name_or_path: a local model directory or a hub id.
        max_length: pairs are truncated to this many tokens (longest side first).
        batch_size: pairs per forward pass; pairs are sorted by length so padding stays short.
        quantize: apply dynamic int8 quantisation to the linear layers (CPU only, one scale per output
            channel, which keeps accuracy closer to fp32 than one scale per matrix), roughly 1.6x the speed;
            the modules a local folder's `quantization.json` names stay in fp32.
        local_files_only: never touch the network (the default: model hubs are unreachable here).
        keep_fp32: linear modules to leave in fp32 when quantising (default: what the folder's
            `quantization.json` names, or none).
    """

    def __init__(
        self,
        model_name_or_path: str | Path | None = None,
        *,
        max_length: int = 128,
        batch_size: int = 32,
        quantize: bool = True,
        local_files_only: bool = True,
        num_threads: int | None = None,
        keep_fp32: Sequence[str] | None = None,
    ) -> None:
        import torch
        from transformers import AutoModelForSequenceClassification, AutoTokenizer

        path = model_name_or_path if model_name_or_path is not None else default_model_path()
        if isinstance(path, Path) or Path(str(path)).exists() or str(path).startswith((".", "/")):
            if not Path(path).is_dir() or not (Path(path) / "config.json").exists():
                raise ModelError(_not_found(Path(path)))
        if num_threads:
            torch.set_num_threads(num_threads)
        try:
            self.tokenizer = AutoTokenizer.from_pretrained(str(path), local_files_only=local_files_only)
            model = AutoModelForSequenceClassification.from_pretrained(
                str(path),
                local_files_only=local_files_only,
                trust_remote_code=False,
                use_safetensors=True,
                dtype=torch.float32,
            )
        except (OSError, ValueError) as exc:
            raise ModelError(f"could not load NLI model {path}: {exc}") from exc
        model.eval()
        id2label = {int(i): str(name).lower() for i, name in model.config.id2label.items()}
        if sorted(id2label.values()) != sorted(LABELS):
            raise ModelError(f"model {path} is not a 3-way NLI model (labels: {sorted(id2label.values())})")
        self._label_index = {name: i for i, name in id2label.items()}
        if quantize:
            if keep_fp32 is None:
                keep_fp32 = modules_kept_in_fp32(Path(path))  # a hub id has no such file here: none
            model = quantize_linear_layers(model, keep_fp32)
        self.quantized = quantize
        self.kept_in_fp32 = tuple(keep_fp32) if quantize else ()
        self.model = model
        self.device = torch.device("cpu")
        self.max_length = max_length
        self.batch_size = batch_size
        self.name = str(path)

    def predict(self, pairs: Sequence[tuple[str, str]]) -> list[NliResult]:
        """Return one `NliResult` per (premise, hypothesis) pair, in input order."""
        import torch

        if not pairs:
            return []
        order = sorted(range(len(pairs)), key=lambda i: len(pairs[i][0]) + len(pairs[i][1]))
        results: list[NliResult | None] = [None] * len(pairs)
        ie, ine, ic = (self._label_index[name] for name in LABELS)
        with torch.inference_mode():
            for begin in range(0, len(order), self.batch_size):
                idx = order[begin : begin + self.batch_size]
                encoded = self.tokenizer(
                    [pairs[i][0] for i in idx],
                    [pairs[i][1] for i in idx],
                    padding=True,
                    truncation="longest_first",
                    max_length=self.max_length,
                    return_tensors="pt",
                )
                probs = torch.softmax(self.model(**encoded).logits.float(), dim=-1).tolist()
                for i, p in zip(idx, probs):
                    results[i] = NliResult(entailment=p[ie], neutral=p[ine], contradiction=p[ic])
        return results  # type: ignore[return-value]
