"""Dense war reports for the benchmark, written by us, shaped like wire copy.

A real report of a strike (the seed article is one) names a person, a state,
a place, a role or a toll in nearly every sentence: the costliest text the
detector reads, since every sentence passes the cheap gates and is read in
full. These reports are built from our own sentence templates, filled with
varying states, cities, people and numbers so that no two articles repeat
each other's mentions.
"""

from __future__ import annotations

import random
from typing import NamedTuple

# (attacker demonym, attacker country, target demonym, target country, target cities, an armed group on the target's side)
SIDES = [
    ("Russian", "Russia", "Ukrainian", "Ukraine", ["Kharkiv", "Odesa", "Dnipro", "Zaporizhzhia", "Lviv", "Sumy"], "the Azov brigade"),
    ("Ukrainian", "Ukraine", "Russian", "Russia", ["Belgorod", "Kursk", "Bryansk", "Voronezh", "Novorossiysk"], "the Wagner group"),
    ("Israeli", "Israel", "Lebanese", "Lebanon", ["Beirut", "Tyre", "Sidon", "Baalbek"], "Hezbollah"),
    ("Israeli", "Israel", "Syrian", "Syria", ["Damascus", "Homs", "Latakia", "Aleppo"], "Hezbollah"),
    ("Iranian", "Iran", "Iraqi", "Iraq", ["Erbil", "Sulaymaniyah", "Kirkuk"], "the Kurdistan Democratic Party of Iran"),
    ("Turkish", "Turkey", "Syrian", "Syria", ["Qamishli", "Hasakah", "Raqqa"], "the YPG"),
    ("Pakistani", "Pakistan", "Afghan", "Afghanistan", ["Khost", "Kandahar", "Jalalabad", "Kabul"], "the Pakistani Taliban"),
    ("Indian", "India", "Pakistani", "Pakistan", ["Muzaffarabad", "Bahawalpur", "Lahore", "Sialkot"], "Jaish-e-Mohammed"),
    ("Saudi", "Saudi Arabia", "Yemeni", "Yemen", ["Sanaa", "Hodeidah", "Taiz", "Aden"], "the Houthis"),
    ("Azerbaijani", "Azerbaijan", "Armenian", "Armenia", ["Kapan", "Gyumri", "Vanadzor"], "separatist fighters"),
    ("Rwandan", "Rwanda", "Congolese", "DR Congo", ["Goma", "Bukavu", "Uvira"], "the M23 rebels"),
    ("Ethiopian", "Ethiopia", "Eritrean", "Eritrea", ["Asmara", "Keren"], "Tigrayan fighters"),
]
MEDIATORS = ["Qatar", "Egypt", "Turkey", "Oman", "Switzerland", "Norway", "Kenya", "Saudi Arabia"]
FIRST = ["Amir", "Olena", "Yusuf", "Daniel", "Fatima", "Sergei", "Nadia", "Karim", "Ayesha", "Tomas", "Leila", "Ibrahim",
         "Marta", "Hassan", "Irina", "Samir", "Rania", "Viktor", "Zainab", "Omar"]
LAST = ["Haddad", "Kovalenko", "Rahimi", "Mansour", "Petrenko", "Nasser", "Qureshi", "Abbasi", "Barzani", "Sokolov",
        "Darwish", "Hakimi", "Tesfaye", "Mugabo", "Aliyev", "Grigoryan", "Farouk", "Karimi", "Saleh", "Yilmaz"]
