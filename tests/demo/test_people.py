import re
from collections import Counter

import pytest

from smarttek_dsar.demo.people import Person, generate_people
from smarttek_dsar.domain.identity import normalize_email, normalize_phone, parse_personal_code

PUBLISHED_WEIGHTS = (1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
LATVIAN_LETTERS = "āčēģīķļņšūž"
# Written out here rather than taken from the code under test.
TO_ASCII = str.maketrans("āčēģīķļņšūžüéøö'", "acegiklnsuzueoo ")


@pytest.fixture(scope="module")
def people() -> list[Person]:
    return generate_people(5_000, seed=11)


def test_same_seed_gives_the_same_people():
    assert generate_people(300, seed=5) == generate_people(300, seed=5)
    assert generate_people(300, seed=5) != generate_people(300, seed=6)


def test_a_smaller_population_is_the_start_of_a_larger_one():
    assert generate_people(50, seed=3)[:10] == generate_people(10, seed=3)


def test_every_personal_code_is_valid(people):
    for person in people:
        for code in (person.personal_code, *person.former_codes):
            assert parse_personal_code(code).value == code


def test_old_codes_match_birth_date_and_the_published_check_rule(people):
    old = [p for p in people if parse_personal_code(p.personal_code).format == "old"]
    assert len(old) > 0.8 * len(people)
    for person in old:
        digits = person.personal_code.replace("-", "")
        weighted = sum(int(d) * w for d, w in zip(digits[:10], PUBLISHED_WEIGHTS, strict=True))
        check = (1101 - weighted) % 11
        assert check == int(digits[-1])
        assert parse_personal_code(digits).birth_date == person.birth_date


def test_some_people_hold_only_a_new_format_code(people):
    new_only = [p for p in people if p.personal_code[0] == "3" and p.personal_code[1] >= "2"
                and not p.former_codes]
    assert 0.04 * len(people) < len(new_only) < 0.15 * len(people)
    assert all(p.birth_date is None for p in new_only)


def test_about_three_percent_changed_from_an_old_to_a_new_code(people):
    changed = [p for p in people if p.former_codes]
    assert 0.015 * len(people) < len(changed) < 0.05 * len(people)
    for person in changed:
        (former,) = person.former_codes
        assert parse_personal_code(former).format == "old"
        assert parse_personal_code(person.personal_code).format == "new"
        assert parse_personal_code(former).birth_date == person.birth_date


def test_identifiers_are_unique(people):
    codes = [c for p in people for c in (p.personal_code, *p.former_codes)]
    for values in (codes, [p.email for p in people], [p.phone for p in people],
                   [p.customer_no for p in people], [p.person_id for p in people]):
        assert len(set(values)) == len(values)


def test_uniqueness_holds_for_a_large_population():
    many = generate_people(30_000, seed=1)
    assert len({p.email for p in many}) == len(many)
    assert len({p.phone for p in many}) == len(many)


def test_phones_are_latvian_mobiles_in_e164(people):
    for person in people:
        assert re.fullmatch(r"\+3712\d{7}", person.phone)
        assert normalize_phone(person.phone) == person.phone


def test_customer_numbers_have_the_crm_format_and_grow_with_id(people):
    numbers = [p.customer_no for p in people]
    assert all(re.fullmatch(r"C-\d{7}", n) for n in numbers)
    assert numbers == sorted(numbers)


def test_emails_are_ascii_transliterations_of_the_name(people):
    for person in people:
        assert person.email.isascii()
        assert normalize_email(person.email) == person.email
        local = person.email.split("@")[0]
        first = person.first_name.lower().translate(TO_ASCII).replace(" ", "")
        last = person.last_name.lower().translate(TO_ASCII).replace(" ", "")
        assert local.startswith(first) or last in local, (person.full_name, person.email)
        assert person.email.endswith(".example")  # reserved domain: never a real mailbox
    berzins = [p for p in people if p.last_name == "Bērziņš" and p.email.startswith(
        p.first_name.lower().translate(TO_ASCII) + ".berzins")]
    assert berzins


def test_names_use_latvian_letters(people):
    text = " ".join(p.full_name.lower() for p in people)
    assert set(LATVIAN_LETTERS) <= set(text)


def test_surnames_agree_with_gender(people):
    genders_by_ending = Counter()
    for person in people:
        for ending in ("iņš", "iņa", "ovs", "ova", "ons", "one"):
            if person.last_name.endswith(ending):
                genders_by_ending[ending, person.gender] += 1
    assert genders_by_ending["iņš", "M"] and genders_by_ending["iņa", "F"]
    assert genders_by_ending["ovs", "M"] and genders_by_ending["ova", "F"]
    for ending in ("iņš", "ovs", "ons"):
        assert genders_by_ending[ending, "F"] == 0
    for ending in ("iņa", "ova", "one"):
        assert genders_by_ending[ending, "M"] == 0


def test_population_mix(people):
    languages = Counter(p.language for p in people)
    assert languages["lv"] > 0.85 * len(people) and languages["en"] > 0
    assert {p.gender for p in people} == {"F", "M"}
    surnames = {p.last_name for p in people}
    assert {"Ivanovs", "Ivanova"} & surnames  # Russian-Latvian names
    assert any(not set(name.lower()) & set(LATVIAN_LETTERS) and name[-1] not in "sa"
               for name in surnames)  # foreign names


def test_addresses_are_latvian(people):
    pattern = re.compile(r"[^\d,]+ \d+(-\d+)?, [^\d,]+, LV-\d{4}")
    assert all(pattern.fullmatch(p.address) for p in people)
    assert any(", Rīga, LV-10" in p.address for p in people)
