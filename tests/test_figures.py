"""Figure finder (issue 3): real figure expressions from the corpus articles, in their
sentence, with the kind, value, unit and qualifier GUIDELINES.md asks for.

Rows are (article, sentence, surface, kind, value, unit, qualifier).  The sentence is
parsed alone; weekdays and yearless dates are resolved against the article's date, given
here as the metadata the furniture component would set.  ``unit`` is checked when the row
gives one.
"""

from __future__ import annotations

import pytest

from quoteminer.figures.finder import find_figures
from quoteminer.figures.lexicon import load_lexicon
from quoteminer.figures.numbers import ordinal_word_value, parse_digits, parse_words, roman_value

# The article's date (dateline, else time stamp) of the corpus articles that state one.
ARTICLE_DATES = {"seed-yonhap-blinken-park": "2023-02-03", "fr-057": "2019-01-16"}


@pytest.fixture(scope="module")
def nlp(miner):
    return miner.nlp


def figures_of(nlp, text, date=None, published=None, furniture=()):
    doc = nlp(text)
    metadata = {"date": date, "published": published, "furniture": list(furniture)}
    figs = find_figures(doc, load_lexicon(), metadata)
    for f in figs:
        assert text[f.start:f.end] == f.text
    return figs


def find(figs, text, surface):
    start = text.find(surface)
    assert start >= 0, surface
    end = start + len(surface)
    hits = [f for f in figs if f.start < end and start < f.end]
    return hits