ROLES = ["military commander", "political bureau chief", "intelligence chief", "defence minister", "deputy leader",
         "chief of staff", "senior commander", "spokesman"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WEAPONS = ["missile", "drone", "air", "artillery", "rocket"]

LEADS = [
    "{A} forces launched a {W} strike on {P} early on {D}, killing {N} people, {TD} officials said.",
    "{A} warplanes carried out airstrikes on the outskirts of {P} on {D} night, according to the regional governor.",
    "A {A} drone attack hit an energy facility in {P} on {D}, leaving thousands of homes without power.",
    "The {A} military said it had struck what it called command centres of {G} in {P} overnight.",
    "{AC} fired a barrage of missiles at {P} on {D}, the {TD} defence ministry said in a statement.",
]
BODY = [
    "The {TD} foreign ministry condemned the attack as a flagrant violation of its sovereignty and summoned the {A} ambassador.",
    "{PERSON}, the {ROLE} of {G}, was killed in the strike along with {N2} of his aides, the group said.",
    "{G} said its leadership survived the attack, but that {PERSON}, a {ROLE}, had been wounded.",
    "At least {N} people were killed and {N2} others wounded, according to the health ministry in {TC}.",
    "Rescue teams pulled {N2} bodies from the rubble of a residential building in {P} on {D} afternoon.",
    "{MED} and {MED2} have been mediating talks between the two sides on a ceasefire and the release of prisoners.",
    "{TD} President {PERSON} said in a televised address that the attack would not go unanswered.",
    "The {A} army said the operation targeted weapons depots and launch sites used by {G}.",
    "{PERSON}, a spokesman for the {A} military, said the strike was a response to rocket fire on border towns.",
    "In {YEAR}, a similar offensive on {P} displaced hundreds of thousands of people, according to the United Nations.",
    "{AC} has threatened to strike {TC} again if attacks on its territory continue.",
    "The {TD} air force said its air defences shot down {N2} of the {N} drones launched overnight.",
    "The United Nations Secretary-General called for restraint and urged both sides to protect civilians.",
    "{MED} condemned the strike and said it undermined efforts to reach a lasting ceasefire.",
    "The International Criminal Court is investigating alleged war crimes committed during the conflict.",
    "Residents of {P} said they heard several loud explosions before sirens sounded across the city.",
    "{PERSON}, the {TD} prime minister, visited the site of the strike and promised to rebuild the damaged hospital.",
    "The {A} defence minister, {PERSON}, said the campaign would continue until its goals were achieved.",
    "A senior {TD} official said the strike had hit a school where displaced families were sheltering.",
    "Satellite images reviewed by analysts showed heavy damage to an ammunition depot near {P}.",
    "{G} vowed to retaliate for the killing of its commanders and called on supporters to mobilise.",
    "The foreign ministers of {MED} and {MED2} are due to meet in {MEDCAP} next week to discuss the crisis.",
    "Aid agencies warned that hospitals in {P} were running short of fuel, medicine and blood supplies.",
    "{PERSON} told reporters in {MEDCAP} that the ceasefire proposal was still on the table.",
    "The attack came a day after {A} officials accused {TC} of massing troops near the border.",
    "Human rights groups said the strike on {P} may amount to a war crime and called for an independent inquiry.",
    "The {TD} interior ministry said {N2} police officers were among the dead.",
    "Local media in {P} published footage showing a column of smoke rising over the port.",
    "{AC} denied targeting civilians and said it had warned residents to leave the area before the strike.",
    "The death toll from the strikes has risen to {N}, officials said on {D}.",
]
PLAIN = [
    "Schools in the region will remain closed until further notice, the education ministry said.",
    "Markets reopened on the following morning, although many shops stayed shut.",
    "Officials said power had been restored to most districts by the evening.",
    "The government announced three days of national mourning.",
    "Flights to and from the city's airport were suspended for several hours.",
    "The statement did not give further details.",
]


def _fill(template: str, rng: random.Random, side: tuple, place: str) -> str:
    demonym, country, target_demonym, target_country, _, group = side
    mediator, mediator2 = rng.sample(MEDIATORS, 2)
    text = template.format(
        A=demonym, AC=country, TD=target_demonym, TC=target_country, P=place,
        G=group, MED=mediator, MED2=mediator2, MEDCAP=rng.choice(["Doha", "Cairo", "Geneva", "Muscat"]),
        PERSON=f"{rng.choice(FIRST)} {rng.choice(LAST)}", ROLE=rng.choice(ROLES), D=rng.choice(DAYS),
        W=rng.choice(WEAPONS), N=rng.randint(3, 90), N2=rng.randint(2, 12), YEAR=rng.randint(2012, 2023),
    )
    return text[0].upper() + text[1:]


class WarReport(NamedTuple):
    body: str
    attacker: str  # the country names of SIDES: what an analyst would code the report's strike as
    territory: str


def war_report(rng: random.Random, words: int) -> WarReport:
    """A report of about `words` words: a lead, then paragraphs of one to three sentences, most of them about the war."""
    side = rng.choice(SIDES)
    places = side[4]
    paragraphs = [_fill(rng.choice(LEADS), rng, side, places[0])]
    count = len(paragraphs[0].split())
    bag: list[str] = []
    while count < words:
        sentences = []
        for _ in range(rng.randint(1, 3)):
            if not bag:
                bag = rng.sample(BODY, len(BODY)) + rng.sample(PLAIN, 2)
                rng.shuffle(bag)
            sentences.append(_fill(bag.pop(), rng, side, rng.choice(places)))
        paragraph = " ".join(sentences)
        paragraphs.append(paragraph)
        count += len(paragraph.split())
    return WarReport("\n\n".join(paragraphs), side[1], side[3])
