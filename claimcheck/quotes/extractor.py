"""The quote stage: quotation-mark quotes and reported speech, each attributed to a canonical speaker."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Any

from claimcheck.document import Document, Intervals, Quote, Span
from claimcheck.errors import ClaimcheckError
from claimcheck.quotes.direct import (
    QuotedSegment,
    find_segments,
    looks_like_title,
    names_a_noun,
    preceded_by_title_cue,
    word_count,
)
from claimcheck.quotes.reported import (
    Attribution,
    attribution_for,
    find_reported,
    is_relay,
    is_speech_verb,
    subject_of,
)
from claimcheck.quotes.cues import CONFIDENCE, SPEECH_VERBS, verb_lemma
from claimcheck.quotes.layout import LaidOut, block_quotes, interview_paragraphs
from claimcheck.quotes.speakers import SpeakerResolver, is_outlet, outlet_name, phrase_tokens

_ENDS_SENTENCE = (".", "!", "?", ":", ".”", ".\"", "?”", "!”", "…")


@dataclass
class _Pending:
    """A quote found but not yet attributed."""

    start: int
    end: int
    kind: str
    attribution: Attribution | None
    paragraph: int
    continues: bool = False  # takes the speaker of the quote before it
    fragments: list[Span] = field(default_factory=list)  # a mixed quote's quoted words

    @property
    def anchor(self) -> int:
        subject = self.attribution.subject if self.attribution else None
        return subject.idx if subject is not None else self.start


class QuoteExtractor:
    """Pipeline stage: fills `doc.quotes` from the parse the segment stage left on the Document."""

    name = "quotes"

    def __call__(self, doc: Document) -> None:
        if doc.nlp is None:
            raise ClaimcheckError("the quote stage needs the segment stage to run first")
        doc.quotes = extract_quotes(doc)


def extract_quotes(doc: Document) -> list[Quote]:
    """Every direct, partial and reported quote of the article body, attributed, in text order."""
    body = _body_pieces(doc)
    segments = find_segments(doc.text, body)
    tokens = _TokenIndex(doc.nlp)
    pending: list[_Pending] = []
    accepted: list[QuotedSegment] = []
    standalone: set[QuotedSegment] = set()
    for seg in segments:
        kind = _segment_kind(doc, tokens, seg, accepted, standalone)
        if kind is None:
            continue
        accepted.append(seg)
        if kind == "direct":
            standalone.add(seg)
    quoted_marks = [(s.open_mark, s.close_mark + 1 if s.close_mark is not None else s.end) for s in accepted]
    laid_out = interview_paragraphs(doc, tokens.at) or block_quotes(doc, tokens.at, Intervals(quoted_marks))
    for item in laid_out:
        if not item.question:
            pending.append(_laid_out(doc, tokens, item, Intervals(quoted_marks)))
    quoted_marks = sorted(quoted_marks + [(item.start, item.end) for item in laid_out])
    by_mark = {seg.open_mark: seg for seg in accepted}
    body_spans = [(start, end) for _, start, end in body]
    marks = Intervals(quoted_marks)
    in_mixed: set[int] = set()  # opening marks of the quotes that are fragments of a mixed quote
    body_starts = [start for _, start, _ in body]
    for found in find_reported(doc.text, doc.nlp, body_spans, quoted_marks, tokens.starts):
        at = bisect_right(body_starts, found.start) - 1
        paragraph = body[at][0] if at >= 0 and found.start < body[at][2] else -1
        fragments = [Span(by_mark[s].start, by_mark[s].end, "fragment") for s, _ in found.fragments]
        in_mixed.update(s for s, _ in found.fragments)
        pending.append(_Pending(found.start, found.end, found.kind, found.attribution, paragraph,
                                fragments=fragments))
    for seg in accepted:
        if seg.open_mark not in in_mixed:
            pending.append(_attribute_segment(doc, tokens, seg, accepted, seg in standalone, marks))
    all_marks = [(s.open_mark, s.close_mark + 1 if s.close_mark is not None else s.end) for s in segments]
    return _resolve(doc, pending, all_marks)


def _laid_out(doc: Document, tokens: _TokenIndex, item: LaidOut, quoted: Intervals) -> _Pending:
    """An answer or block quote as a direct quote, its speaker named by the layout."""
    paragraph = bisect_right([p.start for p in doc.paragraphs], item.start) - 1
    if item.verb is not None:
        outside = {t.i for t in item.verb.sent if not quoted.contains(t.idx)}
        return _Pending(item.start, item.end, "direct", attribution_for(item.verb, outside), paragraph)
    return _Pending(item.start, item.end, "direct", Attribution(item.cue_start, item.cue_end, item.speaker, None, False),
                    paragraph)


def _body_pieces(doc: Document) -> list[tuple[int, int, int]]:
    """(paragraph index, start, end) of each stretch of a paragraph outside the non-body lines and dateline."""
    pieces = []
    for index, paragraph in enumerate(doc.paragraphs):
        start = paragraph.start
        for cut in sorted(nb for nb in doc.non_body if nb.overlaps(paragraph)):
            if cut.start > start:
                pieces.append((index, start, cut.start))
            start = max(start, cut.end)
        if start < paragraph.end:
            pieces.append((index, start, paragraph.end))
    return [(i, s, e) for i, s, e in pieces if doc.text[s:e].strip()]


class _TokenIndex:
    """Character offset -> token lookups over the spaCy Doc."""

    def __init__(self, nlp_doc: Any) -> None:
        self.doc = nlp_doc
        self.starts = [t.idx for t in nlp_doc]

    def at(self, offset: int) -> Any:
        return self.doc[max(bisect_right(self.starts, offset) - 1, 0)]

    def between(self, start: int, end: int) -> list[Any]:
        lo = bisect_right(self.starts, start - 1)
        hi = bisect_right(self.starts, end - 1)
        return [self.doc[i] for i in range(lo, hi)]


def _segment_kind(doc: Document, tokens: _TokenIndex, seg: QuotedSegment, accepted: list[QuotedSegment],
                  standalone: set[QuotedSegment]) -> str | None:
    """'direct', 'partial' or None (a title, a name or a scare quote)."""
    text = doc.text
    fragment = text[seg.start : seg.end]
    paragraph = doc.paragraphs[seg.paragraph]
    sent = tokens.at(seg.open_mark).sent
    line_start = max(sent.start_char, paragraph.start)
    previous = accepted[-1] if accepted and accepted[-1].paragraph == seg.paragraph else None
    if previous is not None and previous.close_mark is not None and previous.close_mark >= line_start:
        line_start = previous.close_mark + 1
    prefix = text[line_start : seg.open_mark].strip()
    split_quote = previous is not None and previous in standalone and prefix.endswith((",", "—", "–", "-")) \
        and previous.close_mark is not None and previous.close_mark + 1 >= sent.start_char
    introduced = prefix.endswith(",") and any(verb_lemma(w) in SPEECH_VERBS for w in prefix[:-1].split()[-4:])
    if not prefix or prefix.endswith(_ENDS_SENTENCE) or split_quote or introduced:
        if looks_like_title(fragment) and fragment[-1:].isalnum():
            return None
        if names_a_noun(text, seg.close_mark, fragment) and word_count(fragment) <= 3:
            return None
        return "direct"
    if preceded_by_title_cue(text, seg.open_mark) or looks_like_title(fragment):
        return None
    if names_a_noun(text, seg.close_mark, fragment):
        return None
    if _governing_speech_verb(tokens, seg) is not None:
        return "partial"
    outside = [t for t in sent if not seg.open_mark <= t.idx <= (seg.close_mark or seg.end)]
    if word_count(fragment) >= 2 and any(is_speech_verb(t) or _according_to(t) for t in outside):
        return "partial"
    return None


def _according_to(token: Any) -> bool:
    return token.lower_ == "according" and token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == "to"


def _governing_speech_verb(tokens: _TokenIndex, seg: QuotedSegment) -> Any:
    """The speech verb outside the quote that the quoted words depend on, if any."""
    inside = tokens.between(seg.start, seg.end)
    if not inside:
        return None
    roots = [t for t in inside if not seg.start <= t.head.idx < seg.end or t.head.i == t.i]
    for root in roots:
        for ancestor in root.ancestors:
            if seg.open_mark <= ancestor.idx <= (seg.close_mark or seg.end):
                continue
            if is_speech_verb(ancestor):
                return ancestor
    return None


def _attribute_segment(doc: Document, tokens: _TokenIndex, seg: QuotedSegment, accepted: list[QuotedSegment],
                       is_direct: bool, quoted_marks: Intervals) -> _Pending:
    kind = "direct" if is_direct else "partial"
    paragraph = doc.paragraphs[seg.paragraph]
    frame = _frame_tokens(doc, tokens, seg, paragraph, quoted_marks)
    outside = {t.i for t in frame}
    for sent in {tok.sent for tok in frame}:  # the relay may sit in the attribution's sentence, outside the frame
        outside.update(t.i for t in sent if not quoted_marks.contains(t.idx))
    if is_direct:
        verbs = [t for t in frame if is_speech_verb(t) and not is_relay(t)]
        with_subject = [v for v in verbs if subject_of(v, outside) is not None]
        verbs = with_subject or verbs
        if verbs:
            verb = min(verbs, key=lambda v: _distance(v, seg))
            return _Pending(seg.start, seg.end, kind, attribution_for(verb, outside), seg.paragraph)
        colon = _colon_lead(doc, tokens, seg, paragraph)
        if colon is not None:
            return _Pending(seg.start, seg.end, kind, attribution_for(colon, outside), seg.paragraph)
        return _Pending(seg.start, seg.end, kind, _neighbour_attribution(doc, tokens, seg, paragraph), seg.paragraph,
                        continues=True)
    verb = _governing_speech_verb(tokens, seg)
    if verb is None:
        verbs = [t for t in frame if is_speech_verb(t) and subject_of(t, outside) is not None]
        verb = min(verbs, key=lambda v: _distance(v, seg)) if verbs else None
    if verb is None:
        return _Pending(seg.start, seg.end, kind, None, seg.paragraph, continues=True)
    return _Pending(seg.start, seg.end, kind, attribution_for(verb, outside), seg.paragraph)


def _distance(token: Any, seg: QuotedSegment) -> int:
    if token.idx < seg.open_mark:
        return seg.open_mark - token.idx
    return token.idx - (seg.close_mark if seg.close_mark is not None else seg.end)


def _frame_tokens(doc: Document, tokens: _TokenIndex, seg: QuotedSegment, paragraph: Span,
                  quoted_marks: Intervals) -> list[Any]:
    """The words of the sentences around a quote that are not themselves quoted."""
    end = seg.close_mark if seg.close_mark is not None else seg.end
    first = tokens.at(seg.open_mark).sent
    last = tokens.at(min(end + 1, paragraph.end - 1)).sent
    lo = max(first.start_char, paragraph.start)
    hi = min(last.end_char, paragraph.end)
    return [t for t in tokens.between(lo, hi) if not t.is_space and not quoted_marks.contains(t.idx)]


def _colon_lead(doc: Document, tokens: _TokenIndex, seg: QuotedSegment, paragraph: Span) -> Any:
    """The main verb of a sentence ending in a colon that introduces the quote ("She told the court:")."""
    before = doc.text[paragraph.start : seg.open_mark].rstrip()
    if not before.endswith(":"):
        return None
    sent = tokens.at(paragraph.start + len(before) - 1).sent
    root = sent.root
    return root if subject_of(root) is not None else None


def _neighbour_attribution(doc: Document, tokens: _TokenIndex, seg: QuotedSegment, paragraph: Span) -> Attribution | None:
    """For a quote alone at a paragraph start: "X said this" right after it, else the subject of the sentence
    just before it ("Olsen read a statement from the bench." then the statement; a "he" or "she" there is
    resolved like any pronoun). Used when no earlier
    quote continues into it."""
    if doc.text[paragraph.start : seg.open_mark].strip():
        return None
    end = seg.close_mark if seg.close_mark is not None else seg.end
    if end + 2 < len(doc.text):
        following = tokens.at(end + 2).sent
        for tok in following:
            if is_speech_verb(tok) and any(c.dep_ == "dobj" and c.lower_ in {"this", "that", "so"} for c in tok.children):
                subject = subject_of(tok)
                if subject is not None:
                    return Attribution(tok.idx, tok.idx + len(tok.text), subject, None, False)
    if paragraph.start == 0:
        return None
    previous = tokens.at(paragraph.start - 2).sent
    subject = next((c for c in previous.root.children if c.dep_ == "nsubj"), None)
    if subject is None or (subject.pos_ not in {"PROPN", "NOUN"} and subject.lower_ not in {"he", "she"}):
        return None  # "He still spends three months a year at sea." then the quote: his words
    root = previous.root
    return Attribution(root.idx, root.idx + len(root.text), subject, None, False)


def _resolve(doc: Document, pending: list[_Pending], marked: list[tuple[int, int]]) -> list[Quote]:
    resolver = SpeakerResolver(doc, marked)
    results: dict[int, Quote] = {}
    order = sorted(range(len(pending)), key=lambda i: (pending[i].continues, pending[i].anchor))
    outlets = sorted([(p.attribution.cue_start, p.attribution.via) for p in pending
                      if p.attribution and p.attribution.via and not p.attribution.via[:1].islower()] +
                     [(p.attribution.cue_start, name) for p in pending
                      if p.attribution and (name := _outlet_named(p.attribution.subject))])
    for i in order:
        item = pending[i]
        if item.continues:
            results[i] = _continued(doc, item, pending, results, resolver)
            continue
        attribution = item.attribution
        if attribution and attribution.via and attribution.via.startswith("the "):
            # "told the newspaper": the outlet named last, as a relay or as a speaker
            named = [via for at, via in outlets if at < attribution.cue_start]
            attribution.via = named[-1] if named else None
        resolution = resolver.resolve(attribution.subject if attribution else None, item.anchor)
        speaker = resolution.speaker
        if attribution is not None and attribution.subject is not None and speaker is not None:
            resolver.note(speaker, attribution.subject.idx, attribution.statement)
        results[i] = Quote(
            start=item.start,
            end=item.end,
            text=doc.text[item.start : item.end],
            kind=item.kind,
            speaker=speaker.name if speaker else None,
            speaker_role=speaker.role if speaker and speaker.type == "person" else None,
            speaker_type=speaker.type if speaker else "unknown",
            speaker_mention=resolution.mention,
            cue=Span(attribution.cue_start, attribution.cue_end, "cue") if attribution else None,
            via=attribution.via if attribution else None,
            confidence=resolution.confidence,
            fragments=item.fragments,
        )
    quotes = [results[i] for i in range(len(pending))]
    relayed = {q.cue: q.via for q in quotes if q.cue is not None and q.via}
    for quote in quotes:  # quotes sharing one attribution share its relay
        if quote.via is None and quote.cue in relayed:
            quote.via = relayed[quote.cue]
    quotes.sort(key=lambda q: q.start)
    _carry_relays(doc, quotes, {p.attribution.cue_start for p in pending if p.attribution and p.attribution.interview})
    return quotes


def _outlet_named(subject: Any) -> str | None:
    """The name of an outlet that is a quote's speaker ("Znak.com", "the news site Baltik24.com"), else None."""
    if subject is None:
        return None
    names = [subject] if subject.pos_ == "PROPN" else [
        c for c in subject.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
    if names and (is_outlet(phrase_tokens(subject)) or is_outlet(phrase_tokens(names[0]))):
        return outlet_name(phrase_tokens(names[0]))
    return None


def _carry_relays(doc: Document, quotes: list[Quote], interviews: set[int]) -> None:
    """A relay the speaker spoke to (`interviews`: the cue offsets of "told Fox News", "speaking to BBC Sport")
    holds for their next quotes ("..., Graham continued") until another speaker is quoted or a cue names
    another occasion ("in the filing", "in February"), for up to two paragraphs. An outlet that reported one
    statement ("according to NBC") relays that one only."""
    starts = [p.start for p in doc.paragraphs]
    relayed: Quote | None = None
    for quote in quotes:
        if quote.speaker is None:
            continue
        if quote.via:
            relayed = quote if quote.cue is not None and quote.cue.start in interviews else None
            continue
        if relayed is None or quote.speaker != relayed.speaker or _another_occasion(doc, quote.cue):
            relayed = None
            continue
        if bisect_right(starts, quote.start) - bisect_right(starts, relayed.start) <= 2:
            quote.via = relayed.via


def _another_occasion(doc: Document, cue: Span | None) -> bool:
    """True when a cue's clause says where or when the words were said ("in the filing", "in February")."""
    if cue is None:
        return False
    verb = doc.nlp.char_span(cue.start, cue.end, alignment_mode="expand")
    verb = verb.root if verb is not None else None
    for _ in range(3):
        if verb is None:
            break
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ == "in" and any(o.dep_ == "pobj" for o in child.children) or \
                    child.dep_ in {"prep", "npadvmod"} and any(t.ent_type_ in {"DATE", "TIME"} for t in child.subtree):
                return True
        verb = verb.head if verb.dep_ in {"advcl", "xcomp", "conj"} and verb.head.i != verb.i else None
    return False


def _continued(doc: Document, item: _Pending, pending: list[_Pending], results: dict[int, Quote],
               resolver: SpeakerResolver) -> Quote:
    """A quote with no attribution of its own: the speaker of the quote just before, in reach."""
    before = [(pending[j], q) for j, q in results.items() if pending[j].kind != "indirect"
              and pending[j].start < item.start and item.paragraph - pending[j].paragraph <= 1]
    text = doc.text[item.start : item.end]
    if before:
        previous_item, previous = max(before, key=lambda pair: pair[0].start)
        between = doc.text[previous_item.end : item.start]
        opens_paragraph = not doc.text[doc.paragraphs[item.paragraph].start : item.start - 1].strip()
        if previous_item.paragraph == item.paragraph or _only_quote_follows(between) or opens_paragraph:
            return Quote(item.start, item.end, text, item.kind, previous.speaker, previous.speaker_role,
                         previous.speaker_type, previous.speaker_mention, previous.cue, previous.via,
                         min(previous.confidence, CONFIDENCE["continuation"]))
    attribution = item.attribution
    if attribution is not None:
        resolution = resolver.resolve(attribution.subject, attribution.subject.idx)
        speaker = resolution.speaker
        if speaker is not None and resolution.how in {"name", "appos", "surname", "pronoun", "role"}:
            return Quote(item.start, item.end, text, item.kind, speaker.name,
                         speaker.role if speaker.type == "person" else None, speaker.type, resolution.mention,
                         Span(attribution.cue_start, attribution.cue_end, "cue"), None, CONFIDENCE["neighbour"])
    return Quote(item.start, item.end, text, item.kind, confidence=CONFIDENCE["none"])


def _only_quote_follows(between: str) -> bool:
    """True when nothing but closing marks and paragraph breaks separate two quotes."""
    return not any(ch.isalnum() for ch in between)