CORPUS = [
    ('seed-yonhap-blinken-park', '05.02.2023 à 14h24 replay time00:41', '05.02.2023 à 14h24', 'datetime', '2023-02-05T14:24', None, None),
    ('seed-yonhap-blinken-park', 'WASHINGTON, 03 fév. -- Les Etats-Unis restent déterminés à utiliser toute la gamme de leurs capacités militaires, y compris nucléaires, pou', '03 fév.', 'date', '2023-02-03', None, None),
    ('seed-yonhap-blinken-park', 'Pyongyang a effectué plus de 90 essais de missiles au cours de la seule année 2022, tout en tirant 69 missiles balistiques, un nouveau record de missiles balistiques lancés en une seule année.', 'plus de 90 essais de missiles', 'count', 90, 'essais de missiles', 'more_than'),
    ('seed-yonhap-blinken-park', 'Pyongyang a effectué plus de 90 essais de missiles au cours de la seule année 2022, tout en tirant 69 missiles balistiques, un nouveau record de missiles balistiques lancés en une seule année.', '2022', 'year', 2022, None, None),
    ('seed-yonhap-blinken-park', 'Pyongyang a effectué plus de 90 essais de missiles au cours de la seule année 2022, tout en tirant 69 missiles balistiques, un nouveau record de missiles balistiques lancés en une seule année.', '69 missiles balistiques', 'count', 69, 'missiles balistiques', None),
    ('seed-yonhap-blinken-park', 'Son précédent record annuel était de 25.', '25', 'count', 25, None, None),
    ('seed-yonhap-blinken-park', 'Séoul et Washington ont déclaré que la Corée du Nord pourrait effectuer ce qui sera son septième essai nucléaire «à tout moment».', 'septième essai nucléaire', 'ordinal', 7, 'essai nucléaire', None),
    ('seed-yonhap-blinken-park', 'La Corée du Nord a effectué son sixième et dernier essai nucléaire en septembre 2017.', 'sixième et dernier essai nucléaire', 'ordinal', 6, 'essai nucléaire', None),
    ('seed-yonhap-blinken-park', 'La Corée du Nord a effectué son sixième et dernier essai nucléaire en septembre 2017.', 'septembre 2017', 'date', '2017-09', None, None),
    ('seed-yonhap-blinken-park', "La Maison-Blanche a déclaré précédemment que la Corée du Nord sécurise jusqu'à 30% de ses fonds pour ses programmes illicites de développement d'armes par le biais de cyberactivités illégales qui compre", "jusqu'à 30%", 'percent', 30, None, 'up_to'),
    ('seed-yonhap-blinken-park', "A l'occasion du 70e anniversaire de la signature du traité de défense mutuelle en 1953, Séoul et Washington s'efforceront également d'élargir leur «alliance stratégique globale», selon Park.", '70e anniversaire', 'ordinal', 70, 'anniversaire', None),
    ('seed-yonhap-blinken-park', "A l'occasion du 70e anniversaire de la signature du traité de défense mutuelle en 1953, Séoul et Washington s'efforceront également d'élargir leur «alliance stratégique globale», selon Park.", '1953', 'year', 1953, None, None),
    ('seed-yonhap-blinken-park', "comprend de nouveaux éléments qui renforceront encore la coopération bilatérale entre les deux pays et prolongeront de 10 ans l'accord initialement signé en 1999.", '10 ans', 'duration', 10, 'ans', None),
    ('seed-yonhap-blinken-park', "forceront encore la coopération bilatérale entre les deux pays et prolongeront de 10 ans l'accord initialement signé en 1999.", '1999', 'year', 1999, None, None),
    ('seed-yonhap-blinken-park', "S'il a lieu, le sommet sera le deuxième de ce type entre les deux dirigeants après leur première rencontre à Séoul en mai 2022.", 'deuxième', 'ordinal', 2, None, None),
    ('seed-yonhap-blinken-park', "S'il a lieu, le sommet sera le deuxième de ce type entre les deux dirigeants après leur première rencontre à Séoul en mai 2022.", 'mai 2022', 'date', '2022-05', None, None),
    ('seed-yonhap-blinken-park', "à utiliser toute la gamme de leurs capacités militaires, y compris nucléaires, pour défendre la Corée du Sud, a déclaré vendredi le secrétaire d'Etat américain Antony Blinken, alors que la population sud-coréenne commence à s'interroger sur la néce", 'vendredi', 'date', '2023-02-03', None, None),
    ('seed-yonhap-blinken-park', "département d'Etat Ned Price, comprend de nouveaux éléments qui renforceront encore la coopération bilatérale entre les deux pays et prolongeront de 10 ans l'accord initialement signé en 1999.", 'deux pays', 'count', 2, 'pays', None),
    ('seed-yonhap-blinken-park', "S'il a lieu, le sommet sera le deuxième de ce type entre les deux dirigeants après leur première rencontre à Séoul en mai 2022.", 'deux dirigeants', 'count', 2, 'dirigeants', None),
    ('seed-yonhap-blinken-park', "S'il a lieu, le sommet sera le deuxième de ce type entre les deux dirigeants après leur première rencontre à Séoul en mai 2022.", 'première rencontre', 'ordinal', 1, 'rencontre', None),
    ('seed-yonhap-blinken-park', 'Le ministre des Affaires étrangères est arrivé à Washington mercredi, après une brève visite à New York.', 'mercredi', 'date', '2023-02-01', None, None),
    ('seed-yonhap-blinken-park', 'Il rentrera samedi en Corée du Sud.', 'samedi', 'date', '2023-02-04', None, None),
    ('fr-001', '«Des gens meurent pour rien»: la colère des habitants gronde, plus de 24 heures après l’effondrement de plusieurs immeubles vétustes du centre de Marseille, dans le sud-est de la France, où quatre co', 'plus de 24 heures', 'duration', 24, 'heures', 'more_than'),
    ('fr-001', '24 heures après l’effondrement de plusieurs immeubles vétustes du centre de Marseille, dans le sud-est de la France, où quatre corps ont été retrouvés mardi dans les décombres, tandis que les recherches se poursuivent pour retrouver d’autres victimes.', 'quatre corps', 'count', 4, 'corps', None),
    ('fr-001', 'Au total, selon les autorités, 5 à 8 personnes pourraient avoir été ensevelies sous les gravats lors de cette catastrophe survenue non loin du très tour', '5', 'count', 5, 'personnes', None),
    ('fr-001', 'Au total, selon les autorités, 5 à 8 personnes pourraient avoir été ensevelies sous les gravats lors de cette catastrophe survenue non loin du très touristique Vieux-', '8 personnes', 'count', 8, 'personnes', None),
    ('fr-001', 'lors de cette catastrophe survenue non loin du très touristique Vieux-Port, dans un quartier populaire et métissé de la deuxième ville de France où le logement indigne menacerait la santé ou la sécurité de quelque 100.000 habitants.', 'deuxième ville de France', 'ordinal', 2, 'ville', None),
    ('fr-001', 'artier populaire et métissé de la deuxième ville de France où le logement indigne menacerait la santé ou la sécurité de quelque 100.000 habitants.', 'quelque 100.000 habitants', 'count', 100000, 'habitants', 'about'),
    ('fr-001', 'Quatre corps, ceux de deux hommes et de deux femmes, qui «n’ont pas encore été identifiés», ont été découverts mardi dans l’immense', 'Quatre corps', 'count', 4, 'corps', None),
    ('fr-001', 'Quatre corps, ceux de deux hommes et de deux femmes, qui «n’ont pas encore été identifiés», ont été découverts mardi dans l’immense tas de décombres par', 'deux hommes', 'count', 2, 'hommes', None),
    ('fr-001', 'Quatre corps, ceux de deux hommes et de deux femmes, qui «n’ont pas encore été identifiés», ont été découverts mardi dans l’immense tas de décombres par les secouristes, a', 'deux femmes', 'count', 2, 'femmes', None),
    ('fr-001', '«Très, très vraisemblablement cinq personnes», ainsi que «trois visiteurs» se trouvaient dans l’un des immeubles effondrés, a ajouté M.', 'cinq personnes', 'count', 5, 'personnes', None),
    ('fr-001', '«Très, très vraisemblablement cinq personnes», ainsi que «trois visiteurs» se trouvaient dans l’un des immeubles effondrés, a ajouté M.', 'trois visiteurs', 'count', 3, 'visiteurs', None),
    ('fr-001', 'Après l’effondrement des deux bâtiments vétustes lundi matin, un troisième bâtiment mitoyen s’est écroulé en fin de journée.', 'deux bâtiments vétustes', 'count', 2, 'bâtiments vétustes', None),
    ('fr-001', 'Après l’effondrement des deux bâtiments vétustes lundi matin, un troisième bâtiment mitoyen s’est écroulé en fin de journée.', 'troisième bâtiment mitoyen', 'ordinal', 3, 'bâtiment mitoyen', None),
    ('fr-001', '«Cela fait 10 ans que je suis là, je n’ai jamais vu personne inspecter mon appartement», relate l’habitante tandis que sa voisine assure «n’avoir jamais vu personne en 27 ans».', '10 ans', 'duration', 10, 'ans', None),
    ('fr-001', '«Cela fait 10 ans que je suis là, je n’ai jamais vu personne inspecter mon appartement», relate l’habitante tandis que sa voisine assure «n’avoir jamais vu personne en 27 ans».', '27 ans', 'duration', 27, 'ans', None),
    ('fr-001', '«C’est l’enfer ici, ils savent que c’est de la merde et des gens meurent pour rien», dénonce à son tour Toufik Ben Rhouma, un habitant, estimant que les effondrements sont «100% de la faute de la mairie».', '100%', 'percent', 100, None, None),
    ('fr-001', 'La mairie de Marseille a engagé depuis 2011 un vaste plan de requalification du centre-ville, mais sans pouvoir véritablement remédier au problème.', '2011', 'year', 2011, None, None),
    ('fr-001', 'En 2015 un rapport remis au gouvernement faisait état d’»un parc privé potentiellement indigne», présentant «un risque pour la santé ou la sécurité de quelque 100.000 habitants».', '2015', 'year', 2015, None, None),
    ('fr-001', 'En 2015 un rapport remis au gouvernement faisait état d’»un parc privé potentiellement indigne», présentant «un risque pour la santé ou la sécurité de quelque 100.000 habitants».', 'quelque 100.000 habitants', 'count', 100000, 'habitants', 'about'),
    ('fr-001', 'Quelque 40.000 logements sont concernés, soit 13% du parc de résidences principales.', 'Quelque 40.000 logements', 'count', 40000, 'logements', 'about'),
    ('fr-001', 'Quelque 40.000 logements sont concernés, soit 13% du parc de résidences principales.', '13%', 'percent', 13, None, None),
    ('fr-001', 'Deux des trois immeubles écroulés étaient murés et théoriquement inhabités.', 'Deux', 'count', 2, 'immeubles', None),
    ('fr-001', 'Deux des trois immeubles écroulés étaient murés et théoriquement inhabités.', 'trois immeubles écroulés', 'count', 3, None, None),
    ('fr-001', 'L’un d’eux, frappé par un arrêté de péril en 2008, avait fini par être acheté par la mairie au bout de 10 ans de démarches.', '2008', 'year', 2008, None, None),
    ('fr-001', 'L’un d’eux, frappé par un arrêté de péril en 2008, avait fini par être acheté par la mairie au bout de 10 ans de démarches.', '10 ans', 'duration', 10, 'ans', None),
    ('fr-001', 'Dans le troisième en revanche, neuf appartements sur dix étaient habités.', 'troisième', 'ordinal', 3, None, None),
    ('fr-001', 'Dans le troisième en revanche, neuf appartements sur dix étaient habités.', 'neuf appartements', 'count', 9, 'appartements', None),
    ('fr-001', 'Dans le troisième en revanche, neuf appartements sur dix étaient habités.', 'dix', 'count', 10, 'appartements', None),
    ('fr-001', 'Pourtant, depuis 2007, les signaux d’alerte se multipliaient: effondrement du plafond du hall d’entrée, fissures inquiétantes...', '2007', 'year', 2007, None, None),
    ('fr-003', 'Le géant américain Google a écopé lundi d’une amende record de 50\xa0millions d’euros infligée par l’autorité française chargée de la protection des données privées, qui estime insuffisante l’information s', '50\xa0millions d’euros', 'money', 50000000, 'EUR', None),
    ('fr-003', 'C’est la première fois qu’un géant de l’internet se fait ainsi rattraper par un régulateur de l’Union européenne, en l’occurrence la Commission nationale de l’informatique et des libertés (CNIL), les autorités françaises des données personnelles.', 'première fois', 'ordinal', 1, 'fois', None),
    ('fr-003', 'Cette nouvelle législation prévoit des amendes allant jusqu’à 4% du chiffre d’affaires pour les entreprises ne respectant pas la vie privée des utilisateurs de leurs services, notamment à des fins de publicité ciblée.', 'jusqu’à 4%', 'percent', 4, None, 'up_to'),
    ('fr-003', 'La CNIL avait été saisie, dès l’entrée en vigueur du RGPD, par des plaintes déposées séparément par deux associations de défense des droits des internautes: la Quadrature du Net (France), et None Of Your Business (NOYB), fondée par le mi', 'deux associations', 'count', 2, None, None),
    ('fr-003', 'La première affirme agir au nom de près de 12\xa0000\xa0internautes français.', 'La première', 'ordinal', 1, None, None),
    ('fr-003', 'La première affirme agir au nom de près de 12\xa0000\xa0internautes français.', 'près de 12\xa0000\xa0internautes français', 'count', 12000, 'internautes français', 'about'),
    ('fr-003', '«Il faut parfois jusqu’à cinq clics pour accéder à une information», a-t-il ajouté, estimant qu’au final, Google ne proposait pas une information «claire et compréhensible».', 'jusqu’à cinq clics', 'count', 5, 'clics', 'up_to'),
    ('fr-003', 'tées»  La sanction reste modeste au regard de la puissance financière de Google: sa maison mère, Alphabet, a réalisé en 2017 un chiffre d’affaires en hausse de 23% à 110,9\xa0milliards de dollars, et un bénéfice net de 12,7\xa0milliards.', '2017', 'year', 2017, None, None),
    ('fr-003', 'rd de la puissance financière de Google: sa maison mère, Alphabet, a réalisé en 2017 un chiffre d’affaires en hausse de 23% à 110,9\xa0milliards de dollars, et un bénéfice net de 12,7\xa0milliards.', '23%', 'percent', 23, None, None),
    ('fr-003', 'la puissance financière de Google: sa maison mère, Alphabet, a réalisé en 2017 un chiffre d’affaires en hausse de 23% à 110,9\xa0milliards de dollars, et un bénéfice net de 12,7\xa0milliards.', '110,9\xa0milliards de dollars', 'money', 110900000000, 'USD', None),
    ('fr-003', 'Alphabet, a réalisé en 2017 un chiffre d’affaires en hausse de 23% à 110,9\xa0milliards de dollars, et un bénéfice net de 12,7\xa0milliards.', '12,7\xa0milliards', 'money', 12700000000, 'USD', None),
    pytest.param(*('fr-003', '«Nous attendons surtout de la CNIL qu’elle se prononce sur les suites des décisions auxquelles notre plainte appelle», a indiqué la Quadrature, souhaitant une amende «bien au-delà» de 50\xa0millions.', '50\xa0millions', 'money', 50000000, 'EUR', 'more_than'),
                 marks=pytest.mark.xfail(strict=True, reason='elliptic amount whose currency is in another sentence')),
    ('fr-003', 'Ce n’est pas la première fois que Google est pointé du doigt par un grand régulateur sur les questions de protection de la vie privée: en 2012, il av', 'première fois', 'ordinal', 1, 'fois', None),
    ('fr-003', 'emière fois que Google est pointé du doigt par un grand régulateur sur les questions de protection de la vie privée: en 2012, il avait été condamné à payer une amende de 22,5\xa0millions de dollars aux États-Unis par la Commission fédérale du comm', '2012', 'year', 2012, None, None),
    ('fr-003', 'grand régulateur sur les questions de protection de la vie privée: en 2012, il avait été condamné à payer une amende de 22,5\xa0millions de dollars aux États-Unis par la Commission fédérale du commerce (FTC).', '22,5\xa0millions de dollars', 'money', 22500000, 'USD', None),
    ('fr-003', 'd’internet.\xa0 En même temps que sa plainte contre Google, la Quadrature du Net a déposé des plaintes de même type contre deux autres géants d’internet, Facebook et Amazon.', 'deux autres géants d’internet', 'count', 2, 'géants d’internet', None),
    ('fr-003', 'Elles ne seront pas instruites directement par la Commission française, mais par ses équivalents irlandais pour Facebook et luxembourgeois pour Amazon, qui sont les autorités «chef de file» pour l’UE pour ces deux entreprises.', 'deux entreprises', 'count', 2, 'entreprises', None),
    ('fr-006', 'sé judiciaire qui, criant «Allah Akbar», a tiré mardi soir dans la foule du marché de Noël de Strasbourg (est), faisant deux morts et un blessé en état de mort cérébrale.', 'deux morts', 'count', 2, 'morts', None),
    ('fr-006', 'qui, criant «Allah Akbar», a tiré mardi soir dans la foule du marché de Noël de Strasbourg (est), faisant deux morts et un blessé en état de mort cérébrale.', 'un blessé', 'count', 1, 'blessé', None),
    ('fr-006', 'Pas moins de 720 membres des forces de l’ordre étaient mercredi à la recherche de l’assaillant, identifié sous le nom de Chérif C., né le 24 février 1989 à Strasbourg.', 'Pas moins de 720 membres des forces de l’ordre', 'count', 720, None, 'at_least'),
    ('fr-006', 'Pas moins de 720 membres des forces de l’ordre étaient mercredi à la recherche de l’assaillant, identifié sous le nom de Chérif C., né le 24 février 1989 à Strasbourg.', '24 février 1989', 'date', '1989-02-24', None, None),
    ('fr-006', 'Il a été condamné à 27 reprises, en France, mais aussi en Allemagne et en Suisse, et incarcéré plusieurs fois, a-t-il dit.', '27 reprises', 'count', 27, 'reprises', None),
    ('fr-006', 'En prison, il s’est radicalisé et a eu une «attitude prosélyte» en 2015, ce qui lui a valu d’être inscrit sur le Fichier des signalements pour la prévention et la radicalisation à caractère t', '2015', 'year', 2015, None, None),
    ('fr-006', 'Proches en garde à vue Sur le marché de Noël de Strasbourg, qui accueille deux millions de visiteurs par an, l’assaillant a «ouvert le feu à plusieurs reprises avec une arme de poing et utilisé un couteau», a ajouté le procureur.', 'deux millions de visiteurs', 'count', 2000000, 'visiteurs', None),
    ('fr-006', 'Alors que la police était toujours à la recherche du suspect, quatre de ses «proches» étaient encore en garde à vue, mercredi en milieu de journée, a précisé le procureur Heitz.', 'quatre', 'count', 4, 'proches', None),
    ('fr-006', 'Selon lui, deux personnes sont mortes et une autre est en état de mort cérébrale.', 'deux personnes', 'count', 2, 'personnes', None),
    pytest.param(*('fr-006', 'Selon lui, deux personnes sont mortes et une autre est en état de mort cérébrale.', 'une autre', 'count', 1, 'personne', None),
                 marks=pytest.mark.xfail(strict=True, reason='un/une is not read as a count')),
    ('fr-006', 'Un précédent bilan faisait état de trois morts.', 'trois morts', 'count', 3, 'morts', None),
    ('fr-006', 'Douze autres personnes ont été blessées, dont six sont toujours en état d’urgence absolue.', 'Douze autres personnes', 'count', 12, 'personnes', None),
    ('fr-006', 'Douze autres personnes ont été blessées, dont six sont toujours en état d’urgence absolue.', 'six', 'count', 6, None, None),
    ('fr-006', 'Dans le centre-ville de Strasbourg sous le choc, le grand glas de la cathédrale de Strasbourg a sonné durant 10 minutes à midi «pour s’unir à la souffrance des victimes et de tous les Strasbourgeois», selon l’évêché.', '10 minutes', 'duration', 10, 'minutes', None),
    ('fr-006', 'slogan «Je suis Charlie» qui avait été repris par des centaines de milliers de personnes après l’attentat djihadiste de janvier 2015 contre l’hebdomadaire Charlie-Hebdo.', 'janvier 2015', 'date', '2015-01', None, None),
    ('fr-006', '«Tout est fermé», se désespéraient ainsi mercredi deux touristes espagnols interrogés par l’AFP.', 'deux touristes espagnols', 'count', 2, 'touristes espagnols', None),
    ('fr-006', 'Plan de la ville sur les genoux, les deux touristes cherchent quoi faire.', 'deux touristes', 'count', 2, 'touristes', None),
    ('fr-006', 'Le traditionnel marché de Noël de Strasbourg avait fait l’objet d’un projet d’attentat en décembre 2000.', 'décembre 2000', 'date', '2000-12', None, None),
    ('fr-006', 'En décembre 2016, le marché de Noël de Berlin avait été touché par un attentat au camion-bélier revendiqué par le groupe État islamique qui avait fait douze morts.', 'décembre 2016', 'date', '2016-12', None, None),
    ('fr-006', 'En décembre 2016, le marché de Noël de Berlin avait été touché par un attentat au camion-bélier revendiqué par le groupe État islamique qui avait fait douze morts.', 'douze morts', 'count', 12, 'morts', None),
    ('fr-006', 'La France vit sous une menace terroriste élevée depuis la vague d’attentats djihadistes sans précédent qui a fait 246 tués depuis 2015, sans compter la fusillade de Strasbourg.', '246 tués', 'count', 246, 'tués', None),
    ('fr-006', 'La France vit sous une menace terroriste élevée depuis la vague d’attentats djihadistes sans précédent qui a fait 246 tués depuis 2015, sans compter la fusillade de Strasbourg.', '2015', 'year', 2015, None, None),
    ('fr-007', "Abdelhakim Dekhar, l'homme qui avait grièvement blessé par balles en 2013 un photographe du quotidien Libération, a été condamné vendredi soir à 25 ans de réclusion criminelle par la justice fr", '2013', 'year', 2013, None, None),
    ('fr-007', "e qui avait grièvement blessé par balles en 2013 un photographe du quotidien Libération, a été condamné vendredi soir à 25 ans de réclusion criminelle par la justice française, une peine assortie d'une période de sûreté des deux tiers.Cette conda", '25 ans', 'duration', 25, 'ans', None),
    ('fr-007', "vendredi soir à 25 ans de réclusion criminelle par la justice française, une peine assortie d'une période de sûreté des deux tiers.Cette condamnation, tombée peu avant minuit après neuf heures de délibéré, est conforme aux réquisitions du parquet qui", 'deux tiers', 'fraction', 0.6666666666666666, None, None),
    ('fr-007', "française, une peine assortie d'une période de sûreté des deux tiers.Cette condamnation, tombée peu avant minuit après neuf heures de délibéré, est conforme aux réquisitions du parquet qui avait estimé que M.", 'neuf heures', 'duration', 9, 'heures', None),
    ('fr-007', "Jugé depuis une semaine, Abdelhakim Dekhar avait été qualifié d'«ennemi public numéro un» pendant cinq jours de traque, en novembre 2013 à Paris.", 'une semaine', 'duration', 1, 'semaine', None),
    ('fr-007', "Jugé depuis une semaine, Abdelhakim Dekhar avait été qualifié d'«ennemi public numéro un» pendant cinq jours de traque, en novembre 2013 à Paris.", 'cinq jours', 'duration', 5, 'jours', None),
    ('fr-007', "Jugé depuis une semaine, Abdelhakim Dekhar avait été qualifié d'«ennemi public numéro un» pendant cinq jours de traque, en novembre 2013 à Paris.", 'novembre 2013', 'date', '2013-11', None, None),
    ('fr-007', 'Il aurait alors dit «La prochaine fois, je ne vous raterai pas», avant de prendre la fuite en laissant deux cartouches à terre.', 'deux cartouches', 'count', 2, 'cartouches', None),
    ('fr-007', 'Trois jours après, il avait grièvement blessé par balle César Sébastien, alors âgé de 23 ans, dans le hall de Libération.', 'Trois jours', 'duration', 3, 'jours', None),
    ('fr-007', 'Trois jours après, il avait grièvement blessé par balle César Sébastien, alors âgé de 23 ans, dans le hall de Libération.', '23 ans', 'age', 23, 'ans', None),
    ('fr-007', "Abdelhakim Dekhar, un homme de 52 ans se présentant comme un «intellectuel», s'est plusieurs fois emporté en parlant politique pendant son procès, évoquant a", '52 ans', 'age', 52, 'ans', None),
    ('fr-007', 'Mais dès le premier jour, il a raconté son «désespoir» et expliqué avoir «voulu scénariser son suicide».', 'premier jour', 'ordinal', 1, 'jour', None),
    ('fr-007', "Il avait déjà été condamné en 1998 à quatre ans de prison pour «association de malfaiteurs» dans un dossier criminel majeur lié au milieu de l'ultragauche.", '1998', 'year', 1998, None, None),
    ('fr-007', "Il avait déjà été condamné en 1998 à quatre ans de prison pour «association de malfaiteurs» dans un dossier criminel majeur lié au milieu de l'ultragauche.", 'quatre ans', 'duration', 4, 'ans', None),
    ('fr-008', 'Deux jours après son retour de Paris, il a envoyé une série de messages assez agressifs contre son allié.', 'Deux jours', 'duration', 2, 'jours', None),
    ('fr-008', '«Le problème est qu’Emmanuel Macron souffre d’une très faible cote de popularité en France, 26%, et un taux de chômage à près de 10%», a écrit le locataire de la Maison Blanche.', '26%', 'percent', 26, None, None),
    ('fr-008', '«Le problème est qu’Emmanuel Macron souffre d’une très faible cote de popularité en France, 26%, et un taux de chômage à près de 10%», a écrit le locataire de la Maison Blanche.', 'près de 10%', 'percent', 10, None, 'about'),
    ('fr-008', 'Le président américain a tweeté à cinq reprises mardi à propos de la France et d’Emmanuel Macron, ironisant sur l’occupation allemande pendant la Seconde Guerre mondia', 'cinq reprises', 'count', 5, 'reprises', None),
    ('fr-008', 'Une série de tweets acerbes, en contraste avec la proximité affichée autrefois par les deux hommes, notamment au cours de la visite d’Etat de M.', 'deux hommes', 'count', 2, 'hommes', None),
    ('fr-008', 'Mais c’était l’Allemagne dans la Première et la Seconde Guerre mondiale», a écrit le président américain après avoir passé le week-end en France pour commémorer, avec de nombreux chefs d’Etat, le centenaire de l’armistice de la Première Guerre mondiale.', 'centenaire', 'ordinal', 100, 'anniversaire', None),
    ('fr-011', "Alexandre Benalla passe une première nuit en prison: un juge a décidé mardi de placer en détention provisoire l'ancien collaborateur d'Emmanuel Macron pour ne pas avoir respecté son contrôle judiciaire, dans l'enquête sur les violences du 1er mai 2018 à Paris.", 'première nuit', 'ordinal', 1, 'nuit', None),
    ('fr-011', "Alexandre Benalla passe une première nuit en prison: un juge a décidé mardi de placer en détention provisoire l'ancien collaborateur d'Emmanuel Macron pour ne pas avoir respecté son contrôle judiciaire, dans l'enquête sur les violences du 1er mai 2018 à Paris.", '1er mai 2018', 'date', '2018-05-01', None, None),
    ('fr-011', "Le 31 janvier, Mediapart avait publié des enregistrements clandestins d'une conversation entre les deux hommes, datant du 26 juillet, soit quatre jours après leur mise en examen et alors que la justice leur avait interdit d'entrer en contact.", 'deux hommes', 'count', 2, 'hommes', None),
    ('fr-011', "Le 31 janvier, Mediapart avait publié des enregistrements clandestins d'une conversation entre les deux hommes, datant du 26 juillet, soit quatre jours après leur mise en examen et alors que la justice leur avait interdit d'entrer en contact.", 'quatre jours', 'duration', 4, 'jours', None),
    ('fr-011', "«On l'incarcère aujourd'hui pour une prétendue concertation qui aurait eu lieu il y a sept mois.", 'sept mois', 'duration', 7, 'mois', None),
    ('fr-011', "Rebondissements Depuis sept mois, l'affaire n'en finit pas d'empoisonner l'exécutif.", 'sept mois', 'duration', 7, 'mois', None),
    pytest.param(*('fr-011', 'Partie des révélations du Monde en juillet sur des violences du 1er mai, elle a connu de multiples rebondissements.', '1er mai', 'date', '2018-05-01', None, None),
                 marks=pytest.mark.xfail(strict=True, reason='the year comes from another sentence of the article')),
    pytest.param(*('fr-011', "Mercredi, la commission sénatoriale d'enquête, qui a été constituée après les violences du 1er mai, doit rendre publiques ses conclusions sur les dysfonctionnements dans les services de l'État qui ont pu émailler cette affaire.", '1er mai', 'date', '2018-05-01', None, None),
                 marks=pytest.mark.xfail(strict=True, reason='the year comes from another sentence of the article')),
    ('fr-014', 'Une centaine de personnes occupent jour et nuit le carrefour depuis dimanche.', 'Une centaine de personnes', 'count', 100, 'personnes', 'about'),
    ('fr-014', 'Dimanche, avec deux amis, il s’est installé à la sortie de la ville sous une tente.', 'deux amis', 'count', 2, 'amis', None),
    ('fr-014', '«Le lundi, on était une trentaine, puis chaque jour plus nombreux.', 'une trentaine', 'count', 30, None, 'about'),
    ('fr-014', 'C’est le petit peuple qui est là, celui qui ne veut plus que le gouvernement creuse notre trou», résume-t-il.Jeudi soir, en dépit du froid, ils étaient encore près de 100 au «village», jeunes, vieux, hommes et femmes, très organisés.', 'près de 100', 'count', 100, None, 'about'),
    ('fr-014', 'in, on redistribue aux Restos du cœur», dit Aline*, l’autre figure de la colère chablaisienne.Elle est Franco-Suisse, a quatre enfants, un mari chauffeur-livreur à Genève et connaît des fins de mois très difficiles: «La France est le pays qui taxe le plu', 'quatre enfants', 'count', 4, 'enfants', None),
    ('fr-014', 'Robert Bideau, par exemple, 67 ans.', '67 ans', 'age', 67, 'ans', None),
    ('fr-014', 'Ancien boucher, ancien chauffeur de bus, une vie de labeur pour une retraite de 1000 euros.', '1000 euros', 'money', 1000, 'EUR', None),
    ('fr-014', 'Quand j’ai payé la pension, il me reste 500 euros pour manger, payer l’eau, l’électricité et tout le reste.', '500 euros', 'money', 500, 'EUR', None),
    ('fr-014', 'Mais je ne suis pas là pour moi, je viens pour les jeunes, pour les défendre.»Elodie*, 17 ans, fait la circulation, criant à tue-tête sitôt qu’un automobiliste klaxonne.', '17 ans', 'age', 17, 'ans', None),
    ('fr-014', 'Trois jours qu’elle dort à peine, veille au village, se couche vers 5h, se lève à 10h et va au travail.', 'Trois jours', 'duration', 3, 'jours', None),
    ('fr-014', 'Le papa est décédé, elle a six frères et sœurs, est l’aînée.', 'six frères et sœurs', 'count', 6, 'frères et sœurs', None),
    ('fr-014', 'Lire aussi: Classe moyenne et démocratie faibles Deux sœurs blondes comme les blés confirment ses propos.', 'Deux sœurs', 'count', 2, 'sœurs', None),
    ('fr-014', 'l’on a en commun, Macron et ce pouvoir qui n’avantagent que les riches.»Leur dire que le mouvement semble s’essouffler (environ 15 000 ces jours-ci sur le terrain en France) irrite à peine.', 'environ 15 000', 'count', 15000, None, 'about'),
    ('fr-014', 'Ce samedi, une vingtaine de Chablaisiens montent à Paris pour la grande manif nationale, si toutefois celle-ci est autorisée.', 'une vingtaine de Chablaisiens', 'count', 20, 'Chablaisiens', 'about'),
    ('fr-018', "Selon nos informations, Eddy Merckx ne sera pas jugé par le tribunal correctionnel de Bruxelles ni les douze autres suspects impliqués dans l'affaire qui avait valu au plus grand champion cycliste de tous les temps d'être inculpé pour corruptio", 'douze autres suspects', 'count', 12, None, None),
    ('fr-018', 'Quatre ans après la fin de l’instruction, le parquet avait pourtant tracé un réquisitoire de renvoi.', 'Quatre ans', 'duration', 4, 'ans', None),
    pytest.param(*('fr-018', 'Pour le parquet, il n’y avait aucun doute que le quintuple vainqueur du Tour de France devait être jugé pour avoir, en sa qualité d’homme d’affaires de la société Cycles Eddy Merckx (entre', 'quintuple vainqueur', 'count', 5, 'vainqueur du Tour de France', None),
                 marks=pytest.mark.xfail(strict=True, reason='multiplicative numerals are not read')),
    ('fr-018', 'ité d’homme d’affaires de la société Cycles Eddy Merckx (entre-temps revendue), obtenu par des procédés irréguliers, en 2006 et 2007, un marché de 46 vélos destinés à la brigade cycliste de la police d’Anderlecht, Forest et Saint-Gilles.', '2006', 'year', 2006, None, None),
    ('fr-018', 'mme d’affaires de la société Cycles Eddy Merckx (entre-temps revendue), obtenu par des procédés irréguliers, en 2006 et 2007, un marché de 46 vélos destinés à la brigade cycliste de la police d’Anderlecht, Forest et Saint-Gilles.', '2007', 'year', 2007, None, None),
    ('fr-018', 'a société Cycles Eddy Merckx (entre-temps revendue), obtenu par des procédés irréguliers, en 2006 et 2007, un marché de 46 vélos destinés à la brigade cycliste de la police d’Anderlecht, Forest et Saint-Gilles.', '46 vélos', 'count', 46, 'vélos', None),
    ('fr-018', "“Je n’ai rien à dire, on verra bien ce qui arrivera”, réagissait à l'époque Eddy Merckx, 70 ans.", '70 ans', 'age', 70, 'ans', None),
    ('fr-018', 'Quand les premières inculpations furent révélées (DH du 27 mars 2012), celles-ci concernaient sept suspects et Eddy Merckx n’apparaissait dans le dossier que de façon périphérique.', 'premières inculpations', 'ordinal', 1, 'inculpations', None),
    ('fr-018', 'Quand les premières inculpations furent révélées (DH du 27 mars 2012), celles-ci concernaient sept suspects et Eddy Merckx n’apparaissait dans le dossier que de façon périphérique.', '27 mars 2012', 'date', '2012-03-27', None, None),
    ('fr-018', 'Quand les premières inculpations furent révélées (DH du 27 mars 2012), celles-ci concernaient sept suspects et Eddy Merckx n’apparaissait dans le dossier que de façon périphérique.', 'sept suspects', 'count', 7, 'suspects', None),
    ('fr-018', 'Quatre ans plus tard, une analyse plus fine du dossier amenait le parquet à quasi doubler le nombre des suspects, le faisant passer de 7 à 13.', 'Quatre ans', 'duration', 4, 'ans', None),
    ('fr-018', 'Quatre ans plus tard, une analyse plus fine du dossier amenait le parquet à quasi doubler le nombre des suspects, le faisant passer de 7 à 13.', '7', 'count', 7, None, None),
    ('fr-018', 'Quatre ans plus tard, une analyse plus fine du dossier amenait le parquet à quasi doubler le nombre des suspects, le faisant passer de 7 à 13.', '13', 'count', 13, None, None),
    ('fr-018', 'au Parc Astrid et dans les quartiers difficiles comme Cureghem: sa carrière fut entachée pour rien par cette affaire) ; deux fonctionnaires responsables d’achats d’équipements (véhicules Toyota, caméras de surveillance) pour la police ou la commune ; des comm', 'deux fonctionnaires', 'count', 2, None, None),
    ('fr-018', 'Le marché des vélos Merckx, d’une valeur de 15.000 euros, n’est qu’une goutte d’eau dans ce dossier de 40 cartons et c’est bien ce qui aurait pu pousser le parquet à proposer la transaction pénale à Eddy Merckx pour lui éviter l’embarras d’un procès public.', '15.000 euros', 'money', 15000, 'EUR', None),
    ('fr-018', 'Le marché des vélos Merckx, d’une valeur de 15.000 euros, n’est qu’une goutte d’eau dans ce dossier de 40 cartons et c’est bien ce qui aurait pu pousser le parquet à proposer la transaction pénale à Eddy Merckx pour lui éviter l’embarras d’un procès public.', '40 cartons', 'count', 40, 'cartons', None),
    ('fr-018', 'Le commissaire Boucar est soupçonné d’avoir avantagé Eddy Merckx et la société de vélos dont il s’est retiré en 2014, en l’informant prématurément du projet de marché et en lui communiquant les offres de prix des sociétés concurrentes.', '2014', 'year', 2014, None, None),
    ('fr-018', 'Ceux-ci seront demandés en chambre du conseil, dès la première audience, peu après la rentrée de septembre.', 'première audience', 'ordinal', 1, 'audience', None),
    ('fr-018', "L'affaire, après dix ans, est classée, par non lieu, pour cause de prescription.", 'dix ans', 'duration', 10, 'ans', None),
    ('fr-020', '“Nous entamons notre 12e\xa0jour de protestation, aucun responsable de la wilaya n’a pris le soin de se déplacer sur le lieu du sit-in, ne serait-ce que pour écouter les revendications des chômeurs.', '12e\xa0jour de protestation', 'ordinal', 12, 'jour de protestation', None),
    ('fr-024', "«Mourir comme ça, c'est injuste» : Chantal, 63 ans, a été tuée sur un barrage des «gilets jaunes» en Savoie", '63 ans', 'age', 63, 'ans', None),
    ('fr-024', "Samedi, ils étaient plus de 287.000 à se mobiliser contre la hausse des taxes sur le carburant, protester contre la baisse du pouvoir d'achat et s'opposer à la politique d'Emmanuel Macron.", 'plus de 287.000', 'count', 287000, None, 'more_than'),
    ('fr-024', "Au volant, une femme de 43 ans, accompagnée de sa fille malade qu'elle voulait emmener chez le médecin.", '43 ans', 'age', 43, 'ans', None),
    ('fr-024', "«Elle a mis un premier coup d'accélérateur, un second.", "premier coup d'accélérateur", 'ordinal', 1, "coup d'accélérateur", None),
    ('fr-024', "«Elle a mis un premier coup d'accélérateur, un second.", 'un second', 'ordinal', 2, None, None),
    ('fr-024', "Et au troisième, elle a foncé et renversé Chantal, l'écrasant littéralement avec les roues avant et arrière.", 'troisième', 'ordinal', 3, None, None),
    ('fr-024', "Toujours le sourire, toujours gaie, pleine d'entrain», a sdéclaré auprès du Parisien une voisine de la victime de 63 ans.", '63 ans', 'age', 63, 'ans', None),
    ('fr-024', "Ancienne animatrice d'arts plastiques, veuve, Chantal était mère de quatre enfants et grand-mère de plusieurs petits-enfants.", 'quatre enfants', 'count', 4, 'enfants', None),
    ('fr-026', "Pour Emmanuel Macron, le\xa080\xa0km/h n'est pas un dogme", '80\xa0km/h', 'quantity', 80, 'km/h', None),
    ('fr-026', "Désavouant en partie Édouard Philippe, Emmanuel Macron s'est déclaré ouvert à des aménagements pour faire en sorte que la limitation de la vitesse à\xa080\xa0km/h soit «\xa0mieux acceptée\xa0».", '80\xa0km/h', 'quantity', 80, 'km/h', None),
    ('fr-026', 'Emmanuel Macron a appelé les maires devant lesquels il faisait un discours à faire des propositions pour que la limitation à 80 km/h sur les routes secondaires soit mieux acceptée.', '80 km/h', 'quantity', 80, 'km/h', None),
    ('fr-026', "À\xa0l'écoute de la colère des Gilets jaunes, Emmanuel Macron semble décidé à faire\xa0preuve de pragmatisme concernant la limitation à\xa080\xa0km/h sur les routes\xa0secondaires.", '80\xa0km/h', 'quantity', 80, 'km/h', None),
    ('fr-026', "«\xa0Au fond, l'objectif est de réduire le nombre de morts sur les routes.\xa0Personne ne peut être contre\xa0», a-t-il ajouté en s'adressant à\xa0600\xa0maires\xa0normands rassemblés à Grand Bourgtheroulde (Eure) pour le grand débat.", '600\xa0maires\xa0normands', 'count', 600, None, None),
    ('fr-026', "De\xa0nombreux élus locaux opposés à cette mesure de sécurité routière ont réclamé\xa0depuis des mois davantage d'autonomie locale, pour choisir quelles\xa0départementales doivent être limitées à\xa080\xa0ou à\xa090\xa0km/h.", '80', 'quantity', 80, 'km/h', None),
    ('fr-026', "De\xa0nombreux élus locaux opposés à cette mesure de sécurité routière ont réclamé\xa0depuis des mois davantage d'autonomie locale, pour choisir quelles\xa0départementales doivent être limitées à\xa080\xa0ou à\xa090\xa0km/h.", '90\xa0km/h', 'quantity', 90, 'km/h', None),
    ('fr-026', "Mise\xa0en œuvre durant l'été 2018, la limitation de vitesse à\xa080\xa0km/h sur les routes\xa0secondaires est une mesure impopulaire, en particulier parmi les Gilets jaunes.", '2018', 'year', 2018, None, None),
    ('fr-026', "Mise\xa0en œuvre durant l'été 2018, la limitation de vitesse à\xa080\xa0km/h sur les routes\xa0secondaires est une mesure impopulaire, en particulier parmi les Gilets jaunes.", '80\xa0km/h', 'quantity', 80, 'km/h', None),
    ('fr-026', "Mise\xa0en œuvre durant l'été 2018, la limitation de vitesse à\xa080\xa0km/h sur les routes\xa0secondaires est une mesure impopulaire, en particulier parmi les Gilets jaunes.\xa0Près de\xa060\xa0% des radars ont été vandalisés depuis le début de leur mouvement.", 'Près de\xa060\xa0%', 'percent', 60, None, 'about'),
    ('fr-026', "«\xa0Nous nous sommes engagés\xa0à évaluer le résultat des\xa080\xa0km/h au bout de deux ans\xa0», a rappelé le ministre\xa0dans un entretien à\xa0La Dépêche, et «\xa0si cette mesure n'a\xa0servi à rien, alors oui nous pourrons revenir au\xa090\xa0km/h\xa0».", '80\xa0km/h', 'quantity', 80, 'km/h', None),
    ('fr-026', "«\xa0Nous nous sommes engagés\xa0à évaluer le résultat des\xa080\xa0km/h au bout de deux ans\xa0», a rappelé le ministre\xa0dans un entretien à\xa0La Dépêche, et «\xa0si cette mesure n'a\xa0servi à rien, alors oui nous pourrons revenir au\xa090\xa0km/h\xa0».", 'deux ans', 'duration', 2, 'ans', None),
    ('fr-026', "«\xa0Nous nous sommes engagés\xa0à évaluer le résultat des\xa080\xa0km/h au bout de deux ans\xa0», a rappelé le ministre\xa0dans un entretien à\xa0La Dépêche, et «\xa0si cette mesure n'a\xa0servi à rien, alors oui nous pourrons revenir au\xa090\xa0km/h\xa0».", '90\xa0km/h', 'quantity', 90, 'km/h', None),
    ('fr-026', "Le bilan de la\xa0mortalité routière pour 2018, attendu fin janvier, s'annonce très positif\xa0: avec\xa03\xa0176\xa0morts au cours des onze premiers mois de l'année, la France c", '2018', 'year', 2018, None, None),
    ('fr-026', "Le bilan de la\xa0mortalité routière pour 2018, attendu fin janvier, s'annonce très positif\xa0: avec\xa03\xa0176\xa0morts au cours des onze premiers mois de l'année, la France comptait en\xa0novembre\xa0193\xa0tués de moins qu'en novembre 2017, ce qu", '3\xa0176\xa0morts', 'count', 3176, 'morts', None),
    ('fr-026', "e bilan de la\xa0mortalité routière pour 2018, attendu fin janvier, s'annonce très positif\xa0: avec\xa03\xa0176\xa0morts au cours des onze premiers mois de l'année, la France comptait en\xa0novembre\xa0193\xa0tués de moins qu'en novembre 2017, ce qui devrait permettre\xa0d'atteindre", 'onze premiers mois', 'duration', 11, 'mois', None),
    pytest.param(*('fr-026', "in janvier, s'annonce très positif\xa0: avec\xa03\xa0176\xa0morts au cours des onze premiers mois de l'année, la France comptait en\xa0novembre\xa0193\xa0tués de moins qu'en novembre 2017, ce qui devrait permettre\xa0d'atteindre un niveau proche du plus-bas historique de", 'novembre', 'date', '2018-11', None, None),
                 marks=pytest.mark.xfail(strict=True, reason="the year comes from the article's date, not given")),
    ('fr-026', "r, s'annonce très positif\xa0: avec\xa03\xa0176\xa0morts au cours des onze premiers mois de l'année, la France comptait en\xa0novembre\xa0193\xa0tués de moins qu'en novembre 2017, ce qui devrait permettre\xa0d'atteindre un niveau proche du plus-bas historique de\xa02013\xa0(3\xa04", '193\xa0tués', 'count', 193, 'tués', None),
    ('fr-026', "f\xa0: avec\xa03\xa0176\xa0morts au cours des onze premiers mois de l'année, la France comptait en\xa0novembre\xa0193\xa0tués de moins qu'en novembre 2017, ce qui devrait permettre\xa0d'atteindre un niveau proche du plus-bas historique de\xa02013\xa0(3\xa0427\xa0tués).", 'novembre 2017', 'date', '2017-11', None, None),
    ('fr-026', "193\xa0tués de moins qu'en novembre 2017, ce qui devrait permettre\xa0d'atteindre un niveau proche du plus-bas historique de\xa02013\xa0(3\xa0427\xa0tués).", '2013', 'year', 2013, None, None),
    ('fr-026', "ués de moins qu'en novembre 2017, ce qui devrait permettre\xa0d'atteindre un niveau proche du plus-bas historique de\xa02013\xa0(3\xa0427\xa0tués).", '3\xa0427\xa0tués', 'count', 3427, 'tués', None),
    ('fr-026', "«\xa0\xa0Le président de la République l'a dit, le grand débat national est un débat sans\xa0tabou et le\xa080\xa0km/h, ce n'est pas un dogme\xa0», a réagi Matignon au sujet de la\xa0mesure dont M.", '80\xa0km/h', 'quantity', 80, 'km/h', None),
    ('fr-026', "«\xa0\xa0Nous, ce que nous voulons, c'est trouver une porte de sortie [au\xa080\xa0km/h], une\xa0sortie honorable\xa0», a ajouté le dirigeant de l'association d'automobilistes, qui\xa0conteste depuis des mois l'efficacité de la mesure.", '80\xa0km/h', 'quantity', 80, 'km/h', None),
    ('fr-030', 'Un troisième Français a été tué dans le tremblement de terre samedi au Népal, emporté par une avalanche, a déclaré jeudi le ministre des Affaires étrangères.', 'troisième Français', 'ordinal', 3, 'Français', None),
    ('fr-030', 'Un troisième Français a été tué dans le tremblement de terre samedi au Népal, emporté par une avalanche, a déclaré jeudi le ministre des Affaires étrangères.\xa0Les autorités françaises sont toujours sans nouvelles «d’encore plus de 200»\xa0personnes.', 'plus de 200', 'count', 200, None, 'more_than'),
    ('fr-030', 'Il accueillait à Roissy un premier avion spécial ramenant des\xa0rescapés.', 'premier avion spécial', 'ordinal', 1, 'avion spécial', None),
    ('fr-030', 'L’Airbus A350 affrété par les autorités françaises s’est posé peu avant 5h45 avec à son bord 206\xa0passagers, dont 12\xa0enfants et 26\xa0blessés, selon une source du Quai d’Orsay.', '206\xa0passagers', 'count', 206, 'passagers', None),
    ('fr-030', 'L’Airbus A350 affrété par les autorités françaises s’est posé peu avant 5h45 avec à son bord 206\xa0passagers, dont 12\xa0enfants et 26\xa0blessés, selon une source du Quai d’Orsay.', '12\xa0enfants', 'count', 12, 'enfants', None),
    ('fr-030', 'L’Airbus A350 affrété par les autorités françaises s’est posé peu avant 5h45 avec à son bord 206\xa0passagers, dont 12\xa0enfants et 26\xa0blessés, selon une source du Quai d’Orsay.', '26\xa0blessés', 'count', 26, 'blessés', None),
    ('fr-030', 'Quasiment tous sont français, à l’exception d’une quinzaine de ressortissants allemands, suisses, italiens, portugais ou encore turcs.', 'une quinzaine de ressortissants', 'count', 15, None, 'about'),
    ('fr-030', 'L’appareil, mis à disposition par Airbus, était arrivé à Katmandou mercredi matin avec 55\xa0personnels de santé et humanitaires, ainsi que 25\xa0tonnes de matériel (abris, médicaments, aide alimentaire).', '55\xa0personnels', 'count', 55, None, None),
    ('fr-030', 'L’appareil, mis à disposition par Airbus, était arrivé à Katmandou mercredi matin avec 55\xa0personnels de santé et humanitaires, ainsi que 25\xa0tonnes de matériel (abris, médicaments, aide alimentaire).', '25\xa0tonnes', 'quantity', 25, 'tonnes', None),
    ('fr-030', 'Un deuxième avion dépêché par Paris, qui était immobilisé aux Emirats depuis mardi avec 20\xa0tonnes de matériel, est arrivé jeudi à Katmandou, dont le petit aéroport est engorgé par le trafic et l’afflux d’aide humanitaire.', 'deuxième avion', 'ordinal', 2, 'avion', None),
    ('fr-030', 'Un deuxième avion dépêché par Paris, qui était immobilisé aux Emirats depuis mardi avec 20\xa0tonnes de matériel, est arrivé jeudi à Katmandou, dont le petit aéroport est engorgé par le trafic et l’afflux d’aide humanitaire.', '20\xa0tonnes', 'quantity', 20, 'tonnes', None),
    ('fr-030', '2 209 Français ont été localisés sains et saufs tandis que 393 n’ont pas encore pu être joints, selon le Quai d’Orsay.', '2 209 Français', 'count', 2209, 'Français', None),
    ('fr-030', '2 209 Français ont été localisés sains et saufs tandis que 393 n’ont pas encore pu être joints, selon le Quai d’Orsay.', '393', 'count', 393, None, None),
    ('fr-030', 'Environ 400\xa0Français ont demandé à être rapatriés dans les vols mis en place par la France.', 'Environ 400\xa0Français', 'count', 400, 'Français', 'about'),
    ('fr-030', 'Le séisme a fait près de 5\xa0500 morts et touche huit des 28 millions d’habitants du Népal.', 'près de 5\xa0500 morts', 'count', 5500, 'morts', 'about'),
    ('fr-030', 'Le séisme a fait près de 5\xa0500 morts et touche huit des 28 millions d’habitants du Népal.', 'huit', 'count', 8000000, 'habitants', None),
    ('fr-030', 'Le séisme a fait près de 5\xa0500 morts et touche huit des 28 millions d’habitants du Népal.', '28 millions d’habitants', 'count', 28000000, 'habitants', None),
    ('fr-032', 'Les manifestations se sont poursuivies lundi 27 avril pour la deuxième journée consécutive à Bujumbura, la capitale du Burundi, après la décision du président Pierre Nkurunziza de se présenter pour un troisième', 'deuxième journée consécutive', 'ordinal', 2, 'journée consécutive', None),
    ('fr-032', 'nsécutive à Bujumbura, la capitale du Burundi, après la décision du président Pierre Nkurunziza de se présenter pour un troisième mandat à la présidentielle du 26 juin, décision que ses opposants jugent être une violation de la Constitution.', 'troisième mandat', 'ordinal', 3, 'mandat', None),
    ('fr-032', "La police a utilisé les gaz lacrymogènes et les canons à eau pour disperser les manifestants qui étaient 200 dans le quartier de Musaga, mais s'étaient également rassemblés dans d'autres quartiers de Bujumbura.", '200', 'count', 200, None, None),
    ('fr-032', "La veille, la journée avait été marquée par des violences aux cours desquelles deux manifestants ont été tués pas balle à Bujumbura, alors qu'ils protestaient contre la candidature du président.", 'deux manifestants', 'count', 2, 'manifestants', None),
    ('fr-032', "locaux de la radio concernée, la Radio Broadcasters' Association (RPA), ont été ensuite perquisitionnés et fermés.\xa0Les trois principales radios indépendantes, dont la RPA, accusées d'inciter la population «\xa0au soulèvement\xa0» contre le président Pierre Nkurunziza, ne pouvaient d", 'trois principales radios indépendantes', 'count', 3, None, None),
    ('fr-032', "Polémique sur la légalité d'un troisième mandat ------------------------------------------------", 'troisième mandat', 'ordinal', 3, 'mandat', None),
    ('fr-032', "Au pouvoir depuis 2005, le chef de l'Etat a été officiellement désigné samedi par son parti comme candidat à la présidentielle du\xa026\xa0juin.", '2005', 'year', 2005, None, None),
    ('fr-032', 'Il briguera ainsi un troisième mandat.', 'troisième mandat', 'ordinal', 3, 'mandat', None),
    ('fr-032', "Pourtant, l'article 96 de la Constitution burundaise prévoit que le chef de l'Etat «\xa0est élu au suffrage universel direct pour un mandat de cinq ans renouvelable une fois\xa0».", 'cinq ans', 'duration', 5, 'ans', None),
    pytest.param(*('fr-032', "Pourtant, l'article 96 de la Constitution burundaise prévoit que le chef de l'Etat «\xa0est élu au suffrage universel direct pour un mandat de cinq ans renouvelable une fois\xa0».", 'une fois', 'count', 1, 'fois', None),
                 marks=pytest.mark.xfail(strict=True, reason='un/une is not read as a count')),
    ('fr-032', 'Pierre Nkurunziza ayant été élu par le Parlement en 2005, son camp estime que le premier mandat ne compte pas.', '2005', 'year', 2005, None, None),
    ('fr-032', 'Pierre Nkurunziza ayant été élu par le Parlement en 2005, son camp estime que le premier mandat ne compte pas.', 'premier mandat', 'ordinal', 1, 'mandat', None),
    ('fr-032', "Mais ses opposants les accusent d'ignorer une autre disposition du texte qui indique\xa0 clairement que le premier président «\xa0post-transition\xa0» est «\xa0exceptionnellement\xa0» élu par l'Assemblée nationale et nuance donc selon eux le précédent article.", 'premier président', 'ordinal', 1, 'président', None),
    ('fr-032', "Les opposants au chef de l'Etat s'appuient aussi sur les accords d'Arusha, selon lesquels «\xa0nul ne peut exercer plus de deux mandats présidentiels\xa0».", 'plus de deux mandats présidentiels', 'count', 2, 'mandats présidentiels', 'more_than'),
    ('fr-035', "Alors que quatre personnes ont été mises en examen samedi 21\xa0mai pour tentative d'homicide volontaire, suite à l'incendie d'une voiture de police quai de Valmy, à Paris, leurs avocats dénoncent un dossier «\xa0vide\xa0».", 'quatre personnes', 'count', 4, 'personnes', None),
    ('fr-035', 'Au lieu de lancer une procédure contre X, on vise quatre personnes pour satisfaire les syndicats de police.', 'quatre personnes', 'count', 4, 'personnes', None),
    ('fr-035', 'Les deux fonctionnaires présents à bord ont été légèrement blessés.', 'deux fonctionnaires', 'count', 2, None, None),
    ('fr-035', 'Voiture de police incendiée\xa0: quatre hommes mis examen et écroués', 'quatre hommes', 'count', 4, 'hommes', None),
    ('fr-035', "Personne n'a été interpellé sur place mais au cours de l'après-midi et de la soirée, ainsi que le lendemain matin, cinq personnes ont été placées en garde à vue.", 'cinq personnes', 'count', 5, 'personnes', None),
    pytest.param(*('fr-035', "A l'issue des gardes à vue, une personne a été relâchée.", 'une personne', 'count', 1, 'personne', None),
                 marks=pytest.mark.xfail(strict=True, reason='un/une is not read as a count')),
    ('fr-035', "Les quatre autres ont été mises en examen pour tentative d'homicide volontaire, violences volontaires en bande organisée sur personne dépositaire de l'autorité publique, destruction de bien public en bande organisée et participation à un attroupement armé.", 'quatre autres', 'count', 4, None, None),
    pytest.param(*('fr-035', "L'avocat défend dans la procédure un «\xa0ancien postier et ancien syndicaliste à SUD\xa0» de 32 ans, actuellement en formation d'éducateur spécialisé et connu pour avoir fait partie des supporters anti-fascistes de la tribune Auteuil du PSG.", '32 ans', 'age', 32, 'ans', None),
                 marks=pytest.mark.xfail(strict=True, reason='age after a long apposition')),
    ('fr-035', "Me\xa0Irène Terrel défend pour sa part un militant d'Action antifasciste Paris-Banlieue, condamné il y a trois ans pour des faits de violences aggravées.", 'trois ans', 'duration', 3, 'ans', None),
    ('fr-035', "S'il reconnaît avoir été présent à la contre-manifestation, l'homme de 21 ans nie être l'auteur des faits qui lui sont reprochés.", '21 ans', 'age', 21, 'ans', None),
    pytest.param(*('fr-035', "«\xa0C'est un étudiant qui a 16 de moyenne, qui travaille depuis des années dans le secteur de l'animation\xa0», dit son avocate.", '16 de moyenne', 'quantity', 16, 'de moyenne', None),
                 marks=pytest.mark.xfail(strict=True, reason='a mark out of 20 is not read as a quantity')),
    ('fr-035', "policier agressé, le ministre de l'intérieur, Bernard Cazeneuve, avait annoncé que parmi les personnes interpellées, «\xa0trois individus avaient fait l'objet, de la part de la Préfecture de police de Paris, d'interdictions de paraître dans les manifestatio", 'trois individus', 'count', 3, 'individus', None),
    ('fr-035', "Saisi de dix arrêtés d'interdiction, le juge administratif en avait suspendu neuf mardi 17\xa0mai.", "dix arrêtés d'interdiction", 'count', 10, None, None),
    ('fr-035', "Saisi de dix arrêtés d'interdiction, le juge administratif en avait suspendu neuf mardi 17\xa0mai.", 'neuf', 'count', 9, None, None),
    ('fr-041', 's en faisant croire que la loi travail mènerait à baisser la rémunération des heures supplémentaires des routiers\u2009» à «\u200910% au lieu de 25%\u2009».', '10%', 'percent', 10, None, None),
    ('fr-041', 'oire que la loi travail mènerait à baisser la rémunération des heures supplémentaires des routiers\u2009» à «\u200910% au lieu de 25%\u2009».', '25%', 'percent', 25, None, None),
    ('fr-041', 'Plus précisément, «\u2009sauf accord de branche signé par une majorité des organisations syndicales, les heures de conduite supplémentaires des routiers resteront payées 25% de plus\u2009», affirme-t-il.', '25%', 'percent', 25, None, None),
    ('fr-041', 'Manuel Valls a par ailleurs tenu à se montrer ferme envers les casseurs qui ont incendié hier une voiture de police en plein Paris , dans laquelle se trouvaient encore deux agents de la paix.', 'deux agents de la paix', 'count', 2, None, None),
    ('fr-044', "-   Selon parents -- qui ont bloqué l'établissement trois jours fin décembre -- et professeurs, la situation se dégrade au collège Pablo-Neruda.", 'trois jours', 'duration', 3, 'jours', None),
    ('fr-044', "Fin décembre, des parents d'élèves du collège Pablo Neruda à Pierrefitte-sur-Seine (Seine-Saint-Denis) ont bloqué durant trois jours l'accès à l'établissement.", 'trois jours', 'duration', 3, 'jours', None),
    ('fr-044', '{width="648"} Les parents d\'élèves du collège Pablo-Neruda de Pierrefitte (Seine-Saint-Denis) ont bloqué l\'établissement trois jours fin décembre pour dénoncer l\'agression d\'une CPE et pour demander plus de sécurité.', 'trois jours', 'duration', 3, 'jours', None),
    ('fr-044', "Pour cet établissement de 700 élèves, les parents et enseignants demandent donc désormais à la Direction Académique un troisième poste de CPE et le reclassement de l'établissement en catégorie REP+.", '700 élèves', 'count', 700, 'élèves', None),
    ('fr-044', "Pour cet établissement de 700 élèves, les parents et enseignants demandent donc désormais à la Direction Académique un troisième poste de CPE et le reclassement de l'établissement en catégorie REP+.", 'troisième poste de CPE', 'ordinal', 3, None, None),
    ('fr-044', 'Marine Gastou est professeure de mathématiques depuis cinq ans au collège Pablo-Neruda.', 'cinq ans', 'duration', 5, 'ans', None),
    ('fr-047', 'Après vingt-quatre jours bouche cousue, neuf Iraniens de la «jungle» de Calais viennent de mettre fin à leur grève de la faim.', 'vingt-quatre jours', 'duration', 24, 'jours', None),
    ('fr-047', 'Après vingt-quatre jours bouche cousue, neuf Iraniens de la «jungle» de Calais viennent de mettre fin à leur grève de la faim.', 'neuf Iraniens', 'count', 9, 'Iraniens', None),
    ('fr-047', 'Les neuf grévistes de la faim ont rencontré à cinq reprises des représentants de la Direction départementale de la cohésion sociale qui leur a propos', 'neuf grévistes de la faim', 'count', 9, None, None),
    ('fr-047', "Les neuf grévistes de la faim ont rencontré à cinq reprises des représentants de la Direction départementale de la cohésion sociale qui leur a proposé des solutions d'hébergement,", 'cinq reprises', 'count', 5, 'reprises', None),
    ('fr-047', "Pendant vingt-quatre jours, les neuf Iraniens n'ont consommé que de l'eau, des jus de fruit et des bouillons salés.", 'vingt-quatre jours', 'duration', 24, 'jours', None),
    ('fr-047', "Pendant vingt-quatre jours, les neuf Iraniens n'ont consommé que de l'eau, des jus de fruit et des bouillons salés.", 'neuf Iraniens', 'count', 9, 'Iraniens', None),
    ('fr-047', "Les neuf hommes, dont un n'a que 17 ans, s'étaient cousu la bouche par leurs propres moyens.", 'neuf hommes', 'count', 9, 'hommes', None),
    ('fr-047', "Les neuf hommes, dont un n'a que 17 ans, s'étaient cousu la bouche par leurs propres moyens.", '17 ans', 'age', 17, 'ans', None),
    ('fr-051', 'Chargée de la sécurité sanitaire et du cheval (sic), Anne-Laure Fondeur officiait depuis deux\xa0ans dans le cabinet ministériel.', 'deux\xa0ans', 'duration', 2, 'ans', None),
    ('fr-051', "Elle rejoint le Gnis, le Groupement national interprofessionnel des semences, où elle prend la direction du Soc, le Service officiel de contrôle et de certification, pour un mandat de 5 ans, sur nomination du ministère de l'Agriculture.", '5 ans', 'duration', 5, 'ans', None),
    ('fr-051', "Le Gnis, créé en 1941 sous le régime de Vichy, est une structure hybride, publique et privée\xa0: placé sous tutelle du ministère de l'Agricultu", '1941', 'year', 1941, None, None),
    ('fr-054', "Depuis dix jours, des dizaines de lycées ont été victimes, aux Etats-Unis, en Grande-Bretagne ou même au Japon, d'alertes à la bombe répondant au même modus operandi.", 'dix jours', 'duration', 10, 'jours', None),
    ('fr-054', "La nuit du 1er\xa0février encore, une dizaine de lycées du New Jersey (Etats-Unis) et plusieurs établissements du Queensland (Australie) ont été la cible d'alertes à la bombe, ainsi que des écoles de Birmingham et de Glasgow, au Royaume-Uni.", 'une dizaine de lycées', 'count', 10, 'lycées', 'about'),
    ('fr-054', "En Australie, où d'autres alertes ont eu lieu, la police évoque «\xa0un même appel enregistré envoyé à dix écoles différentes\xa0» et parle de menaces concertées «\xa0organisées depuis l'étranger\xa0».", 'dix écoles différentes', 'count', 10, 'écoles', None),
    ('fr-054', "Dans un court document publié sur plusieurs plates-formes, ce groupe, qui se présente comme une équipe de six personnes habitant différents pays, indique que ses «\xa0services\xa0» sont disponibles gratuitement jusqu'en mars, sur simple demande", 'six personnes', 'count', 6, 'personnes', None),
    ('fr-054', 'A partir du 1er\xa0mars, le groupe fera payer ses «\xa0services\xa0»\xa0: de 5 à 50\xa0dollars pour faire évacuer un lycée ou un stade.', '5', 'money', 5, 'USD', None),
    ('fr-054', 'A partir du 1er\xa0mars, le groupe fera payer ses «\xa0services\xa0»\xa0: de 5 à 50\xa0dollars pour faire évacuer un lycée ou un stade.', '50\xa0dollars', 'money', 50, 'USD', None),
    ('fr-054', "le discours de groupes comme Lulzsec, un regroupement de pirates informatiques qui s'était fait connaître, au début des années 2010, en menant une intense campagne de blocages et de piratages contre des sites prestigieux, mais techniquement aisés à at", 'années 2010', 'year', 2010, None, 'early'),
    ('fr-054', "Appelée «\xa0swatting\xa0» aux Etats-Unis, du nom du SWAT, l'équivalent américain du GIGN ou du RAID, elle a été régulièrement employée par des groupes ou des personnes -- en France, des journalistes de Rue89 en ont par exemple été victimes en\xa02015.", '2015', 'year', 2015, None, None),
    ('fr-057', "La victoire et ses supporters lui tournent le dos: l'Olympique de Marseille a bien plus que le calendrier à rattraper, mercredi (21h00) à Saint-Étienne en match en retard.", 'mercredi (21h00)', 'datetime', '2019-01-16T21:00', None, None),
    ('fr-057', 'Les\xa0300\xa0fidèles fans marseillais autorisés à se déplacer à Geoffroy-Guichard seront-ils plus tendres avec leur joueur que lors du nul contre Monaco (1-1) dimanche\xa0?', '300\xa0fidèles fans', 'count', 300, None, None),
    ('fr-057', 'Les\xa0300\xa0fidèles fans marseillais autorisés à se déplacer à Geoffroy-Guichard seront-ils plus tendres avec leur joueur que lors du nul contre Monaco (1-1) dimanche\xa0?', 'dimanche', 'date', '2019-01-13', None, None),
    ('fr-057', "Le capitaine, comme Steve Mandanda, autre cadre du groupe, ou l'entraîneur Rudi Garcia, ont appelé à l'union sacrée pour ce match de la 17e journée, décalé lors d'un week-end de manifestation des gilets jaunes.", '17e journée', 'ordinal', 17, 'journée', None),
    ('fr-057', "L'équipe, Mandanda en tête, a discuté avec quelques représentants des groupes descendus sur la pelouse, dimanche, dans un après-match tendu.", 'dimanche', 'date', '2019-01-13', None, None),
    ('fr-057', '"On fait quoi\xa0? On va continuer à jouer dans un contexte comme ça jusqu\'à la fin de la saison\xa0?" a demandé à ces supporters le gardien, joueur le plus capé de l\'histoire de l\'OM, qui devrait disputer son 503e match mercredi.', '503e match', 'ordinal', 503, 'match', None),
    ('fr-057', '"On fait quoi\xa0? On va continuer à jouer dans un contexte comme ça jusqu\'à la fin de la saison\xa0?" a demandé à ces supporters le gardien, joueur le plus capé de l\'histoire de l\'OM, qui devrait disputer son 503e match mercredi.', 'mercredi', 'date', '2019-01-16', None, None),
    ('fr-057', "Il faut apaiser les tensions, mais de Payet au coach, tous les Marseillais l'ont dit: le mieux à faire et le plus court reste de remporter enfin une victoire, qui les fuit depuis deux mois et huit matches, toutes compétitions confondues.", 'deux mois', 'duration', 2, 'mois', None),
    ('fr-057', "Il faut apaiser les tensions, mais de Payet au coach, tous les Marseillais l'ont dit: le mieux à faire et le plus court reste de remporter enfin une victoire, qui les fuit depuis deux mois et huit matches, toutes compétitions confondues.", 'huit matches', 'count', 8, 'matches', None),
    ('fr-057', "Saint-Étienne, lui, vient d'enchaîner trois succès et frôle le podium,\xa05\xa0points devant l'OM, relégué en milieu de tableau.", 'trois succès', 'count', 3, 'succès', None),
    ('fr-057', "Saint-Étienne, lui, vient d'enchaîner trois succès et frôle le podium,\xa05\xa0points devant l'OM, relégué en milieu de tableau.", '5\xa0points', 'count', 5, 'points', None),
    ('fr-057', "L'OM est éliminé de toutes les coupes auxquelles il était inscrit, la Ligue Europa avec un seul point pris en six matches, la Coupe de la Ligue par Strasbourg aux tirs au but (1-1, 4-2 t.a.b.), et celle de France par un c", 'un seul point', 'count', 1, 'point', None),
    ('fr-057', "L'OM est éliminé de toutes les coupes auxquelles il était inscrit, la Ligue Europa avec un seul point pris en six matches, la Coupe de la Ligue par Strasbourg aux tirs au but (1-1, 4-2 t.a.b.), et celle de France par un club amateur, Andrézi", 'six matches', 'count', 6, 'matches', None),
    ('fr-057', "Il n'y a plus que la troisième place de Ligue\xa01\xa0pour consoler les supporters.", 'troisième place', 'ordinal', 3, 'place', None),
    ('fr-057', "C'est encore envisageable, avec deux matches en retard, celui chez les Verts et la réception de Bordeaux le\xa05\xa0février.", 'deux matches', 'count', 2, 'matches', None),
    ('fr-057', "C'est encore envisageable, avec deux matches en retard, celui chez les Verts et la réception de Bordeaux le\xa05\xa0février.", '5\xa0février', 'date', '2019-02-05', None, None),
    ('fr-057', 'Mais il faut retrouver la foi dans son jeu, encore bien fragile dimanche face à Monaco.', 'dimanche', 'date', '2019-01-13', None, None),
    ('fr-057', '"Deux mois sans gagner, c\'est difficile pour tout le monde, le coach fait tout pour redresser la situation, nous aussi", poursuit le milieu "Oranje".', 'Deux mois', 'duration', 2, 'mois', None),
    ('fr-057', "Avec une certaine efficacité, si on en juge par les\xa020\xa0dernières minutes intenses contre Monaco, même si elles n'ont pas suffit pour la gagne.", '20\xa0dernières minutes', 'duration', 20, 'minutes', None),
    ('fr-057', 'Mais la fragilité guette toujours, si on en juge par la demi-heure du milieu de terrain contre Monaco.', 'demi-heure', 'duration', 0.5, 'heure', None),
    ('fr-057', '"On a connu un temps faible lors du dernier quart d\'heure de la première mi-temps et le premier quart d\'heure de la seconde", a admis Garcia.', "quart d'heure", 'duration', 0.25, 'heure', None),
    ('fr-057', '"On a connu un temps faible lors du dernier quart d\'heure de la première mi-temps et le premier quart d\'heure de la seconde", a admis Garcia.', 'première mi-temps', 'ordinal', 1, 'mi-temps', None),
    ('fr-057', '"On a connu un temps faible lors du dernier quart d\'heure de la première mi-temps et le premier quart d\'heure de la seconde", a admis Garcia.', 'premier', 'ordinal', 1, None, None),
    ('fr-057', '"On a connu un temps faible lors du dernier quart d\'heure de la première mi-temps et le premier quart d\'heure de la seconde", a admis Garcia.', 'seconde', 'ordinal', 2, None, None),
    ('fr-057', '16/01/2019 07:33:07\xa0-', '16/01/2019 07:33:07', 'datetime', '2019-01-16T07:33:07', None, None),
]


