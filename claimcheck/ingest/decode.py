"""Bytes to text: BOMs, encoding detection, binary refusal, line-ending normalisation."""

from __future__ import annotations

import codecs

from claimcheck.errors import InputError

_CONTROL = set(range(0, 32)) - {9, 10, 12, 13}


def decode_bytes(data: bytes, source: str) -> tuple[str, str, list[str]]:
    """Decode an article's bytes; return (text, encoding, warnings).

    UTF-8 (with or without BOM) and UTF-16 with a BOM are read as they are; anything else is read as
    Windows-1252 (which covers Latin-1 text) and reported with a warning. Empty and binary input
    raise `InputError`. Line endings become `\\n`.
    """
    warnings: list[str] = []
    if not data.strip():
        raise InputError(f"{source}: the file is empty")
    if data.startswith(codecs.BOM_UTF8):
        text, encoding = data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="strict"), "utf-8-sig"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text, encoding = data.decode("utf-16"), "utf-16"
    else:
        if b"\x00" in data[:8192] or _binary_ratio(data[:8192]) > 0.05:
            raise InputError(f"{source}: looks like a binary file, not an article")
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError as exc:
            text, encoding = _detect(data, source, exc)
            warnings.append(f"{source}: not UTF-8; decoded as {encoding}")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(f"{source}: the file has no text")
    return text, encoding, warnings


def _binary_ratio(sample: bytes) -> float:
    return sum(b in _CONTROL for b in sample) / max(len(sample), 1)


def _detect(data: bytes, source: str, error: UnicodeDecodeError) -> tuple[str, str]:
    """Windows-1252, the superset of Latin-1 that English newsrooms' legacy systems write; else refuse."""
    try:
        return data.decode("cp1252"), "windows-1252"
    except UnicodeDecodeError:
        raise InputError(
            f"{source}: undecodable bytes at offset {error.start} (neither UTF-8 nor Windows-1252/Latin-1)"
        ) from None
