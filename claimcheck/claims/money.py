"""Currencies: the signs, ISO 4217 codes and names news writes around an amount, mapped to ISO codes.

The table is the Unicode CLDR's, read through Babel: every ISO 4217 code (current and historic), its English
name in the singular and plural ("Swedish krona", "Swedish kronor"), the bare noun ("kronor", "pesetas") where
only one currency has it, and the symbols English-language locales write ("R$", "A$", "Ksh", "₦"). CLDR does not
say which of several currencies a bare "$", "pesos" or "rupees" means in English news; `NEWS_DEFAULTS` does, and
a symbol or noun that several currencies share and that has no default is not read as money.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

# Where CLDR leaves a sign or noun to several currencies, the one English-language news means by it; and the
# spellings news uses that CLDR does not list ("$US", "RMB", "NIS", unidecode's "Y=", the Portuguese plural "reais").
NEWS_DEFAULTS = {
    "$": "USD", "US $": "USD", "U.S. $": "USD", "$US": "USD", "$A": "AUD", "$NZ": "NZD", "S$": "SGD", "S $": "SGD",
    "HK $": "HKD", "AU$": "AUD", "AU $": "AUD", "NZ $": "NZD", "C$": "CAD", "C $": "CAD", "CDN$": "CAD",
    "Cdn$": "CAD", "CAD$": "CAD", "Can$": "CAD", "Rs": "INR", "Rs.": "INR", "Sh": "KES", "RM": "MYR", "Rp": "IDR",
    "Y=": "JPY", "RMB": "CNY", "NIS": "ILS", "£": "GBP", "¥": "JPY", "R": "ZAR",
    "dollar": "USD", "dollars": "USD", "us dollars": "USD", "u.s. dollars": "USD", "american dollars": "USD",
    "pound": "GBP", "pounds": "GBP", "sterling": "GBP", "pounds sterling": "GBP", "peso": "PHP", "pesos": "PHP",
    "franc": "CHF", "francs": "CHF", "rupee": "INR", "rupees": "INR", "krona": "SEK", "kronor": "SEK",
    "krone": "NOK", "kroner": "NOK", "shilling": "KES", "shillings": "KES", "riyal": "SAR", "riyals": "SAR",
    "rial": "IRR", "rials": "IRR", "ruble": "RUB", "rubles": "RUB", "lira": "TRY", "liras": "TRY", "lire": "ITL",
    "yuan": "CNY", "renminbi": "CNY", "won": "KRW", "yen": "JPY", "rand": "ZAR", "ringgit": "MYR",
    "dirham": "AED", "dirhams": "AED", "shekel": "ILS", "shekels": "ILS", "roubles": "RUB", "rouble": "RUB",
    "zloty": "PLN", "zlotys": "PLN", "reais": "BRL",
    "cents": "USD", "cent": "USD", "pence": "GBP", "sen": "MYR",
    "danish crowns": "DKK", "swedish crowns": "SEK", "norwegian crowns": "NOK", "czech crowns": "CZK",
}
# Bare nouns that are also English words or names after a number ("5 real", "10 marks", "3 points", "a lei"); a
# currency's name that is no English word ("tenge", "kyat", "lari") is read as that currency.
_NOT_MONEY_NOUNS = {"real", "mark", "marks", "mil", "point", "points", "unit", "units", "gold", "silver",
                    "crown", "crowns", "sol", "soles", "som", "lek", "lev", "leva", "kip", "pula",
                    "manat", "leu", "lei", "colon", "colones", "balboa", "leone", "tala", "dram", "drams"}
# Codes that spell English words, read as a currency only after the amount ("TOP 10" is a list).
_WORD_CODES = {"ALL", "TOP", "CUP", "MOP", "BOB", "PEN", "GEL", "MAD", "SOS", "BAM", "AMD", "LAK", "ANG"}
# The one-letter rand sign, glued to an amount that reads as money: "R500", "R2.5bn", not "R2" or "R5 road".
_RAND = re.compile(r"(?<![\w.-])R(?=\d{3}|\d{1,3}(?:[.,]\d|\s?(?:m|bn|k|million|billion)\b))")
# Sub-units: the value is converted into the main unit.
SUBUNITS = {"cents": 0.01, "cent": 0.01, "pence": 0.01, "p": 0.01, "sen": 0.01}
# Scale letters glued to a code after the amount: "10 MUSD", "250 kEUR", "3 bnUSD".
_CODE_SCALES = {"k": 1e3, "K": 1e3, "M": 1e6, "m": 1e6, "mn": 1e6, "MM": 1e6, "bn": 1e9, "B": 1e9}
# Words that make "pounds" money rather than weight when nearby.
_MONEY_CONTEXT = re.compile(
    r"£|\b(?:cost|costs|costing|paid|pay|pays|paying|worth|prices?|priced|fund|funds|funding|budgets?|spend|spent|"
    r"spending|fines?|fined|salary|salaries|sterling|sold|buy|bought|raise|raised|invest|invested|investments?|"
    r"loans?|debts?|revenues?|profits?|deals?|bills?|fee|fees|tax|taxes|compensation|million|billion)\b",
    re.I,
)
# "PS" is how ASCII transliteration (unidecode) writes "£" in scraped news: "PS2.7m", "PS21,700". Glued to an
# amount with decimals, thousands, a scale or two digits; "PS5" and "PS 4" stay consoles.
_TRANSLITERATED_POUND = re.compile(
    r"(?<![A-Za-z])PS(?:\d+[.,]\d|\d+(?:m|bn|k)\b|\d+\s(?:million|billion)\b|\d{2,})")
_FOLD = {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "s", "ı": "i"}


def _fold(text: str) -> str:
    """The text with accents dropped, one character for one ("złoty" -> "zloty"), so offsets still hold."""
    if text.isascii():
        return text
    out = []
    for ch in text:
        if ord(ch) < 128:
            out.append(ch)
        else:
            base = _FOLD.get(ch) or unicodedata.normalize("NFKD", ch)[0]
            out.append(base if base.isascii() and base.isalpha() else ch)
    return "".join(out)


@dataclass(frozen=True)
class _Table:
    prefixes: dict[str, str]  # sign or code written before the amount -> ISO code
    words: dict[str, str]  # lower-case, accent-free name written after the amount -> ISO code
    codes: frozenset[str]
    names: dict[str, str]  # ISO code -> English name
    prefix_re: re.Pattern
    suffix_re: re.Pattern
    code_suffix_re: re.Pattern
    sign_suffix_re: re.Pattern


@functools.cache
def _table() -> _Table:
    """The currency table, built once from Babel's CLDR data."""
    from babel import Locale, localedata
    from babel.core import get_global
    from babel.numbers import get_currency_name

    # Legal tender somewhere, now or once: not gold ("XAU"), drawing rights or the funds codes ("Bolivian Mvdol").
    codes = frozenset(code for spells in get_global("territory_currencies").values()
                      for code, _start, _end, tender in spells if tender and re.fullmatch(r"[A-Z]{3}", code))
    en = Locale("en")
    names, words, nouns = {}, {}, {}
    for code in codes:
        forms = {get_currency_name(code, locale=en)}
        forms |= {get_currency_name(code, count=n, locale=en) for n in (1, 2)}
        names[code] = get_currency_name(code, locale=en)
        for form in forms:
            form = _fold(form).lower()
            if form == code.lower() or not re.fullmatch(r"[a-z .'-]+", form):
                continue
            words.setdefault(form, code)
            noun = form.split()[-1]
            if noun != form:
                nouns.setdefault(noun, set()).add(code)
    # A bare noun ("pesetas", "koruna") is the current currency, else the one of the most places that had it as
    # tender, when one leads.
    spells = list(get_global("territory_currencies").values())
    places = {code: (any(c == code and tender and end is None for place in spells for c, _s, end, tender in place),
                     sum(any(c == code and tender for c, _s, _e, tender in place) for place in spells))
              for code in codes}
    for noun, owners in nouns.items():
        if noun in NEWS_DEFAULTS or noun in _NOT_MONEY_NOUNS or len(noun) < 3:
            continue
        ranked = sorted(owners, key=lambda code: places[code], reverse=True)
        if len(ranked) == 1 or places[ranked[0]] > places[ranked[1]]:
            words.setdefault(noun, ranked[0])
    symbols: dict[str, set[str]] = {}
    for locale_id in localedata.locale_identifiers():
        if locale_id == "en" or re.fullmatch(r"en_[A-Z]{2}", locale_id):
            for code, symbol in Locale.parse(locale_id).currency_symbols.items():
                if code in codes and symbol != code and not symbol.isspace():
                    symbols.setdefault(symbol.replace("\u202f", " "), set()).add(code)
    prefixes = {code: code for code in codes}
    for symbol, owners in symbols.items():
        # Signs of one or two letters ("R", "Le", "MK") read as words or initials, and signs that several
        # currencies share, count only with a news default.
        if len(owners) == 1 and not (len(symbol) <= 2 and symbol.isalpha()):
            prefixes[symbol] = next(iter(owners))
    prefixes.update({k: v for k, v in NEWS_DEFAULTS.items() if not k.islower()})
    words.update({k: v for k, v in NEWS_DEFAULTS.items() if k.islower()})
    for word in _NOT_MONEY_NOUNS:
        words.pop(word, None)

    signs = sorted(prefixes, key=len, reverse=True)
    prefix_re = re.compile(r"(?<![A-Za-z])(?:" + "|".join(re.escape(s) for s in signs if s not in _WORD_CODES | {"R"})
                           + r")\s?$")
    suffix_re = re.compile(r"^(?:\s+|-)(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
                           + r")(?![\w-])|^p\b", re.I)
    code_suffix_re = re.compile(r"^\s?(?P<scale>" + "|".join(sorted(_CODE_SCALES, key=len, reverse=True))
                                + r")?(?P<code>" + "|".join(sorted(codes - _WORD_CODES)) + r")(?![\w$])")
    non_letter = [s for s in signs if not any(ch.isalpha() for ch in s) and prefixes[s] != "USD"]
    sign_suffix_re = re.compile(r"^\s?(?:" + "|".join(re.escape(s) for s in non_letter) + r")(?![\w$])")
    return _Table(prefixes, words, codes, names, prefix_re, suffix_re, code_suffix_re, sign_suffix_re)


