"""Article metadata: time stamps, datelines, agency, headline, reference date."""

from __future__ import annotations

import pytest

from quoteminer.furniture.metadata import (dateline_date, find_dateline, find_timestamps,
                                           published_stamp, read_metadata)
from quoteminer.furniture.spans import furniture_spans

LEAD = "Les Etats-Unis restent déterminés à défendre la Corée du Sud, a déclaré Blinken."
MORE = "\n\nLe ministre est arrivé à Washington mercredi."


# (page text, expected "published")
STAMPS = [
    ("05.02.2023 à 14h24 replay time00:41\n\n" + LEAD, "2023-02-05T14:24"),
    ("Publié le 03/02/2023 à 10:15\n" + LEAD, "2023-02-03T10:15"),
    ("Mis à jour le 4 février 2023 à 9h05\n" + LEAD, "2023-02-04T09:05"),
    ("3 février 2023 à 14h05\n" + LEAD, "2023-02-03T14:05"),
    ("Par Julia Pascual Publié le 23 mai 2016 à 11h03\n" + LEAD, "2016-05-23T11:03"),
    ("Publié le 3 février 2023\n" + LEAD, "2023-02-03"),
    ("Publié le mardi 5 févr. 2019 à 18h\n" + LEAD, "2019-02-05T18:00"),
    (LEAD + "\n16/01/2019 07:33:07\xa0-\xa0\n", "2019-01-16T07:33:07"),
]


@pytest.mark.parametrize("text,published", STAMPS)
def test_time_stamp_is_published(text, published):
    assert read_metadata(text)["published"] == published


NOT_STAMPS = [
    # A date in the body is not a stamp, nor a bare date without time or label.
    "Le traité a été signé le 3 février 2023 à 14h05 à Séoul.",
    "03/02/2023\n" + LEAD,
    "31.02.2023 à 10h00\n" + LEAD,  # no 31 February
]


@pytest.mark.parametrize("text", NOT_STAMPS)
def test_no_time_stamp(text):
    assert read_metadata(text)["published"] is None


def test_first_publication_wins_over_update():
    text = "Mis à jour le 06/02/2023 à 08:00\nPublié le 05/02/2023 à 14:24\n" + LEAD
    assert published_stamp(find_timestamps(text)).iso == "2023-02-05T14:24"


# (text, place, date, agency); the stamps give the year where the dateline has none.
DATELINES = [
    ("05.02.2023 à 14h24\n\nWASHINGTON, 03 fév. -- " + LEAD, "WASHINGTON", "2023-02-03", None),
    ("PARIS (AFP) - " + LEAD, "PARIS", None, "AFP"),
    ("Bruxelles, le 3 février 2023 (Belga) – " + LEAD, "Bruxelles", "2023-02-03", "Belga"),
    ("MONTRÉAL | " + LEAD, "MONTRÉAL", None, None),
    ("STRASBOURG | Les forces de l’ordre françaises étaient toujours engagées mercredi.",
     "STRASBOURG", None, None),
    ("Genève (ATS) - " + LEAD, "Genève", None, "ATS"),
    ("BEYROUTH (Reuters) - " + LEAD, "BEYROUTH", None, "Reuters"),
    ("LOS ANGELES, 1er mars (AFP) - " + LEAD, "LOS ANGELES", None, "AFP"),
    ("Publié le 02/03/2023 à 09:00\nLOS ANGELES, 1er mars (AFP) - " + LEAD,
     "LOS ANGELES", "2023-03-01", "AFP"),
    # AFP feeds print stamp, dateline and copyright after the text (Le Point).
    (LEAD + "\n16/01/2019 07:33:07\xa0-\xa0\n\xa0\xa0\xa0\xa0Marseille (AFP)\xa0-\xa0\n"
     "\xa0\xa0\xa0\xa0©\xa02019\xa0AFP", "Marseille", "2019-01-16", "AFP"),
]


@pytest.mark.parametrize("text,place,date,agency", DATELINES)
def test_dateline(text, place, date, agency):
    meta = read_metadata(text)
    assert (meta["place"], meta["date"], meta["agency"]) == (place, date, agency)


NOT_DATELINES = [
    "Samedi, ils étaient plus de 287.000 à se mobiliser contre la hausse des taxes.",
    "Marseille: beaucoup à se faire pardonner à Saint-Etienne\nLa victoire lui tourne le dos.",
    LEAD + "\n» LIRE AUSSI - «Gilets jaunes»: notre live de dimanche",
    "Emmanuel Macron a déclaré mardi : « Nous tiendrons bon ».",
    # A place in capitals far down the text is an intertitle, not a dateline.
    "\n\n".join([LEAD] * 8) + "\n\nCORÉE DU NORD - la menace grandit",
]