@pytest.mark.parametrize("article,sentence,surface,kind,value,unit,qualifier", CORPUS)
def test_corpus_figure(nlp, article, sentence, surface, kind, value, unit, qualifier):
    figs = figures_of(nlp, sentence, date=ARTICLE_DATES.get(article))
    hits = find(figs, sentence, surface)
    assert hits, f"no figure over {surface!r}: {[f.text for f in figs]}"
    same = [f for f in hits if f.value == pytest.approx(value) if not isinstance(value, str)] \
        if not isinstance(value, str) else [f for f in hits if f.value == value]
    assert same, f"{surface!r}: got {[(f.text, f.kind, f.value) for f in hits]}"
    fig = same[0]
    assert fig.kind == kind
    assert fig.qualifier == qualifier
    if unit is not None:
        assert fig.unit == unit


# Not figures (GUIDELINES.md): names and codes, titles, idioms, the article un/une, vague
# plurals, phone numbers, scores.  (sentence, the words that must not be a figure)
NEGATIVE = [
    ("Les dirigeants du G7 se retrouvent à Biarritz.", "G7"),
    ("La COP24 s'est ouverte en Pologne.", "COP24"),
    ("La pandémie de Covid-19 a touché la région.", "19"),
    ("L'Airbus A380 a atterri à Roissy.", "A380"),
    ("Le carrefour de la D1005 qu’empruntent notamment les frontaliers.", "D1005"),
    ("Il a pris la route 132 vers Rimouski.", "132"),
    ("Il n'y a plus que la troisième place de Ligue\u00a01 pour consoler les supporters.", "1 pour"),
    ("Le Premier ministre a accusé la CGT et FO.", "Premier"),
    ("La première ministre a présenté son plan.", "première"),
    ("C'est au premier plan et au centre de nos efforts conjoints.", "premier"),
    ("Le président Macron a commémoré la Première Guerre mondiale.", "Première"),
    ("Un nouveau record de missiles balistiques.", "Un"),
    ("Il a signé un accord de coopération scientifique.", "un"),
    ("Des dizaines de lycées ont été victimes de fausses alertes.", "dizaines"),
    ("Plusieurs milliers de personnes ont manifesté.", "milliers"),
    ("Quelques centaines de manifestants se sont rassemblés.", "centaines"),
    ("Des millions de Français regardent le match.", "millions"),
    ("Appelez le 01 23 45 67 89 pour tout renseignement.", "01 23 45 67 89"),
    ("Lors du nul contre Monaco (1-1) dimanche, les supporters ont sifflé.", "1-1"),
    ("L'association 40\u00a0Millions\u00a0d'automobilistes s'est dit ravie.", "40"),
    ("Farid Aid s'exclame auprès de 20 Minutes.", "20 Minutes"),
    ("Le Parlement européen siège cette semaine à Strasbourg.", "Le"),
    ("Ce n'est pas un fait isolé.", "Ce"),
    ("Le lundi, on était une trentaine.", "lundi"),
    ("Selon les premiers éléments, l'accident est survenu lorsque la conductrice a paniqué.",
     "premiers"),
    ("Le SOC, dont la fonction première est le contrôle de la qualité.", "première"),
    ("Ils veulent acheter un bâtiment neuf.", "neuf"),
    ("«Aujourd'hui, nous avons réaffirmé notre engagement», a déclaré Blinken.", "Aujourd'hui"),
]


