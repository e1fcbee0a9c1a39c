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
ONNX_FILE = "model.int8.onnx"  # written by claimcheck.nli.onnx_export
RUNTIMES = ("auto", "onnx", "torch")
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

    Two runtimes give the same scores: `onnx` runs the folder's int8 `model.int8.onnx` with onnxruntime and the
    `tokenizers` library (no torch model stack to import, so a start costs a fraction of a second);
    `torch` loads the safetensors weights through transformers and quantises them at load. `runtime="auto"`
    takes onnx when the folder has that file, onnxruntime is installed and the default quantisation is asked for,
    else torch (a hub id, a folder without the file, `quantize=False`, an explicit `keep_fp32`).

    Args:
        model_name_or_path: a local model directory or a hub id.
        runtime: "auto", "onnx" or "torch".
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
        runtime: str = "auto",
        max_length: int = 128,
        batch_size: int = 32,
        quantize: bool = True,
        local_files_only: bool = True,
        num_threads: int | None = None,
        keep_fp32: Sequence[str] | None = None,
    ) -> None:
        if runtime not in RUNTIMES:
            raise ModelError(f"unknown NLI runtime {runtime!r} (one of {', '.join(RUNTIMES)})")
        path = model_name_or_path if model_name_or_path is not None else default_model_path()
        local = isinstance(path, Path) or Path(str(path)).exists() or str(path).startswith((".", "/"))
        if local and (not Path(path).is_dir() or not (Path(path) / "config.json").exists()):
            raise ModelError(_not_found(Path(path)))
        onnx_file = Path(path) / ONNX_FILE if local else None
        if runtime == "auto":
            usable = onnx_file is not None and onnx_file.is_file() and quantize and keep_fp32 is None
            runtime = "onnx" if usable and _installed("onnxruntime") else "torch"
        if runtime == "onnx":
            if onnx_file is None or not onnx_file.is_file():
                raise ModelError(f"no {ONNX_FILE} in {path} for the onnx runtime (make model writes it)")
            self._backend = _OnnxBackend(Path(path), onnx_file, max_length, num_threads)
            self.quantized, self.kept_in_fp32 = True, tuple(modules_kept_in_fp32(Path(path)))
        else:
            self._backend = _TorchBackend(path, max_length, quantize, local_files_only, num_threads, keep_fp32)
            self.quantized, self.kept_in_fp32 = quantize, self._backend.kept_in_fp32
        self.runtime = runtime
        self._label_index = self._backend.label_index
        self.max_length = max_length
        self.batch_size = batch_size
        self.name = str(path)

    @property
    def model(self):
        """The torch module (torch runtime only)."""
        return self._backend.model

    def predict(self, pairs: Sequence[tuple[str, str]]) -> list[NliResult]:
        """Return one `NliResult` per (premise, hypothesis) pair, in input order."""
        if not pairs:
            return []
        order = sorted(range(len(pairs)), key=lambda i: len(pairs[i][0]) + len(pairs[i][1]))
        results: list[NliResult | None] = [None] * len(pairs)
        ie, ine, ic = (self._label_index[name] for name in LABELS)
        for begin in range(0, len(order), self.batch_size):
            idx = order[begin : begin + self.batch_size]
            probs = self._backend.probabilities([pairs[i] for i in idx])
            for i, p in zip(idx, probs):
                results[i] = NliResult(entailment=p[ie], neutral=p[ine], contradiction=p[ic])
        return results  # type: ignore[return-value]


def _installed(module: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(module) is not None


def _label_index(id2label: dict) -> dict[str, int]:
    labels = {int(i): str(name).lower() for i, name in id2label.items()}
    if sorted(labels.values()) != sorted(LABELS):
        raise ModelError(f"not a 3-way NLI model (labels: {sorted(labels.values())})")
    return {name: i for i, name in labels.items()}


class _TorchBackend:
    """The model through transformers (safetensors, `trust_remote_code` off), int8-quantised at load."""

    def __init__(self, path, max_length: int, quantize: bool, local_files_only: bool, num_threads: int | None,
                 keep_fp32: Sequence[str] | None) -> None:
        import torch
        from transformers import AutoModelForSequenceClassification, AutoTokenizer

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
        try:
            self.label_index = _label_index(model.config.id2label)
        except ModelError as exc:
            raise ModelError(f"model {path} is {exc}") from None
        if quantize:
            if keep_fp32 is None:
                keep_fp32 = modules_kept_in_fp32(Path(path))  # a hub id has no such file here: none
            model = quantize_linear_layers(model, keep_fp32)
        self.kept_in_fp32 = tuple(keep_fp32) if quantize else ()
        self.model = model
        self.max_length = max_length

    def probabilities(self, pairs: Sequence[tuple[str, str]]) -> list[list[float]]:
        import torch

        encoded = self.tokenizer([a for a, _ in pairs], [b for _, b in pairs], padding=True,
                                 truncation="longest_first", max_length=self.max_length, return_tensors="pt")
        with torch.inference_mode():
            return torch.softmax(self.model(**encoded).logits.float(), dim=-1).tolist()


class _OnnxBackend:
    """The folder's int8 ONNX graph through onnxruntime, tokenised by `tokenizers` as transformers does."""

    model = None

    def __init__(self, path: Path, onnx_file: Path, max_length: int, num_threads: int | None) -> None:
        import json

        import onnxruntime
        from tokenizers import Tokenizer

        try:
            config = json.loads((path / "config.json").read_text(encoding="utf-8"))
            self.label_index = _label_index(config["id2label"])
            self.tokenizer = Tokenizer.from_file(str(path / "tokenizer.json"))
            options = onnxruntime.SessionOptions()
            if num_threads:
                options.intra_op_num_threads = num_threads
            self.session = onnxruntime.InferenceSession(str(onnx_file), options, providers=["CPUExecutionProvider"])
        except ModelError as exc:
            raise ModelError(f"model {path} is {exc}") from None
        except Exception as exc:  # a corrupt file: onnxruntime and tokenizers raise their own types
            raise ModelError(f"could not load NLI model {onnx_file}: {exc}") from exc
        pad = self.tokenizer.token_to_id("[PAD]") or 0
        self.tokenizer.enable_truncation(max_length, strategy="longest_first")
        self.tokenizer.enable_padding(pad_id=pad, pad_token="[PAD]")
        self.inputs = {i.name for i in self.session.get_inputs()}

    def probabilities(self, pairs: Sequence[tuple[str, str]]) -> list[list[float]]:
        import numpy as np

        encoded = self.tokenizer.encode_batch(list(pairs))
        feed = {"input_ids": np.array([e.ids for e in encoded], dtype=np.int64),
                "attention_mask": np.array([e.attention_mask for e in encoded], dtype=np.int64),
                "token_type_ids": np.array([e.type_ids for e in encoded], dtype=np.int64)}
        logits = self.session.run(["logits"], {k: v for k, v in feed.items() if k in self.inputs})[0]
        logits = logits - logits.max(axis=1, keepdims=True)
        exp = np.exp(logits)
        return (exp / exp.sum(axis=1, keepdims=True)).tolist()
