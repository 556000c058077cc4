from datetime import date

import pytest

from smarttek_dsar.domain.errors import InvalidIdentifier
from smarttek_dsar.domain.identity import (
    IdDocumentType,
    PersonalCode,
    Strength,
    VerificationMethod,
    last_digits,
    normalize_email,
    normalize_phone,
    parse_personal_code,
    same_person_codes,
)

# The published rule for old-format codes: (1101 - weighted sum of the first ten digits) mod 11.
PUBLISHED_WEIGHTS = (1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def published_check_digit(first_ten: str) -> int:
    return (1101 - sum(int(d) * w for d, w in zip(first_ten, PUBLISHED_WEIGHTS, strict=True))) % 11


def old_code(birth: str, century: str) -> str:
    """The first serial (from 000 up) that gives a single-digit check digit, hyphenated."""
    for serial in range(1000):
        first_ten = f"{birth}{century}{serial:03d}"
        check = published_check_digit(first_ten)
        if check < 10:
            return f"{first_ten[:6]}-{first_ten[6:]}{check}"
    raise AssertionError("no serial found")


def with_wrong_check_digit(code: str) -> str:
    return code[:-1] + str((int(code[-1]) + 1) % 10)


@pytest.mark.parametrize(
    ("birth", "century", "expected"),
    [
        ("010190", "1", date(1990, 1, 1)),
        ("290280", "1", date(1980, 2, 29)),
        ("311299", "1", date(1999, 12, 31)),
        ("150305", "2", date(2005, 3, 15)),
        ("300689", "1", date(1989, 6, 30)),  # starts with 3 but is an old code (day 30)
        ("120399", "0", date(1899, 3, 12)),
    ],
)
def test_valid_old_codes_give_their_birth_date(birth, century, expected):
    code = old_code(birth, century)
    parsed = parse_personal_code(code)
    assert parsed == PersonalCode(code, "old", expected)


def test_hyphen_and_surrounding_spaces_are_optional():
    code = old_code("170776", "1")
    assert parse_personal_code(f"  {code.replace('-', '')} ").value == code
    assert parse_personal_code(code).value == code


def test_wrong_check_digit_is_rejected():
    code = old_code("170776", "1")
    with pytest.raises(InvalidIdentifier, match="check digit does not match"):
        parse_personal_code(with_wrong_check_digit(code))


@pytest.mark.parametrize("birth", ["310290", "290281", "000190", "001190", "011390", "310490"])
def test_impossible_birth_dates_are_rejected(birth):
    with pytest.raises(InvalidIdentifier, match=f"no such birth date {birth}"):
        parse_personal_code(f"{birth}-10006")


def test_unknown_century_digit_is_rejected():
    with pytest.raises(InvalidIdentifier, match="century"):
        parse_personal_code("010190-50006")


def test_birth_date_in_the_future_is_rejected():
    code = old_code("010130", "2")
    with pytest.raises(InvalidIdentifier, match="future"):
        parse_personal_code(code, today=date(2026, 1, 1))
    assert parse_personal_code(code, today=date(2030, 1, 1)).birth_date == date(2030, 1, 1)


@pytest.mark.parametrize("code", ["328673-00679", "32867300677", "329999-99999", "390000-00000"])
def test_new_format_codes_are_checked_by_pattern_only(code):
    parsed = parse_personal_code(code)
    assert parsed.format == "new"
    assert parsed.birth_date is None
    assert parsed.value == f"{code.replace('-', '')[:6]}-{code.replace('-', '')[6:]}"


@pytest.mark.parametrize("code", ["310000-00000", "300000-12345", "31867300679"])
def test_codes_starting_30_or_31_are_not_new_format(code):
    # They would be old codes born on the 30th/31st, and these dates do not exist.
    with pytest.raises(InvalidIdentifier, match="no such birth date"):
        parse_personal_code(code)


@pytest.mark.parametrize("text", ["", "12345", "010190-1000", "010190-100066", "0101901000A",
                                  "01019O-10006", "0101-9010006", "٠١٠١٩٠١٠٠٠٦"])
def test_wrong_length_or_characters_explain_the_format(text):
    with pytest.raises(InvalidIdentifier, match="must have 11 digits, e.g. 010190-10006"):
        parse_personal_code(text)


def test_same_person_matches_current_and_former_codes():
    former = old_code("050570", "1")
    history = [former, "32123456789"]
    assert same_person_codes(history, former.replace("-", ""))
    assert same_person_codes(history, "321234-56789")
    assert not same_person_codes(history, old_code("050571", "1"))
    assert not same_person_codes([], former)


def test_same_person_rejects_an_invalid_candidate():
    with pytest.raises(InvalidIdentifier):
        same_person_codes(["010190-10006"], "not a code")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("  Janis.Berzins@Example.LV ", "Janis.Berzins@example.lv"),
        ("ilze+dsar@mail.example.com", "ilze+dsar@mail.example.com"),
        ("anna@bērziņi.lv", "anna@bērziņi.lv"),
    ],
)
def test_email_is_trimmed_and_domain_lower_cased(text, expected):
    assert normalize_email(text) == expected


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("janis.example.lv", "exactly one '@'"),
        ("a@b@example.lv", "exactly one '@'"),
        ("@example.lv", "before '@'"),
        ("jānis bērziņš@example.lv", "before '@'"),
        ("janis..berzins@example.lv", "before '@'"),
        ("janis@localhost", "domain"),
        ("janis@-example.lv", "domain"),
        ("janis@example..lv", "domain"),
    ],
)
def test_invalid_email_says_what_is_wrong(text, reason):
    with pytest.raises(InvalidIdentifier, match=reason):
        normalize_email(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("+371 2612 3456", "+37126123456"),
        ("26123456", "+37126123456"),
        ("00371 26123456", "+37126123456"),
        ("+371 67 123 456", "+37167123456"),
        ("8000-1234", "+37180001234"),
        ("(+371) 2612-3456", "+37126123456"),
        ("+44 20 7946 0000", "+442079460000"),
        ("0049 30 1234567", "+49301234567"),
    ],
)
def test_phone_numbers_become_e164(text, expected):
    assert normalize_phone(text) == expected


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("2612345", "not a valid Latvian number"),
        ("+371 3612 3456", "not a valid Latvian number"),
        ("+371 2612 34567", "not a valid Latvian number"),
        ("phone me", "not a valid Latvian number"),
        ("+44 1234", "8 to 15 digits"),
        ("+1234567890123456", "8 to 15 digits"),
    ],
)
def test_invalid_phone_says_what_is_wrong(text, reason):
    with pytest.raises(InvalidIdentifier, match=reason):
        normalize_phone(text)


