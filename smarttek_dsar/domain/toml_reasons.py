"""Why a text is not valid TOML, as a template the reader's language can say.

tomllib (CPython's Lib/tomllib/_parser.py, 3.11-3.13) words its reason in English and puts the
place after it: "Invalid value (at line 4, column 3)". Each reason it can give is read back to a
template here, the place to its own; a reason a newer Python words differently is shown as
tomllib wrote it, in quotes. Keys and characters inside a reason are the text's own and stay as
written. Every reader of TOML (register, sources, phrasebook, the window's text editors) says
its errors through `toml_error_said`.
"""

from __future__ import annotations

import re

from smarttek_dsar.domain.messages import Message, read_back

# tomllib's reasons, in its words ({key}, {char} and {expected} are what it quotes); the
# first that fits a reason is taken.
REASONS = (
    "Invalid statement",
    "Expected newline or end of document after a statement",
    "Found invalid character {char}",
    "Cannot declare {key} twice",
    "Cannot overwrite a value",
    "Expected ']' at the end of a table declaration",
    "Cannot mutate immutable namespace {key}",
    "Expected ']]' at the end of an array declaration",
    "Cannot redefine namespace {key}",
    "Expected '=' after a key in a key/value pair",
    "Invalid initial character for a key part",
    "Unclosed array",
    "Duplicate inline table key {key}",
    "Unclosed inline table",
    "Unescaped '\\' in a string",
    "Invalid hex value",
    "Escaped character is not a Unicode scalar value",
    "Unterminated string",
    "Illegal character {char}",
    "Invalid date or datetime",
    "Invalid value",
    # Last: the sentences above that start "Expected" would read back to it too.
    "Expected {expected}",
)
UNKNOWN_REASON = "“{reason}”"
AT_LINE = "at line {line}, column {column}"
AT_END = "at end of document"
REASON_AT = "{reason} ({place})"

_PLACE = re.compile(r"\s*\(at (line \d+, column \d+|end of document)\)\s*$")
_LINE_COLUMN = re.compile(r"line (\d+), column (\d+)")


def toml_reason(reason: str) -> Message:
    """tomllib's reason (without its place) as a template."""
    said = read_back(reason, REASONS)
    if said.template in REASONS:
        return said
    return Message(UNKNOWN_REASON, {"reason": reason})


def toml_place_and_reason(error: ValueError) -> tuple[Message | None, Message]:
    """The place tomllib names (None when it names none) and its reason, as templates."""
    text = str(error)
    found = _PLACE.search(text)
    reason = toml_reason((text[: found.start()] if found else text).strip())
    if not found:
        return None, reason
    line = _LINE_COLUMN.fullmatch(found.group(1))
    place = (Message(AT_LINE, {"line": int(line.group(1)), "column": int(line.group(2))})
             if line else Message(AT_END))
    return place, reason


def toml_error_said(error: ValueError) -> Message:
    """The whole of tomllib's error, reason then place: "Nederīga vērtība (3. rindā, ...)"."""
    place, reason = toml_place_and_reason(error)
    return Message(REASON_AT, {"reason": reason, "place": place}) if place else reason
