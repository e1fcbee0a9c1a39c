"""Segmentation: paragraphs and sentences that respect news quotation marks and line breaks."""

from __future__ import annotations

import pytest

from claimcheck.ingest import from_text, read_article

from conftest import CORPUS, REFERENCE_ARTICLE


def _sentences(pipeline, text):
    doc = from_text(text)
    pipeline.stages[0](doc)
    return doc, [doc.span_text(s) for s in doc.sentences]


@pytest.mark.parametrize(
    "text, attribution",
    [
        ("“Supplies have begun this month and will continue,” the foreign secretary told reporters on Monday.",
         "the foreign secretary told reporters"),
        ('"We will not back down," she said. "Never."', "she said"),
        ("'It is a disgrace,' said Councillor Jane Hughes, who chairs the committee.", "said Councillor"),
        ("« Nous ne céderons pas », he said, before leaving the room.", "he said"),
        ("“Is this fair?” asked the mayor, pointing at the plans.", "asked the mayor"),
    ],
)
def test_attribution_after_a_closing_quote_stays_in_the_sentence(pipeline, text, attribution):
    _doc, sentences = _sentences(pipeline, text)
    holder = [s for s in sentences if attribution in s]
    assert holder and holder[0].lstrip("“\"'« ")[:3] == text.lstrip("“\"'« ")[:3]


@pytest.mark.parametrize("space", ["\u00a0", "\u202f", "\u2009", " "])
@pytest.mark.parametrize("text", [
    "The mayor spoke on Monday.{space}“It will take years,” she said.",
    "“We will rebuild,” the mayor said.{space}“It will take years.”",
    "Officials declined to comment.{space}\"We are reviewing the decision,\" a spokesman said later.",
])
def test_a_quote_after_any_space_starts_a_sentence(pipeline, text, space):
    _doc, sentences = _sentences(pipeline, text.format(space=space))
    assert len(sentences) == 2 and sentences[1][0] in "“\""


def test_multi_paragraph_quote_yields_sentences_per_paragraph(pipeline):
    text = ("The judge read her ruling aloud.\n\n"
            "“The defendant knew what he was doing. He did it for money.\n\n"
            "“He showed no remorse at any point,” she said.")
    doc, sentences = _sentences(pipeline, text)
    assert len(doc.paragraphs) == 3
    assert sentences[1].startswith("“The defendant") and sentences[2] == "He did it for money."
    assert sentences[3].startswith("“He showed no remorse")
    assert [s.label for s in doc.sentences] == ["0", "1", "1", "2"]


def test_no_sentence_crosses_a_line_break(pipeline):
    doc = read_article(REFERENCE_ARTICLE)
    pipeline.stages[0](doc)
    assert all("\n" not in doc.span_text(s) for s in doc.sentences)
    assert all(doc.span_text(s) == doc.span_text(s).strip() for s in doc.sentences)
    assert any(e.label == "PERSON" and doc.span_text(e) == "Rajnath Singh" for e in doc.entities)


@pytest.mark.parametrize("path", sorted(CORPUS.glob("*.txt"))[:24], ids=lambda p: p.stem)
def test_corpus_articles_segment_into_sane_sentences(pipeline, path):
    doc = read_article(path)
    pipeline.stages[0](doc)
    assert doc.paragraphs and doc.sentences
    for sentence in doc.sentences:
        text = doc.span_text(sentence)
        assert "\n" not in text
        # a sentence never starts with a lower-case attribution left behind by a quote
        assert not text.startswith(("he said", "she said", "said ", "they said"))
    words = len(doc.text.split())
    assert 300 <= words <= 1600


def test_a_long_text_is_parsed_in_paragraph_pieces_that_join_back_exactly(nlp):
    from claimcheck.segment import CHUNK_CHARS, parse

    paragraphs = [f"The council of Port {name} met on Monday. Mayor Ana Ruiz said {n} new buses would run by May."
                  for n, name in enumerate(["Alder", "Birch", "Cedar", "Dunmore", "Elm", "Fenwick"] * 80)]
    text = "Buses\n\nMarch 3, 2024\n\n" + "\n\n".join(paragraphs) + "\n"
    assert len(text) > 2 * CHUNK_CHARS
    pieces, whole = parse(nlp, text), nlp(text)
    assert pieces.text == text
    assert [(t.idx, t.text, t.lemma_, t.dep_) for t in pieces] == [(t.idx, t.text, t.lemma_, t.dep_) for t in whole]
    assert [s.start_char for s in pieces.sents] == [s.start_char for s in whole.sents]
    apart = {(e.start_char, e.label_) for e in pieces.ents} ^ {(e.start_char, e.label_) for e in whole.ents}
    assert len(apart) <= 4  # only at a piece's first words can the recogniser's context differ


def test_a_tokens_sentence_start_and_the_start_sentences_before_it(nlp):
    from claimcheck.segment import sentence_start, sentence_starts

    doc = nlp("The mill closed in May. Its owner sold the land. Nobody bought the machines.")
    opening = [s.start for s in doc.sents]
    assert sentence_starts(doc) == opening and len(opening) == 3
    machines = next(t for t in doc if t.text == "machines")
    assert sentence_start(doc, machines.i) == opening[2]
    assert sentence_start(doc, machines.i, 1) == opening[1]
    assert sentence_start(doc, machines.i, 5) == 0  # no further back than the first sentence
    assert sentence_start(doc, opening[1]) == opening[1]  # a sentence's first token is its own start


def test_a_lower_case_word_right_after_a_word_never_starts_a_sentence(nlp):
    from claimcheck.segment import news_sentence_starts

    doc = news_sentence_starts(nlp.make_doc("In the ballot 640 tenants voted yes and 212 voted no. next came"))
    presets = {t.text: t.is_sent_start for t in doc}
    assert presets["yes"] is False and presets["and"] is False and presets["voted"] is False
    assert presets["next"] is None  # after a full stop the parser decides


def _fresh_python(code: str) -> list[str]:
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-500:]
    return done.stdout.split()


def test_spacy_is_imported_with_torch_hidden_and_torch_still_imports_afterwards():
    shown = _fresh_python("import sys, claimcheck.segment, thinc.compat as c; print('torch' in sys.modules, "
                          "c.has_torch); import torch; print(int(torch.tensor([2, 3]).sum()))")
    assert shown == ["False", "False", "5"]


def test_torch_loaded_before_is_left_to_spacy():
    assert _fresh_python("import torch, claimcheck.segment, thinc.compat as c; print(c.has_torch)") == ["True"]