@pytest.mark.parametrize("sentence,words", NEGATIVE)
def test_not_a_figure(nlp, sentence, words):
    figs = figures_of(nlp, sentence, date="2023-02-03")
    assert not find(figs, sentence, words), [(f.text, f.kind) for f in figs]


# Date logic against a hand-built article date: Friday 3 February 2023 (the reference
# article), or none.  (sentence, surface, date, published, kind, value)
DATES = [
    ("Blinken a déclaré vendredi que les alliés restent unis.", "vendredi",
     "2023-02-03", None, "date", "2023-02-03"),
    ("Le ministre est arrivé à Washington mercredi.", "mercredi", "2023-02-03", None, "date",
     "2023-02-01"),
    ("Il rentrera samedi en Corée du Sud.", "samedi", "2023-02-03", None, "date", "2023-02-04"),
    ("Il rentrera samedi en Corée du Sud.", "samedi", None, None, "date", None),
    ("Il est arrivé hier à Séoul.", "hier", "2023-02-03", None, "date", "2023-02-02"),
    ("Il partira demain pour Tokyo.", "demain", "2023-02-03", None, "date", "2023-02-04"),
    ("Il est arrivé hier à Séoul.", "hier", None, None, "date", None),
    # the time stamp's day serves when the dateline is missing
    ("Le ministre est arrivé à Washington mercredi.", "mercredi", None, "2023-02-05T14:24",
     "date", "2023-02-01"),
    ("WASHINGTON, 03 fév. -- Les Etats-Unis restent déterminés.", "03 fév.", "2023-02-03", None,
     "date", "2023-02-03"),
    ("WASHINGTON, 03 fév. -- Les Etats-Unis restent déterminés.", "03 fév.", None, None,
     "date", "--02-03"),
    ("La réception de Bordeaux le 5 février.", "5 février", "2019-01-16", None, "date",
     "2019-02-05"),
    ("Il est né le 24 février 1989 à Strasbourg.", "24 février 1989", None, None, "date",
     "1989-02-24"),
    ("Son sixième et dernier essai nucléaire en septembre 2017.", "septembre 2017", None, None,
     "date", "2017-09"),
    ("05.02.2023 à 14h24 replay time00:41", "05.02.2023 à 14h24", None, None, "datetime",
     "2023-02-05T14:24"),
    ("16/01/2019 07:33:07 - Marseille (AFP)", "16/01/2019 07:33:07", None, None, "datetime",
     "2019-01-16T07:33:07"),
    ("L'OM joue mercredi (21h00) à Saint-Étienne.", "mercredi (21h00)", "2019-01-16", None,
     "datetime", "2019-01-16T21:00"),
    ("Le tocsin a sonné vers 18h place Kléber.", "18h", None, None, "time", "18:00"),
    ("L'avion s'est posé peu avant 00H40.", "00H40", None, None, "time", "00:40"),
    ("Au cours de la seule année 2022, Pyongyang a tiré 69 missiles.", "2022", None, None,
     "year", 2022),
    ("Le traité de défense mutuelle signé en 1953.", "1953", None, None, "year", 1953),
    ("Au début des années 2010, il menait une campagne.", "2010", None, None, "year", 2010),
    ("Les violences du 1er mai 2018 à Paris, puis celles du 1er mai.", "1er mai,", None, None,
     "date", "2018-05-01"),
]