def currency_name(code: str) -> str | None:
    """The English name of an ISO 4217 code ("PLN" -> "Polish Zloty"), or None for an unknown code."""
    return _table().names.get(code)


def currency_before(text: str, start: int) -> tuple[str | None, int]:
    """The ISO code of a currency sign or code written just before `start`, and where it begins."""
    table = _table()
    window = text[max(0, start - 8):start]
    match = table.prefix_re.search(window)
    if not match:
        if _RAND.match(text, start - 1):
            return "ZAR", start - 1
        if window.endswith("PS") and _TRANSLITERATED_POUND.match(text, start - 2):
            return "GBP", start - 2
        return None, start
    sign = match.group(0).strip()
    begin = start - len(window) + match.start()
    if sign.isupper() and sign.isalpha() and len(sign) == 3 and begin > 0 and text[begin - 1] == "-":
        return None, start  # "COVID-19", "MIG-29": a code, not a currency
    if sign in {"Sh", "RM", "Rp"} and begin > 0 and text[begin - 1].isalnum():
        return None, start
    if re.fullmatch(r"[A-Z]{1,2} \$", sign) and re.search(r"\b[A-Z][a-z]+\s$", text[max(0, begin - 20):begin]):
        return None, start  # "Section C $5": a label, not a spaced "C$"
    code = table.prefixes.get(sign, table.prefixes.get(sign.rstrip(".")))
    return code, begin