@pytest.mark.parametrize("text", NOT_DATELINES)
def test_no_dateline(text):
    assert find_dateline(text, furniture_spans(text)) is None


def test_dateline_month_after_stamp_month_is_last_year():
    text = "02.01.2023 à 10h00\n\nSÉOUL, 28 déc. -- " + LEAD
    assert read_metadata(text)["date"] == "2022-12-28"


def test_date_falls_back_to_the_stamp_day():
    assert read_metadata("Publié le 03/02/2023 à 10:15\n" + LEAD)["date"] == "2023-02-03"


def test_no_date_without_one_in_the_text():
    meta = read_metadata("WASHINGTON, 03 fév. -- " + LEAD)
    assert meta["place"] == "WASHINGTON" and meta["date"] is None


def test_dateline_date_keeps_its_own_year():
    text = "05.02.2023 à 14h24\nBruxelles, le 30 décembre 2022 (Belga) – " + LEAD
    dateline = find_dateline(text)
    assert dateline_date(dateline, published_stamp(find_timestamps(text))) == "2022-12-30"


# (text, agency) from credits; photo credits and prose are not the article's agency.
AGENCIES = [
    (LEAD + "\n\n(Yonhap)\n\n(FIN)", "Yonhap"),
    (LEAD + " (ats/nxp)", "ATS"),
    ("Le Figaro avec AFP\n" + LEAD, "AFP"),
    (LEAD + "\n(avec AFP)", "AFP"),
    (LEAD + "\n© 2019 AFP", "AFP"),
    (LEAD + "\nSource : Reuters", "Reuters"),
    ("La police procède à des arrestations à Bujumbura. REUTERS/THOMAS MUKOYA\n" + LEAD,
     None),
    ("Le militant a été interpellé, a constaté un journaliste de Reuters.", None),
]


@pytest.mark.parametrize("text,agency", AGENCIES)
def test_agency(text, agency):
    assert read_metadata(text)["agency"] == agency


# (text, title)
TITLES = [
    ("Vidéos\n\nPour Emmanuel Macron, le 80 km/h n'est pas un dogme\n\n" + LEAD,
     "Pour Emmanuel Macron, le 80 km/h n'est pas un dogme"),
    ("«Mourir comme ça, c'est injuste» : Chantal, 63 ans, a été tuée sur un barrage des "
     "«gilets jaunes» en Savoie\nSamedi, la journée de mobilisation a été émaillée "
     "d'incidents.",
     "«Mourir comme ça, c'est injuste» : Chantal, 63 ans, a été tuée sur un barrage des "
     "«gilets jaunes» en Savoie"),
    ("Marseille: beaucoup à se faire pardonner à Saint-Etienne\nLa victoire et ses "
     "supporters lui tournent le dos.", "Marseille: beaucoup à se faire pardonner à "
     "Saint-Etienne"),
    ("05.02.2023 à 14h24 replay time00:41\nLes Etats-Unis déterminés à défendre la Corée "
     "du Sud\n" + LEAD, "Les Etats-Unis déterminés à défendre la Corée du Sud"),
    # One long paragraph: no headline.
    (LEAD + " " + LEAD, None),
    # A lead with a final period is not a headline.
    (LEAD + MORE, None),
    # A photo caption of two sentences is not a headline.
    ("Fresque quai de Valmy à Paris, le 18 mai. Francois Mori / AP" + MORE, None),
    # The dateline line is the body, not a headline.
    ("WASHINGTON, 03 fév. -- Les Etats-Unis déterminés\n" + LEAD, None),
    ("Par Les Echos\n" + LEAD + MORE, None),
]


@pytest.mark.parametrize("text,title", TITLES)
def test_title(text, title):
    assert read_metadata(text)["title"] == title


def test_metadata_has_the_record_keys():
    meta = read_metadata(LEAD)
    assert set(meta) == {"title", "place", "date", "published", "agency", "language",
                         "furniture", "source"}
    assert meta["language"] is None and meta["source"] == {}


def test_seed_metadata_in_the_pipeline(miner, seed_gold):
    meta = miner(seed_gold["text"]).metadata
    assert meta.title == ("Les Etats-Unis déterminés à utiliser toutes leurs capacités pour "
                          "défendre la Corée du Sud, selon Blinken")
    assert (meta.place, meta.date, meta.published, meta.agency) == (
        "WASHINGTON", "2023-02-03", "2023-02-05T14:24", "Yonhap")
    assert meta.language == "fr"
    assert "(FIN)" in [m.text for m in meta.furniture]