@pytest.mark.parametrize("sentence,surface,date,published,kind,value", DATES)
def test_dates(nlp, sentence, surface, date, published, kind, value):
    figs = figures_of(nlp, sentence, date=date, published=published)
    start = sentence.rfind(surface.rstrip(","))
    hits = [f for f in figs if f.start < start + len(surface) and start < f.end]
    assert hits, [(f.text, f.kind, f.value) for f in figs]
    assert (hits[0].kind, hits[0].value) == (kind, value)


# Written forms (GUIDELINES.md, figures): digits in French formats and words.
MORE = [
    ("Le budget atteint 1 234,5 millions d'euros.", "1 234,5 millions d'euros", "money", 1234500000, "EUR", None),
    ("Le chômage est à 4,5 % cette année.", "4,5 %", "percent", 4.5, None, None),
    ("Les prix ont grimpé de 30 pour cent.", "30 pour cent", "percent", 30, None, None),
    ("Le contrat vaut 2,3 milliards de dollars.", "2,3 milliards de dollars", "money", 2300000000, "USD", None),
    ("Québec investira 1,5 G$ dans le réseau.", "1,5 G$", "money", 1500000000, "CAD", None),
    ("Montréal versera 300 M$ au projet.", "300 M$", "money", 300000000, "CAD", None),
    ("La firme de Montréal a payé 20 $ US par action.", "20 $ US", "money", 20, "USD", None),
    ("La rénovation coûtera 3000 francs suisses.", "3000 francs suisses", "money", 3000, "CHF", None),
    ("Le camion transportait 3,5 tonnes de matériel.", "3,5 tonnes", "quantity", 3.5, "tonnes", None),
    ("Ils ont marché 12 kilomètres.", "12 kilomètres", "quantity", 12, "kilomètres", None),
    ("Il a perdu soixante-neuf moutons.", "soixante-neuf moutons", "count", 69, "moutons", None),
    ("Vingt et un soldats ont été blessés.", "Vingt et un soldats", "count", 21, "soldats", None),
    ("Il a vendu deux cents exemplaires.", "deux cents exemplaires", "count", 200, "exemplaires", None),
    ("Trois mille manifestants ont défilé.", "Trois mille manifestants", "count", 3000, "manifestants", None),
    ("Un Français sur deux se dit inquiet.", "Un Français sur deux", "fraction", 0.5, "Français", None),
    ("La moitié des électeurs s'est abstenue.", "La moitié", "fraction", 0.5, "électeurs", None),
    ("Un millier de personnes ont défilé.", "Un millier de personnes", "count", 1000, "personnes", "about"),
    ("Une vingtaine de Chablaisiens montent à Paris.", "Une vingtaine de Chablaisiens", "count", 20, "Chablaisiens", "about"),
    ("Entre 20 et 30 morts sont à déplorer.", "20", "count", 20, "morts", None),
    ("Entre 20 et 30 morts sont à déplorer.", "30 morts", "count", 30, "morts", None),
    ("Au moins 12 personnes ont été blessées.", "Au moins 12 personnes", "count", 12, "personnes", "at_least"),
    ("Moins de 5 % des votants ont choisi ce candidat.", "Moins de 5 %", "percent", 5, None, "less_than"),
    ("Il a fait la guerre au XXe siècle.", "XXe siècle", "ordinal", 20, "siècle", None),
    ("C'est le 2e arrondissement.", "2e arrondissement", "ordinal", 2, "arrondissement", None),
    ("Un homme âgé de 45 ans a été interpellé.", "45 ans", "age", 45, "ans", None),
    ("Après 10 ans de démarches, le dossier avance.", "10 ans", "duration", 10, "ans", None),
    ("Jugé depuis une semaine, il a été condamné.", "une semaine", "duration", 1, "semaine", None),
]