def test_strong_cheap_methods_per_edpb_guidelines():
    strong = {m for m in VerificationMethod if m.strength is Strength.STRONG}
    assert strong == {
        VerificationMethod.PORTAL_LOGIN,
        VerificationMethod.EMAIL_ON_FILE,
        VerificationMethod.E_SIGNATURE,
        VerificationMethod.IN_PERSON,
    }
    assert VerificationMethod.KNOWLEDGE.strength is Strength.WEAK


def test_only_id_document_keeps_a_copy_to_delete():
    assert [m for m in VerificationMethod if m.keeps_document_copy] == [
        VerificationMethod.ID_DOCUMENT
    ]


def test_every_method_and_document_has_both_labels():
    for item in [*VerificationMethod, *IdDocumentType]:
        assert item.label and item.label_lv
    assert "eParaksts" in VerificationMethod.E_SIGNATURE.label_lv
    assert VerificationMethod("in_person") is VerificationMethod.IN_PERSON
    assert "eID" in IdDocumentType.ID_CARD.label_lv


def test_last_digits_records_only_the_tail_of_a_document_number():
    assert last_digits("PA 123-4567") == "4567"
    assert last_digits("lv1234567", n=2) == "67"
    with pytest.raises(InvalidIdentifier, match="too short"):
        last_digits("12")
