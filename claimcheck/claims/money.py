"""Currencies: the signs, ISO 4217 codes and words news writes around an amount, mapped to ISO codes."""

from __future__ import annotations

import re

# Signs and codes written before the number ("US$5.4B", "Rs 5,000 crore", "£300m", "INR1 trillion").
CURRENCY_PREFIXES = {
    "US$": "USD", "US $": "USD", "$US": "USD", "$A": "AUD", "$NZ": "NZD", "S $": "SGD", "HK $": "HKD", "U.S. $": "USD", "USD": "USD", "$": "USD",
    "A$": "AUD", "AU$": "AUD", "AUD": "AUD", "C$": "CAD", "CA$": "CAD", "CAD": "CAD",
    "HK$": "HKD", "HKD": "HKD", "NZ$": "NZD", "NZD": "NZD", "S$": "SGD", "SGD": "SGD", "NT$": "TWD",
    "R$": "BRL", "BRL": "BRL", "MX$": "MXN", "MXN": "MXN",
    "£": "GBP", "GBP": "GBP", "€": "EUR", "EUR": "EUR", "¥": "JPY", "Y=": "JPY", "JPY": "JPY",
    "CNY": "CNY", "RMB": "CNY", "₹": "INR", "Rs.": "INR", "Rs": "INR", "INR": "INR", "₩": "KRW", "KRW": "KRW",
    "₽": "RUB", "RUB": "RUB", "₱": "PHP", "PHP": "PHP", "RM": "MYR", "MYR": "MYR", "₪": "ILS", "NIS": "ILS",
    "ILS": "ILS", "CHF": "CHF", "ZAR": "ZAR", "₦": "NGN", "NGN": "NGN", "Sh": "KES", "KES": "KES",
    "₺": "TRY", "TRY": "TRY", "SEK": "SEK", "NOK": "NOK", "DKK": "DKK", "PKR": "PKR", "BDT": "BDT",
    "AED": "AED", "SAR": "SAR", "EGP": "EGP", "IDR": "IDR", "Rp": "IDR", "THB": "THB", "VND": "VND",
}
# Words written after the number ("5.4 billion dollars", "2 million euros", "1.2 billion pesos").
CURRENCY_WORDS = {
    "dollars": "USD", "dollar": "USD", "us dollars": "USD", "u.s. dollars": "USD",
    "australian dollars": "AUD", "canadian dollars": "CAD", "hong kong dollars": "HKD",
    "new zealand dollars": "NZD", "singapore dollars": "SGD", "euros": "EUR", "euro": "EUR",
    "pounds sterling": "GBP", "pounds": "GBP", "pound": "GBP", "sterling": "GBP", "yen": "JPY",
    "yuan": "CNY", "renminbi": "CNY", "rupees": "INR", "rupee": "INR", "pesos": "PHP", "peso": "PHP",
    "ringgit": "MYR", "shekels": "ILS", "shekel": "ILS", "won": "KRW", "roubles": "RUB", "rubles": "RUB",
    "francs": "CHF", "swiss francs": "CHF", "rand": "ZAR", "naira": "NGN", "baht": "THB", "dirhams": "AED",
    "riyals": "SAR", "lira": "TRY", "liras": "TRY", "kronor": "SEK", "kroner": "NOK", "zloty": "PLN",
    "hryvnias": "UAH", "hryvnia": "UAH", "rupiah": "IDR", "dong": "VND", "taka": "BDT", "shillings": "KES",
    "cents": "USD", "cent": "USD", "pence": "GBP", "sen": "MYR",
}
# Sub-units: the value is converted into the main unit.
SUBUNITS = {"cents": 0.01, "cent": 0.01, "pence": 0.01, "p": 0.01, "sen": 0.01}
# Words that make "pounds" money rather than weight when nearby.
_MONEY_CONTEXT = re.compile(
    r"£|\b(?:cost|costs|costing|paid|pay|pays|paying|worth|price|priced|fund|funds|funding|budget|spend|spent|"
    r"spending|fine|fined|salary|sterling|sold|buy|bought|raise|raised|invest|invested|investment|loan|debt|"
    r"revenue|profit|deal|bill|fee|fees|tax|compensation|million|billion)\b",
    re.I,
)

# "PS" is how ASCII transliteration (unidecode) writes "£" in scraped news: "PS2.7m", "PS21,700". Glued to an
# amount with decimals, thousands, a scale or two digits; "PS5" and "PS 4" stay consoles.
_TRANSLITERATED_POUND = re.compile(
    r"(?<![A-Za-z])PS(?:\d+[.,]\d|\d+(?:m|bn|k)\b|\d+\s(?:million|billion)\b|\d{2,})")

_PREFIX_ALTERNATION = "|".join(
    re.escape(p) for p in sorted(CURRENCY_PREFIXES, key=len, reverse=True) if not p.isalpha() or p.isupper()
)
# A code or sign directly before the number, with at most one space; codes must stand alone as a word.
PREFIX_RE = re.compile(rf"(?:(?<![A-Za-z])(?:{_PREFIX_ALTERNATION}|Rs\.?|Rp|Sh|RM))\s?$")
_WORD_ALTERNATION = "|".join(re.escape(w) for w in sorted(CURRENCY_WORDS, key=len, reverse=True))
SUFFIX_RE = re.compile(rf"^(?:\s+|-)(?:{_WORD_ALTERNATION})\b|^p\b", re.I)


def currency_before(text: str, start: int) -> tuple[str | None, int]:
    """The ISO code of a currency sign or code written just before `start`, and where it begins."""
    window = text[max(0, start - 7):start]
    match = PREFIX_RE.search(window)
    if not match:
        if window.endswith("PS") and _TRANSLITERATED_POUND.match(text, start - 2):
            return "GBP", start - 2
        return None, start
    sign = match.group(0).strip()
    if sign in {"Sh", "RM", "Rp"} and start - len(window) + match.start() > 0:
        before = text[start - len(window) + match.start() - 1]
        if before.isalnum():
            return None, start
    return CURRENCY_PREFIXES.get(sign, CURRENCY_PREFIXES.get(sign.rstrip("."))), start - len(window) + match.start()


def currency_after(text: str, end: int, sentence: str) -> tuple[str | None, int, float]:
    """The ISO code of a currency word written just after `end`, where it ends, and the sub-unit factor.

    "pounds" counts as money only when the sentence talks about money; otherwise it is a weight.
    """
    match = SUFFIX_RE.match(text[end:end + 40])
    if not match:
        return None, end, 1.0
    word = match.group(0).strip(" -").lower()
    if word in {"pounds", "pound"} and not _MONEY_CONTEXT.search(sentence):
        return None, end, 1.0
    if word == "won" and not re.match(r"\s*(?:[,.;)]|$|\s+(?:in|for|a|per|to|and|from|of))", text[end + match.end():]):
        return None, end, 1.0  # "won" the verb
    return CURRENCY_WORDS.get(word, "GBP" if word == "p" else None), end + match.end(), SUBUNITS.get(word, 1.0)


def written_subunit(text: str) -> tuple[str, float] | None:
    """The sub-unit an amount is written in ("19 cents", "164p", "18 sen") and its factor, or None."""
    match = re.search(r"(?<=[\d\s])(cents?|pence|p|sen)$", text.strip(), re.I)
    return (match.group(1).lower(), SUBUNITS[match.group(1).lower()]) if match else None
