"""Quote spans found on the characters (quotes.marks): a table of real sentences.

Sentences come from the reference article and the dev corpus (../shared/corpus), some
with variants written for one rule each.
"""

from __future__ import annotations

import pytest

from quoteminer.quotes.marks import find_quote_spans


def quotes_of(text: str) -> list[str]:
    spans, _ = find_quote_spans(text)
    return [text[s.start:s.end] for s in spans]


@pytest.mark.parametrize("text, expected", [
    # « » glued to the words (Yonhap, Le Figaro)
    ("«Nous sommes déterminés à défendre la république de Corée», a déclaré Blinken.",
     ["Nous sommes déterminés à défendre la république de Corée"]),
    # « » with no-break spaces inside, the marks and spaces are trimmed (Le Monde)
    ("Des avocats «\u00a0outrés\u00a0». Des clients «\u00a0abasourdis\u00a0».", ["outrés", "abasourdis"]),
    # narrow no-break spaces (Les Echos)
    ("le chef du gouvernement a appelé les syndicats à «\u2009prendre leurs responsabilités\u2009».",
     ["prendre leurs responsabilités"]),
    # English curly quotes (La DH)
    ("“Je n’ai rien à dire, on verra bien ce qui arrivera”, réagissait à l'époque Eddy Merckx.",
     ["Je n’ai rien à dire, on verra bien ce qui arrivera"]),
    # straight quotes (La DH)
    ('indiquant implicitement que le parquet voulait "aller au procès" .', ["aller au procès"]),
    # German-style low-high quotes and single guillemets (variants)
    ("Il a parlé d'une „victoire“ et d'un ‹ succès ›.", ["victoire", "succès"]),
    # a short partial quote in a que-clause (reference article)
    ("Séoul et Washington ont déclaré que la Corée du Nord pourrait effectuer ce qui sera son "
     "septième essai nucléaire «à tout moment».", ["à tout moment"]),
    # two quotes in one sentence, each its own quote (Journal de Montréal)
    ("«Très, très vraisemblablement cinq personnes», ainsi que «trois visiteurs» se trouvaient "
     "dans l’un des immeubles effondrés, a ajouté M. Tarabeux.",
     ["Très, très vraisemblablement cinq personnes", "trois visiteurs"]),
    # a quote of two sentences (reference article)
    ("«C'est au premier plan et au centre de nos efforts conjoints. La paix sans "
     "dénucléarisation est une fausse paix».",
     ["C'est au premier plan et au centre de nos efforts conjoints. La paix sans "
      "dénucléarisation est une fausse paix"]),
])
def test_quote_spans(text, expected):
    assert quotes_of(text) == expected


def test_offsets_index_the_text_exactly():
    text = "Il a dit «\u00a0bonjour\u00a0» puis “au revoir”."
    spans, _ = find_quote_spans(text)
    assert [(text[s.start:s.end], text[s.open_at], text[s.close_at]) for s in spans] == [
        ("bonjour", "«", "»"), ("au revoir", "“", "”")]


def test_nested_marks_belong_to_the_outer_quote():
    text = "« Il a parlé de “ trahison ” et de « honte » », a-t-il dit."
    assert quotes_of(text) == ["Il a parlé de “ trahison ” et de « honte »"]


def test_quote_reopened_at_each_paragraph_is_one_quote():
    text = ("«Nous élargirons la portée de l'alliance.\n\n"
            "«Nous continuons à tenir des consultations avec les Etats-Unis.\n"
            "«Rien n'a encore été fixé», a-t-il déclaré.")
    spans, strays = find_quote_spans(text)
    assert len(spans) == 1 and strays == []
    assert spans[0].paragraphs == 3
    assert text[spans[0].start:spans[0].end].endswith("Rien n'a encore été fixé")


def test_stray_opening_mark_is_bounded_by_its_paragraph_and_reported():
    text = ("Il a déclaré « nous verrons bien ce qui arrivera.\n"
            "Le reste de l'article ne doit pas devenir une citation, « ni celle-ci » dit-il.")
    spans, strays = find_quote_spans(text)
    assert quotes_of(text) == ["nous verrons bien ce qui arrivera.", "ni celle-ci"]
    assert [s.reason for s in strays] == ["never closed in its paragraph"]


def test_unclosed_quote_at_the_end_of_a_truncated_article():
    text = ("le chef du gouvernement a appelé les syndicats à « prendre leurs responsabilités » : "
            "« Si, à chaque manifestation, il y a aujourd'hui des casseurs, on doit s'interroger.")
    assert quotes_of(text)[-1] == ("Si, à chaque manifestation, il y a aujourd'hui des casseurs, "
                                   "on doit s'interroger.")


def test_stray_mark_inside_a_pair_leaves_the_inner_quotes():
    # La Presse: a typo opens «par and never closes it; the two real quotes survive
    text = "M. Dekhar avait agi «par «dépit social» et «rancoeur» envers la société.\nSon avocat."
    assert quotes_of(text) == ["dépit social", "rancoeur"]


def test_straight_inch_mark_is_not_a_quote():
    spans, strays = find_quote_spans('un écran de 5" et "une vraie citation" ici')
    assert quotes_of('un écran de 5" et "une vraie citation" ici') == ["une vraie citation"]
    assert strays and strays[0].mark == '"'


def test_broken_opening_mark_after_an_elision():
    # Journal de Montréal: the page turned « into » after "d’"
    text = "faisait état d’»un parc privé potentiellement indigne», présentant «un risque»."
    assert quotes_of(text) == ["un parc privé potentiellement indigne", "un risque"]


