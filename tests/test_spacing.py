"""The parser reads no-break spaces as plain ones; every record still indexes the source."""

from __future__ import annotations

import pytest

from quoteminer.spacing import text_for_parser

NBSP, NNBSP = "\u00a0", "\u202f"

# French typography: a no-break space inside the guillemets and before ";:!?%"
SENTENCES = [
    f"La fédération a qualifié la réforme de «{NBSP}brutale{NBSP}», a déclaré son président "
    f"Marc Olivier.",
    f"«{NBSP}Nous ne céderons pas{NBSP}», a lancé la syndicaliste Claire Vidal{NBSP}; "
    f"la hausse atteint 4{NNBSP}%.",
    f"Le budget de 2{NBSP}500 euros a été voté{NBSP}: «{NNBSP}C'est un début{NNBSP}», "
    f"a estimé la maire Anne Roy.",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_parser_text_keeps_length_and_plain_characters(text):
    parsed = text_for_parser(text)
    assert len(parsed) == len(text)
    assert NBSP not in parsed and NNBSP not in parsed
    assert [c for c in parsed if c != " "] == [c for c in text if c not in (" ", NBSP, NNBSP)]


@pytest.mark.parametrize("text", SENTENCES)
def test_no_space_tokens_inside_a_sentence(miner, text):
    doc = miner.nlp.make_doc(text)
    assert not [t.i for t in doc if t.is_space]  # a SPACE token derails the parser
    assert doc.text == text_for_parser(text)


@pytest.mark.parametrize("text, quote, speaker, figure", [
    (SENTENCES[0], "brutale", "Marc Olivier", None),
    (SENTENCES[1], "Nous ne céderons pas", "Claire Vidal", f"4{NNBSP}%"),
    (SENTENCES[2], "C'est un début", "Anne Roy", f"2{NBSP}500 euros"),
])
def test_records_index_the_source_text(miner, text, quote, speaker, figure):
    article = miner(text)
    quotes = {q.text: q for q in article.quotes}
    assert quote in quotes
    q = quotes[quote]
    assert text[q.start:q.end] == q.text
    names = {s.id: s.name for s in article.speakers}
    assert names.get(q.speaker_id) == speaker
    for f in article.figures:
        assert text[f.start:f.end] == f.text  # the source's no-break spaces, not the parser's
    if figure is not None:
        assert figure in [f.text for f in article.figures]
