"""Bytes to text: BOMs, encoding detection, binary refusal, line-ending normalisation."""

from __future__ import annotations

import codecs

from claimcheck.errors import InputError

_CONTROL = set(range(0, 32)) - {9, 10, 12, 13}


def decode_bytes(data: bytes, source: str) -> tuple[str, str, list[str]]:
    """Decode an article's bytes; return (text, encoding, warnings).

    UTF-8 (with or without BOM) and UTF-16 with a BOM are read as they are; UTF-16 without a BOM is recognised
    by its zero bytes and reported with a warning; anything else is read as Windows-1252 (which covers Latin-1
    text) and reported with a warning. Empty and binary input raise `InputError`. Line endings become `\\n`.
    """
    warnings: list[str] = []
    if not data.strip():
        raise InputError(f"{source}: the file is empty")
    if data.startswith(codecs.BOM_UTF8):
        text, encoding = data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="strict"), "utf-8-sig"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text, encoding = data.decode("utf-16"), "utf-16"
    elif (utf16 := _utf16_without_bom(data)) is not None:
        text, encoding = utf16
        warnings.append(f"{source}: no byte-order mark; decoded as {encoding}")
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


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 text without a BOM: zero bytes in nearly every other position (the high bytes of Latin text)."""
    sample = data[:8192]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    zeros_even, zeros_odd = even.count(0) / len(even), odd.count(0) / len(odd)
    if zeros_odd > 0.3 and zeros_even < 0.05:
        encoding = "utf-16-le"
    elif zeros_even > 0.3 and zeros_odd < 0.05:
        encoding = "utf-16-be"
    else:
        return None
    try:
        text = data[: len(data) // 2 * 2].decode(encoding)
    except UnicodeDecodeError:
        return None
    controls = sum(ord(c) in _CONTROL for c in text[:4096]) / max(len(text[:4096]), 1)
    return (text, encoding) if controls <= 0.05 else None


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
