"""Export the NLI model to ONNX with int8 weights, for a start without transformers (`make model` runs it).

`python -m claimcheck.nli.onnx_export --model models/nli-minilm-l6` reads the folder's safetensors weights through
transformers, exports the graph with torch's ONNX exporter, and quantises every matrix product's weights to int8
(one scale per output channel) with onnxruntime, keeping in fp32 the modules the folder's `quantization.json`
keeps in fp32 in the torch runtime. It writes `model.int8.onnx` beside the weights; `NliModel` runs it with
onnxruntime when that file is there. Deterministic: the same weights give the same file.
"""

from __future__ import annotations

import argparse
import tempfile
import warnings
from pathlib import Path

from claimcheck.nli.model import ONNX_FILE, modules_kept_in_fp32

INPUTS = ("input_ids", "attention_mask", "token_type_ids")
OPSET = 17


def onnx_node_prefix(module_name: str) -> str:
    """The prefix of the ONNX node names torch's exporter gives a module ("bert.encoder.layer.0.output.dense" ->
    "/bert/encoder/layer.0/output/dense/"): a list index stays joined to its list's name."""
    parts: list[str] = []
    for part in module_name.split("."):
        if part.isdigit() and parts:
            parts[-1] += f".{part}"
        else:
            parts.append(part)
    return "/" + "/".join(parts) + "/"


def export(model_dir: Path, out: Path | None = None) -> Path:
    """Write the int8 ONNX model for `model_dir` and return its path."""
    import onnx
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    out = out or model_dir / ONNX_FILE
    model = AutoModelForSequenceClassification.from_pretrained(
        str(model_dir), local_files_only=True, trust_remote_code=False, use_safetensors=True, dtype=torch.float32)
    model.eval()
    tokenizer = AutoTokenizer.from_pretrained(str(model_dir), local_files_only=True)
    example = tokenizer(["A man plays a guitar."], ["Someone makes music."], return_tensors="pt")
    with tempfile.TemporaryDirectory() as tmp:
        fp32 = Path(tmp) / "model.onnx"
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # the exporter's notes on traced control flow say nothing to act on
            torch.onnx.export(
                model, tuple(example[name] for name in INPUTS), str(fp32), input_names=list(INPUTS),
                output_names=["logits"], opset_version=OPSET, dynamo=False,
                dynamic_axes={**{name: {0: "batch", 1: "tokens"} for name in INPUTS}, "logits": {0: "batch"}})
        prefixes = [onnx_node_prefix(name) for name in modules_kept_in_fp32(model_dir)]
        graph = onnx.load(str(fp32)).graph
        kept = [node.name for node in graph.node if any(node.name.startswith(p) for p in prefixes)]
        quantize_dynamic(str(fp32), str(out), weight_type=QuantType.QInt8, per_channel=True, nodes_to_exclude=kept)
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, required=True, help="the model folder (safetensors, config, tokenizer)")
    args = parser.parse_args(argv)
    path = export(args.model)
    print(f"wrote {path} ({path.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
