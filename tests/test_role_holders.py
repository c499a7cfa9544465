"""Who holds a role (learn.role_holders, models/attribution/role_holders.json): counted on
the unannotated pool, read when a description matches no one's role in the article."""

from __future__ import annotations

import pytest

from quoteminer.attribution.entities import Entity, role_holders, role_key
from quoteminer.learn.role_holders import count_holders, names_a_function, table


@pytest.mark.parametrize("role, key", [
    ("le chef de l'État", "chef etat"),
    ("chef de l’Etat", "chef etat"),
    ("le Premier ministre", "ministre premier"),
    ("la ministre de l'Intérieur", "interieur ministre"),
    ("président de la République", "president republique"),
])
def test_role_key(role, key):
    assert role_key(role) == key


def person(name: str, role: str | None) -> Entity:
    return Entity(id="s1", kind="PERSON", name=name, named=True, role=role)


def test_a_role_goes_to_the_person_most_articles_give_it():
    articles = (
        [[person("Emmanuel Macron", "le chef de l'État")]] * 4
        + [[person("François Hollande", "chef de l'Etat")]]
        + [[person("Christophe Castaner", "ministre de l'Intérieur")]] * 2   # too few
        + [[person("Jean Dupont", "maire")], [person("Paul Martin", "maire")],
           [person("Luc Petit", "maire")]]                                   # no one holds it
    )
    data = table(count_holders(articles), len(articles))
    assert data["holders"] == {"chef etat": ["Emmanuel Macron", 4, 5]}


def test_one_count_per_article():
    twice = [[person("Emmanuel Macron", "chef de l'État"), person("Emmanuel Macron", "chef de l'État")]]
    assert count_holders(twice)["chef etat"]["Emmanuel Macron"] == 1


def test_shipped_table_knows_the_head_of_state():
    assert role_holders().get("chef etat") == "Emmanuel Macron"


@pytest.mark.parametrize("text, quote, speaker", [
    # the mayor is in focus, but "le chef de l'État" is the president the article named
    ("Emmanuel Macron a visité Lyon lundi. Le maire Grégory Doucet l'a accueilli à "
     "l'Hôtel de Ville. «Nous ne céderons rien», a martelé le chef de l'État.",
     "Nous ne céderons rien", "Emmanuel Macron"),
])
def test_description_goes_to_the_usual_holder(miner, text, quote, speaker):
    article = miner(text)
    [q] = [q for q in article.quotes if q.text.startswith(quote)]
    assert article.speaker(q).name == speaker


@pytest.mark.parametrize("role, kept", [
    ("ministre de l'Intérieur", True),
    ("la préfète du Cher", True),
    ("porte-parole du gouvernement", True),
    ("eux", False),          # words the rules took along with a name, no function
    ("l'affaire", False),
    ("Christophe", False),
])
def test_only_roles_with_a_function_noun_are_counted(role, kept):
    articles = [[person("Jean Dupont", role)]] * 3
    assert bool(count_holders(articles)) is kept
    assert names_a_function(role) is kept