@pytest.mark.parametrize("sentence,surface,kind,value,unit,qualifier", MORE)
def test_written_forms(nlp, sentence, surface, kind, value, unit, qualifier):
    figs = figures_of(nlp, sentence)
    start = sentence.find(surface)
    hits = [f for f in figs if f.start == start and f.end == start + len(surface)]
    assert hits, [(f.text, f.kind, f.value) for f in figs]
    f = hits[0]
    assert (f.kind, f.unit, f.qualifier) == (kind, unit, qualifier)
    assert f.value == pytest.approx(value)


@pytest.mark.parametrize("text,value", [
    ("1 234,5", 1234.5), ("1\u00a0234,5", 1234.5), ("1\u202f234", 1234), ("100.000", 100000),
    ("4,5", 4.5), ("12", 12), ("3 176", 3176), ("1.234.567", 1234567), ("12 34", None)])
def test_parse_digits(text, value):
    assert parse_digits(text) == value


@pytest.mark.parametrize("text,value", [
    ("soixante-neuf", 69), ("vingt et un", 21), ("deux cents", 200), ("trois mille", 3000),
    ("quatre-vingt-dix", 90), ("deux trois", None)])
def test_parse_words(text, value):
    assert parse_words(text) == value


@pytest.mark.parametrize("word,value", [
    ("septième", 7), ("vingt-quatrième", 24), ("cinquième", 5), ("neuvième", 9),
    ("première", 1), ("seconde", 2), ("problème", None)])