def currency_after(text: str, end: int, sentence: str) -> tuple[str | None, int, float]:
    """The ISO code of a currency name, code or sign written just after `end`, where it ends, and the factor
    to apply (a sub-unit, "19 cents", or a scale glued to a code, "10 MUSD").

    "pounds" counts as money only when the sentence talks about money; otherwise it is a weight.
    """
    table = _table()
    window = text[end:end + 48]
    code_match = table.code_suffix_re.match(window)
    if code_match and not sentence.isupper():
        scale = _CODE_SCALES.get(code_match.group("scale") or "", 1.0)
        return code_match.group("code"), end + code_match.end(), scale
    sign_match = table.sign_suffix_re.match(window)
    if sign_match:
        return table.prefixes[sign_match.group(0).strip()], end + sign_match.end(), 1.0
    match = table.suffix_re.match(_fold(window))
    if not match:
        return None, end, 1.0
    word = " ".join(match.group(0).strip(" -").lower().split())
    if word in {"pounds", "pound"} and not _MONEY_CONTEXT.search(sentence):
        return None, end, 1.0
    if word == "won" and not re.match(r"\s*(?:[,.;)]|$|\s+(?:in|for|a|per|to|and|from|of))", text[end + match.end():]):
        return None, end, 1.0  # "won" the verb
    code = table.words.get(word, "GBP" if word == "p" else None)
    return code, end + match.end(), SUBUNITS.get(word, 1.0)


def written_subunit(text: str) -> tuple[str, float] | None:
    """The sub-unit an amount is written in ("19 cents", "164p", "18 sen") and its factor, or None."""
    match = re.search(r"(?<=[\d\s])(cents?|pence|p|sen)$", text.strip(), re.I)
    return (match.group(1).lower(), SUBUNITS[match.group(1).lower()]) if match else None