def test_soft_line_breaks_inside_a_short_quote():
    # Reporterre: the scraped page cut the quoted words over lines
    text = "«\u00a0Nouveaux\nOGM\n» ou «\nOGM\ncachés\u00a0»\nMais"
    assert quotes_of(text) == ["Nouveaux\nOGM", "OGM\ncachés"]


@pytest.mark.parametrize("text", ["", "   ", "pas de guillemets ici", "«", "»", '"', "« »"])
def test_degenerate_texts(text):
    spans, _ = find_quote_spans(text)
    for s in spans:
        assert 0 <= s.start < s.end <= len(text)


@pytest.mark.parametrize("text, expected", [
    # a Swiss wire writes »…«: a » after a space and glued to a word opens, « closes
    ("Des lycéens ont manifesté en soutien aux »gilets jaunes« aux cris de »Macron "
     "démission!«, selon la police.", ["gilets jaunes", "Macron démission!"]),
    ("La manifestante brandissait une pancarte »Nous voulons vivre«. »C'est notre dernière "
     "chance«, a-t-elle ajouté.", ["Nous voulons vivre", "C'est notre dernière chance"]),
    # both ways in one text (two wires pasted together)
    ("Les «gilets jaunes» ont défilé. Ailleurs, des lycéens criaient »Macron démission«.",
     ["gilets jaunes", "Macron démission"]),
    # a » closing an open « is still a closing mark, even glued to the next word
    ("«Nous verrons », a-t-il dit. «Je pars »Paul reste.", ["Nous verrons", "Je pars"]),
    # an opening mark turned into », closed by »
    ("Le quotidien se demande »comment réagir face aux casseurs». Le «grand débat» continue.",
     ["comment réagir face aux casseurs", "grand débat"]),
    # a broken opening mark after an elision keeps its reading
    ("Il a dénoncé une «trahison». Elle parle d’»un recul historique», a-t-elle dit.",
     ["trahison", "un recul historique"]),
])
def test_reversed_guillemets(text, expected):
    assert quotes_of(text) == expected


def test_reversed_quote_that_never_closes_is_dropped():
    text = "Ils criaient »non à la taxe.\nLe cortège a rejoint la place."
    spans, strays = find_quote_spans(text)
    assert spans == []
    assert [(s.mark, s.offset) for s in strays] == [("»", text.index("»"))]


@pytest.mark.parametrize("text, expected", [
    # a straight mark glued to an elided letter that lost its apostrophe opens
    ('Le ministre a qualifié la mesure d"inacceptable" devant les députés.', ["inacceptable"]),
    ('Il parle de l"urgence climatique" et de "justice".', ["urgence climatique", "justice"]),
    # an inch mark after a number is still no quote
    ('un écran de 5" et "une vraie citation" ici', ["une vraie citation"]),
])
def test_straight_mark_after_an_elided_letter(text, expected):
    assert quotes_of(text) == expected


# (text, the quote's first words, whether its opening mark starts a sentence)
SENTENCE_START_CASES = [
    # a quote in capitals after a full stop starts a sentence, so the parser does not
    # hang the next clause on the sentence before
    # (without it the parser runs this one on from the sentence before)
    ("Dans le sud-ouest, la préfecture a annoncé la fermeture des écoles publiques et "
     "privées. « Le ministre prudent » Fragilisé par la crise, Paul Martin a affirmé qu’il "
     "agissait avec « le soutien du président ».", "Le ministre prudent", True),
    ("Le ministre a parlé. «Nous sommes prêts», a-t-il dit.", "Nous sommes prêts", True),
    # after a colon, or in lower case, the quote goes on with the sentence it is in
    ("Le ministre a prévenu : « Nous sommes prêts ».", "Nous sommes prêts", False),
    ("Il a été question d'une « réforme en profondeur » du système.", "réforme en profondeur",
     False),
]

# (text, the first word after the closing mark, whether it starts a sentence)
AFTER_CLOSE_CASES = [
    # the quote closed its own sentence: the clause after it is not its incise
    ("Pour Claire, ce n'est pas gagné car «la prime ne va pas favoriser les embauches.» "
     "Fataliste, Marc conclut : «il ne peut pas tout rétablir».", "Fataliste", True),
    # no full stop inside the marks: a capital after them goes on with the sentence
    ("Il a reçu le prix «Jeune talent» Lundi soir à Paris.", "Lundi", False),
    # an incise in lower case belongs to the quote's sentence
    ("«Nous sommes prêts.» a-t-il dit.", "a", False),
]


@pytest.mark.parametrize("text, word, starts", AFTER_CLOSE_CASES)
def test_quote_that_ends_its_sentence_ends_it(miner, text, word, starts):
    doc = miner.nlp(text)
    close = text.index("»", text.index("«"))
    token = doc.char_span(text.index(word, close), text.index(word, close) + len(word),
                          alignment_mode="expand")[0]
    assert bool(token.is_sent_start) is starts


@pytest.mark.parametrize("text, words, starts", SENTENCE_START_CASES)
def test_quote_after_a_sentence_end_starts_a_sentence(miner, text, words, starts):
    doc = miner.nlp(text)
    mark = doc.char_span(text.index(words) - 2, text.index(words) + len(words),
                         alignment_mode="expand")[0]
    assert mark.text == "«"
    assert bool(mark.is_sent_start) is starts