def test_ordinal_words(word, value):
    assert ordinal_word_value(word, load_lexicon().ordinal_irregular) == value


def test_roman():
    assert (roman_value("XX"), roman_value("XXI"), roman_value("IIII")) == (20, 21, None)


def test_furniture_holds_no_figure_but_the_time_stamp_stays(nlp):
    text = "05.02.2023 à 14h24 replay time00:41\n\nIl a vu 25 bateaux."
    figs = figures_of(nlp, text, furniture=[{"start": 0, "end": 36, "text": text[:36]}])
    assert [(f.text, f.kind) for f in figs] == [("05.02.2023 à 14h24", "datetime"),
                                                 ("25 bateaux", "count")]


def test_lexicon_families():
    lex = load_lexicon()
    assert lex.currency_of("euros") == "EUR" and lex.currency_of("wons") == "KRW"
    assert lex.qualifier_of("jusqu’à") == "up_to" and lex.qualifier_of("quelque") == "about"
    assert lex.approximate["centaine"] == 100 and "ans" in lex.time_units
    assert "ministre" in lex.premier_titles and "homme" in lex.person_nouns


def test_seed_article_in_pipeline(miner, seed_gold):
    article = miner(seed_gold["text"], id=seed_gold["id"])
    by_text = {f.text: f for f in article.figures}
    for f in article.figures:
        assert seed_gold["text"][f.start:f.end] == f.text
    assert by_text["69 missiles balistiques"].unit == "missiles balistiques"
    assert by_text["sixième et dernier essai nucléaire"].value == 6
    assert by_text["jusqu'à 30%"].qualifier == "up_to"
