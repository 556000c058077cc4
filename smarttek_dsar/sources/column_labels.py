"""How a source's columns and coded values read in the subject's copy, in Latvian and English,
and which columns port (GDPR 20) or name a recording (15(3)): parsed from and written back to
the sources TOML (sources/config.py)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from smarttek_dsar.domain.messages import Message, message
from smarttek_dsar.sources.config_error import SourcesConfigError


@dataclass(frozen=True)
class ColumnLabel:
    """How one column reads in the subject's copy, in both answer languages."""

    en: str = ""
    lv: str = ""
    description_en: str = ""
    description_lv: str = ""
    # GDPR 20(1): false for fields the company created (contract numbers, fees, internal ids).
    portable: bool = True
    # The value names a recording or image under the source's media folder (GDPR 15(3)).
    media: bool = False


@dataclass(frozen=True)
class ColumnLabels:
    """Labels of a query's or sheet's columns and of their coded values (LV/EN)."""

    columns: tuple[tuple[str, ColumnLabel], ...] = ()
    values: tuple[tuple[str, tuple[tuple[str, str, str], ...]], ...] = ()  # col -> (raw, en, lv)

    def column(self, key: str) -> ColumnLabel | None:
        return next((label for name, label in self.columns if name == key), None)

    def value(self, key: str, raw: object, language: str) -> str | None:
        """The label of a coded value ('card' -> 'Karte'), None when the value has none."""
        text = value_key(raw)
        for name, entries in self.values:
            if name == key:
                for code, en, lv in entries:
                    if code == text:
                        return lv if language == "lv" else en
        return None

    def __bool__(self) -> bool:
        return bool(self.columns or self.values)


def value_key(raw: object) -> str:
    """A stored value as the key a definition writes it: true/false for yes-no (SQLite keeps
    them as 1/0), the text otherwise."""
    if isinstance(raw, bool):
        return "true" if raw else "false"
    return str(raw)


_LABEL_TEXTS = ("en", "lv", "description_en", "description_lv")


def parse_labels(columns: Any, values: Any, where: Message) -> ColumnLabels:
    """Column labels: `{ col = { en, lv, description_en, description_lv, portable, media } }`;
    value labels: `{ col = { raw = { en, lv } } }`. Both optional: without them the copy
    falls back to a heading made from the column name."""
    if columns is None and values is None:
        return ColumnLabels()
    if not isinstance(columns or {}, Mapping) or not isinstance(values or {}, Mapping):
        raise SourcesConfigError("{where}: 'columns' and 'values' must be tables keyed by "
                                 "column name.", where=where)
    pairs = []
    for name, entry in (columns or {}).items():
        here = message("{where}, column '{column}'", where=where, column=name)
        if not isinstance(entry, Mapping):
            raise SourcesConfigError('{here} must be a table such as {{ en = "Phone", lv = '
                                     '"Tālrunis" }}.', here=here)
        unknown = sorted(set(entry) - {*_LABEL_TEXTS, "portable", "media"})
        if unknown:
            raise SourcesConfigError("{here}: unknown field '{unknown}' (use en, lv, "
                                     "description_en, description_lv, portable, media).", here=here, unknown=unknown[0])
        texts = {key: entry.get(key, "") for key in _LABEL_TEXTS}
        if not all(isinstance(v, str) for v in texts.values()):
            raise SourcesConfigError("{here}: labels and descriptions must be text.", here=here)
        flags = {key: entry.get(key, default) for key, default in (("portable", True),
                                                                    ("media", False))}
        if not all(isinstance(v, bool) for v in flags.values()):
            raise SourcesConfigError("{here}: 'portable' and 'media' must be true or false.", here=here)
        pairs.append((str(name), ColumnLabel(**texts, **flags)))
    coded = []
    for name, entries in (values or {}).items():
        here = message("{where}, values of column '{column}'", where=where, column=name)
        if not isinstance(entries, Mapping):
            raise SourcesConfigError("{here} must map each stored value to {{ en, lv }}.", here=here)
        triples = []
        for raw, label in entries.items():
            if (not isinstance(label, Mapping) or not isinstance(label.get("en"), str)
                    or not isinstance(label.get("lv"), str)):
                raise SourcesConfigError("{here}: value '{raw}' needs both en and lv labels.", here=here, raw=raw)
            triples.append((str(raw), label["en"], label["lv"]))
        coded.append((str(name), tuple(triples)))
    return ColumnLabels(tuple(pairs), tuple(coded))


def labels_to_dict(labels: ColumnLabels, columns_key: str) -> dict[str, Any]:
    result: dict[str, Any] = {}
    if labels.columns:
        result[columns_key] = {
            name: {**{k: getattr(label, k) for k in _LABEL_TEXTS if getattr(label, k)},
                   **({"portable": False} if not label.portable else {}),
                   **({"media": True} if label.media else {})}
            for name, label in labels.columns
        }
    if labels.values:
        result["values"] = {name: {raw: {"en": en, "lv": lv} for raw, en, lv in entries}
                            for name, entries in labels.values}
    return result
