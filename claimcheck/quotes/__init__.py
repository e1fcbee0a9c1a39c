"""Quote extraction and speaker attribution: direct, partial and reported quotes with canonical speakers.

- `direct`: pairs quotation marks of every style and tells speech from titles and scare quotes.
- `reported`: reported speech and attribution frames from the dependency parse, with relays.
- `speakers`: speaker mentions, canonical names, roles and the resolution of surnames, pronouns and role nouns.
- `cues`: the lexicons these read, kept as data.
"""

from claimcheck.quotes.extractor import QuoteExtractor, extract_quotes

__all__ = ["QuoteExtractor", "extract_quotes"]
