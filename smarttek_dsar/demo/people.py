"""Fictional Smarttek customers: Latvian names, personal codes, contacts and addresses.

Everything is drawn from `random.Random(seed)`, so the same seed gives the same people on every
run and machine. Any resemblance of a generated code or number to a real one is chance.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import TypeVar

_T = TypeVar("_T")


@dataclass(frozen=True)
class Person:
    person_id: int
    first_name: str
    last_name: str
    gender: str  # "F" | "M"
    personal_code: str  # normalised "DDMMYY-NNNNN"
    former_codes: tuple[str, ...]  # codes held before (old format replaced by a new one)
    email: str
    phone: str  # E.164
    customer_no: str  # e.g. "C-0012345"
    address: str
    birth_date: date | None  # None where only a new-format code is known
    language: str  # "lv" mostly, some "en"

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"


# Our own name lists. Surnames come as (male, female) pairs because Latvian surnames agree
# with gender: -s/-š -> -a, -is -> -e, -ons -> -one; a few (e.g. ending in -e) are shared.
_LV_MALE = (
    "Jānis", "Andris", "Mārtiņš", "Edgars", "Kārlis", "Māris", "Juris", "Aivars", "Roberts",
    "Artūrs", "Ģirts", "Uldis", "Raimonds", "Valdis", "Gatis", "Rihards", "Dāvis", "Kristaps",
    "Ivars", "Ēriks", "Normunds", "Oskars", "Pēteris", "Toms", "Reinis", "Gints", "Ainārs",
    "Aigars", "Ingus", "Krišjānis", "Dzintars", "Arnis", "Egīls", "Ojārs", "Kaspars", "Agris",
    "Viesturs", "Uģis", "Mikus", "Ričards", "Didzis", "Jēkabs", "Emīls", "Ansis", "Guntis",
)
_LV_FEMALE = (
    "Anna", "Līga", "Ilze", "Inese", "Kristīne", "Laura", "Dace", "Sanita", "Zane", "Ieva",
    "Agnese", "Evita", "Baiba", "Gunta", "Ināra", "Māra", "Dzintra", "Rūta", "Elīna", "Sintija",
    "Madara", "Santa", "Anete", "Linda", "Daiga", "Ilona", "Vija", "Aija", "Marta", "Signe",
    "Solvita", "Ērika", "Lelde", "Annija", "Katrīna", "Gundega", "Dagnija", "Velta", "Ļena",
    "Austra", "Skaidrīte", "Jolanta", "Kitija", "Dārta", "Liene",
)
_LV_SURNAMES = (
    ("Bērziņš", "Bērziņa"), ("Kalniņš", "Kalniņa"), ("Ozols", "Ozola"), ("Jansons", "Jansone"),
    ("Liepiņš", "Liepiņa"), ("Krūmiņš", "Krūmiņa"), ("Balodis", "Balode"),
    ("Eglītis", "Eglīte"), ("Zariņš", "Zariņa"), ("Pētersons", "Pētersone"),
    ("Vītols", "Vītola"), ("Kļaviņš", "Kļaviņa"), ("Kārkliņš", "Kārkliņa"), ("Lācis", "Lāce"),
    ("Siliņš", "Siliņa"), ("Ābols", "Ābola"), ("Vilks", "Vilka"), ("Zālītis", "Zālīte"),
    ("Puķītis", "Puķīte"), ("Ķiploks", "Ķiploka"), ("Ģērmanis", "Ģērmane"),
    ("Priede", "Priede"), ("Kalējs", "Kalēja"), ("Žagars", "Žagare"), ("Šmits", "Šmite"),
    ("Dūmiņš", "Dūmiņa"), ("Ločmelis", "Ločmele"), ("Strautiņš", "Strautiņa"),
    ("Sproģis", "Sproģe"), ("Mežulis", "Mežule"), ("Rozītis", "Rozīte"), ("Lapiņš", "Lapiņa"),
    ("Āboliņš", "Āboliņa"), ("Grīnbergs", "Grīnberga"), ("Freimanis", "Freimane"),
    ("Cīrulis", "Cīrule"), ("Paegle", "Paegle"), ("Ūdris", "Ūdre"), ("Briedis", "Briede"),
    ("Skujiņš", "Skujiņa"), ("Ziediņš", "Ziediņa"), ("Zvaigzne", "Zvaigzne"),
    ("Miķelsons", "Miķelsone"), ("Ņikitins", "Ņikitina"), ("Čačs", "Čača"),
)
# Russian-Latvian names in their Latvian spelling, as they appear in Latvian registers.
_RU_MALE = (
    "Aleksandrs", "Sergejs", "Dmitrijs", "Andrejs", "Vladimirs", "Jevgēņijs", "Igors",
    "Mihails", "Nikolajs", "Vitālijs", "Aleksejs", "Konstantīns",
)
_RU_FEMALE = (
    "Jeļena", "Olga", "Tatjana", "Natālija", "Svetlana", "Irina", "Jūlija", "Marina",
    "Ludmila", "Ņina", "Valentīna", "Oksana",
)
_RU_SURNAMES = (
    ("Ivanovs", "Ivanova"), ("Petrovs", "Petrova"), ("Smirnovs", "Smirnova"),
    ("Kuzņecovs", "Kuzņecova"), ("Popovs", "Popova"), ("Vasiļjevs", "Vasiļjeva"),
    ("Sokolovs", "Sokolova"), ("Morozovs", "Morozova"), ("Volkovs", "Volkova"),
    ("Fjodorovs", "Fjodorova"), ("Orlovs", "Orlova"), ("Žukovs", "Žukova"),
)
# Foreign customers keep their own spelling and mostly correspond in English.
_FOREIGN_MALE = ("Oliver", "James", "Thomas", "Lukas", "Matteo", "Jonas", "Mikael", "Pierre")
_FOREIGN_FEMALE = ("Emma", "Sophie", "Hannah", "Chloe", "Olivia", "Ingrid", "Zofia", "Léa")
_FOREIGN_SURNAMES = (
    "Walker", "Fischer", "Bennett", "Novak", "Rossi", "Dubois", "Hughes", "Lindqvist",
    "Müller", "Kowalczyk", "Sørensen", "O'Brien",
)

# (town, first postcode, number of postcodes) — Rīga is listed several times to weigh it.
_TOWNS = (
    ("Rīga", 1001, 84), ("Rīga", 1001, 84), ("Rīga", 1001, 84), ("Rīga", 1001, 84),
    ("Daugavpils", 5401, 22), ("Liepāja", 3401, 17), ("Jelgava", 3001, 8),
    ("Jūrmala", 2008, 8), ("Ventspils", 3601, 2), ("Rēzekne", 4601, 4), ("Valmiera", 4201, 2),
    ("Ogre", 5001, 2), ("Cēsis", 4101, 1), ("Tukums", 3101, 1), ("Sigulda", 2150, 1),
    ("Kuldīga", 3301, 1), ("Talsi", 3201, 1), ("Bauska", 3901, 1), ("Jēkabpils", 5201, 2),
    ("Saldus", 3801, 1), ("Salaspils", 2121, 1), ("Madona", 4801, 1), ("Dobele", 3701, 1),
    ("Ķekava", 2123, 1), ("Ādaži", 2164, 1), ("Aizkraukle", 5101, 1), ("Līvāni", 5316, 1),
)
_STREETS = (
    "Brīvības iela", "Rīgas iela", "Skolas iela", "Dārza iela", "Lāčplēša iela",
    "Krišjāņa Barona iela", "Ausekļa iela", "Meža iela", "Pils iela", "Ezera iela",
    "Stacijas iela", "Saules iela", "Upes iela", "Jūras iela", "Tirgus iela", "Lielā iela",
    "Ķiršu iela", "Liepu iela", "Zaļā iela", "Kalna iela", "Parka iela", "Raiņa iela",
    "Aspazijas bulvāris", "Dzirnavu iela", "Ganību dambis", "Ābeļu iela", "Priežu iela",
    "Bērzu iela", "Čiekuru iela", "Ošu iela", "Pļavas iela", "Mūrnieku iela",
    "Vienības gatve", "Dzērbenes iela", "Zemgales iela", "Ģertrūdes iela", "Ūdeļu iela",
)
# Reserved top-level domain (RFC 2606): a demo letter can never reach a real mailbox.
_EMAIL_DOMAINS = (
    "inbox.example", "pasts.example", "epasts.example", "mail.example", "tvtikls.example",
    "birojs.example",
)

_BORN_FROM = date(1935, 1, 1).toordinal()
_BORN_DAYS = date(2007, 12, 31).toordinal() - _BORN_FROM + 1  # adults in the demo year
# Weights of stdnum.lv.pvn.calc_check_digit_pers (the tests re-check with the published rule):
# six date digits, the century digit, then the three serial digits.
_DATE_WEIGHTS = (10, 5, 8, 4, 2, 1)
_CENTURY_WEIGHT = 6
_SERIAL_WEIGHTS = (3, 7, 9)
_SHARE_NEW_ONLY = 0.09  # new-format code only (issued since July 2017)
_SHARE_CHANGED = 0.03  # changed an old code for a new one


def generate_people(count: int, seed: int = 2026) -> list[Person]:
    """`count` fictional people, identical for the same seed on every run and machine.

    Draws use `rng.random()` scaled to an index rather than `choice`/`randint`: the same
    sequence everywhere, and several times faster for 100,000 people.
    """
    rng = random.Random(seed)
    draw = _Draw(rng)
    people = []
    customer_no = 0
    for person_id in range(1, count + 1):
        # Gaps between numbers, as in a system where some applications never became customers.
        customer_no += 1 + draw.below(40)
        people.append(_person(draw, person_id, customer_no))
    return people


class _Draw:
    """Random draws plus the sets that keep codes, e-mails and phones unique in one run."""

    def __init__(self, rng: random.Random) -> None:
        self.random = rng.random
        self.codes: set[str] = set()
        self.emails: set[str] = set()
        self.phones: set[int] = set()

    def below(self, n: int) -> int:
        return int(self.random() * n)

    def pick(self, items: tuple[_T, ...]) -> _T:
        return items[int(self.random() * len(items))]


def _person(draw: _Draw, person_id: int, customer_no: int) -> Person:
    female = draw.random() < 0.52
    first_name, last_name, language = _name(draw, female)
    roll = draw.random()
    born = date.fromordinal(_BORN_FROM + draw.below(_BORN_DAYS))
    if roll < _SHARE_NEW_ONLY:
        code, former, birth_date = _new_code(draw), (), None
    elif roll < _SHARE_NEW_ONLY + _SHARE_CHANGED:
        former = (_old_code(draw, born),)
        code, birth_date = _new_code(draw), born
    else:
        code, former, birth_date = _old_code(draw, born), (), born
    return Person(
        person_id=person_id,
        first_name=first_name,
        last_name=last_name,
        gender="F" if female else "M",
        personal_code=code,
        former_codes=former,
        email=_email(draw, first_name, last_name, born),
        phone=_phone(draw),
        customer_no=f"C-{customer_no:07d}",
        address=_address(draw),
        birth_date=birth_date,
        language=language,
    )


def _name(draw: _Draw, female: bool) -> tuple[str, str, str]:
    origin = draw.random()
    if origin < 0.80:
        first = draw.pick(_LV_FEMALE if female else _LV_MALE)
        last = draw.pick(_LV_SURNAMES)[female]
        return first, last, "en" if origin < 0.01 else "lv"
    if origin < 0.96:
        first = draw.pick(_RU_FEMALE if female else _RU_MALE)
        return first, draw.pick(_RU_SURNAMES)[female], "lv"
    first = draw.pick(_FOREIGN_FEMALE if female else _FOREIGN_MALE)
    return first, draw.pick(_FOREIGN_SURNAMES), "en"


def _old_code(draw: _Draw, born: date) -> str:
    """An old-format code DDMMYY-CNNNK for `born`, unique within this generation."""
    day, month, year = born.day, born.month, born.year % 100
    century = born.year // 100 - 18  # 1 for the 1900s, 2 for the 2000s
    date_digits = (day // 10, day % 10, month // 10, month % 10, year // 10, year % 10)
    fixed = 1 + _CENTURY_WEIGHT * century
    fixed += sum(w * d for w, d in zip(_DATE_WEIGHTS, date_digits, strict=True))
    prefix = f"{day:02d}{month:02d}{year:02d}"
    a, b, c = _SERIAL_WEIGHTS
    while True:
        serial = draw.below(1000)
        remainder = (fixed + a * (serial // 100) + b * (serial // 10 % 10) + c * (serial % 10)) % 11
        if remainder == 10:
            continue  # no single check digit exists for these serials; they are not issued
        code = f"{prefix}-{century}{serial:03d}{remainder}"
        if code not in draw.codes:
            draw.codes.add(code)
            return code


def _new_code(draw: _Draw) -> str:
    while True:
        code = f"3{2 + draw.below(8)}{draw.below(10_000):04d}-{draw.below(100_000):05d}"
        if code not in draw.codes:
            draw.codes.add(code)
            return code


def _phone(draw: _Draw) -> str:
    while True:
        number = draw.below(10_000_000)
        if number not in draw.phones:
            draw.phones.add(number)
            return f"+3712{number:07d}"


def _email(draw: _Draw, first_name: str, last_name: str, born: date) -> str:
    first, last = _ascii(first_name), _ascii(last_name)
    style = draw.random()
    if style < 0.45:
        local = f"{first}.{last}"
    elif style < 0.6:
        local = f"{first[0]}{last}"
    elif style < 0.8:
        local = f"{first}.{last}{born.year % 100:02d}"
    else:
        local = f"{first}{last}{draw.below(1000)}"
    domain = draw.pick(_EMAIL_DOMAINS)
    address = f"{local}@{domain}"
    # A taken name gets digits appended, the way mail providers suggest a free one.
    while address in draw.emails:
        address = f"{local}{draw.below(10_000)}@{domain}"
    draw.emails.add(address)
    return address


@lru_cache(maxsize=4096)
def _ascii(name: str) -> str:
    """Lower-case ASCII for an e-mail local part: Bērziņš -> berzins, O'Brien -> obrien."""
    decomposed = unicodedata.normalize("NFKD", name.lower().replace("ø", "o"))
    return "".join(ch for ch in decomposed if ch.isascii() and ch.isalnum())


def _address(draw: _Draw) -> str:
    town, first_postcode, postcodes = draw.pick(_TOWNS)
    postcode = first_postcode + draw.below(postcodes)
    street = draw.pick(_STREETS)
    house = 1 + draw.below(120)
    if draw.random() < 0.7:  # most people live in flats
        return f"{street} {house}-{1 + draw.below(80)}, {town}, LV-{postcode:04d}"
    return f"{street} {house}, {town}, LV-{postcode:04d}"
