"""The annual DPO report on data subject requests, for the management board and the Data
State Inspectorate: volumes per right, outcomes, refusals by article, extensions, on-time rate
and answer times. Counts only; no subject's personal data."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle

from smarttek_dsar.domain.figures import OUTCOME_KEYS, AnnualFigures
from smarttek_dsar.domain.rights import Outcome, Right
from smarttek_dsar.exporters import report_sheets as sheets
from smarttek_dsar.exporters.report_charts import horizontal_bars, month_bars
from smarttek_dsar.exporters.report_pdf import para, styles, table, write_pdf
from smarttek_dsar.exporters.report_words import (
    Language,
    channel_name,
    days,
    month_name,
    outcome_name,
    percent,
    reason_name,
    right_name,
    word,
)

_OUTCOME_WORDS = {"responded": "responded", "rejected": "rejected", "withdrawn": "withdrawn",
                  "open": "still_open"}


def summary_rows(figures: AnnualFigures, language: Language) -> list[tuple[str, object]]:
    a = figures.answers
    return [
        (word("received_total", language), figures.received),
        *((word(_OUTCOME_WORDS[k], language), figures.outcomes.get(k, 0)) for k in OUTCOME_KEYS),
        (word("extensions_used", language), figures.extended),
        (word("pauses_used", language), figures.paused),
        (word("answered", language), a.answered),
        (word("on_time", language), a.on_time_rate),
        (word("answered_late", language), figures.answered_late),
        (word("median", language), a.median_days),
        (word("p90", language), a.p90_days),
        (word("open_overdue", language), figures.open_overdue),
    ]


def _shown(value: object, key_rate: bool, language: Language) -> str:
    if key_rate:
        return percent(value, language)  # type: ignore[arg-type]
    if isinstance(value, float) or value is None:
        return days(value, language)
    return str(value)


def refusal_rows(figures: AnnualFigures, language: Language) -> list[list[object]]:
    return [
        [r.article, reason_name(r.reason, language) if r.reason else word("per_category", language),
         r.cases]
        for r in figures.refusals
    ]


def decision_rows(figures: AnnualFigures, language: Language) -> list[list[object]]:
    return [
        [right_name(right, language), *(counts.get(o.value, 0) for o in Outcome)]
        for right, counts in sorted(figures.decisions.items(),
                                    key=lambda item: list(Right).index(item[0]))
    ]


def write_annual_pdf(figures: AnnualFigures, path: Path, *, language: Language,
                     made: str) -> None:
    st = styles()
    title = word("annual_title", language, year=figures.year)
    on_time_label = word("on_time", language)
    summary = [[word("figure", language), word("value", language)]] + [
        [label, _shown(value, label == on_time_label, language)]
        for label, value in summary_rows(figures, language)
    ]
    story = [
        para(title, st["title"]),
        para(word("controller", language), st["small"]),
        para(word("annual_for", language), st["small"]),
        para(word("made", language, date=made) + ".", st["small"]),
        para(word("summary", language), st["heading"]),
        table(summary, [120 * mm, 40 * mm]),
    ]
    rights = [(right_name(r, language), n) for r, n in figures.by_right.items()]
    channels = [(channel_name(c, language), n) for c, n in figures.by_channel.items()]
    grid = Table([[
        horizontal_bars(word("by_right", language), [x for x, _ in rights],
                        [n for _, n in rights], label_width=44 * mm),
        horizontal_bars(word("by_channel", language), [x for x, _ in channels],
                        [n for _, n in channels]),
    ], [
        month_bars(word("intake", language),
                   [month_name(m.month, language) for m in figures.intake],
                   [m.cases for m in figures.intake]),
        "",
    ]], colWidths=[89 * mm, 89 * mm])
    grid.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [Spacer(1, 4 * mm), grid]

    decision_header = [word("right", language)] + [outcome_name(o.value, language)
                                                   for o in Outcome]
    decisions = decision_rows(figures, language)
    story.append(KeepTogether([
        para(word("decisions", language), st["heading"]),
        table([decision_header] + decisions, [60 * mm, 28 * mm, 28 * mm, 28 * mm, 28 * mm],
              numeric=(1, 2, 3, 4))
        if decisions else para(word("none", language), st["body"]),
    ]))
    refusals = refusal_rows(figures, language)
    story.append(KeepTogether([
        para(word("refusals", language), st["heading"]),
        table([[word("article", language), word("reason", language), word("cases", language)]]
              + [[a, para(r, st["cell"]), str(n)] for a, r, n in refusals],
              [40 * mm, 110 * mm, 22 * mm], numeric=(2,))
        if refusals else para(word("no_refusals", language), st["body"]),
    ]))
    story.append(para(word("definitions", language), st["heading"]))
    story.append(para(word("def_year", language, year=figures.year), st["small"]))
    story += [para(word(k, language), st["small"])
              for k in ("def_answered", "def_days", "def_on_time")]
    write_pdf(path, story, title=title, made=made, language=language)


def write_annual_xlsx(figures: AnnualFigures, path: Path, *, language: Language,
                      made: str) -> None:
    book = sheets.new_workbook()
    on_time_label = word("on_time", language)
    rows = summary_rows(figures, language)
    sheet = sheets.add_sheet(
        book, word("summary", language), [word("figure", language), word("value", language)],
        rows, widths=[48, 14],
        heading=f"{word('annual_title', language, year=figures.year)} — "
                f"{word('made', language, date=made)}",
    )
    for (cell_label, cell_value) in sheet.iter_rows(min_row=4, max_col=2):
        if cell_label.value == on_time_label:
            cell_value.number_format = sheets.PERCENT
    sheet.append([sheets.cell_value(word("no_personal", language))])
    count = word("cases", language)
    sheets.add_sheet(book, word("right", language), [word("right", language), count],
                     [(right_name(r, language), n) for r, n in figures.by_right.items()],
                     widths=[36, 10])
    sheets.add_sheet(book, word("channel", language), [word("channel", language), count],
                     [(channel_name(c, language), n) for c, n in figures.by_channel.items()],
                     widths=[20, 10])
    sheets.add_sheet(book, word("outcome", language), [word("outcome", language), count],
                     [(word(_OUTCOME_WORDS[k], language), figures.outcomes.get(k, 0))
                      for k in OUTCOME_KEYS], widths=[30, 10])
    sheets.add_sheet(book, word("decisions", language),
                     [word("right", language)] + [outcome_name(o.value, language)
                                                  for o in Outcome],
                     decision_rows(figures, language), widths=[36, 14, 14, 14, 14])
    sheets.add_sheet(book, word("refusals", language),
                     [word("article", language), word("reason", language), count],
                     refusal_rows(figures, language), widths=[20, 60, 10])
    sheets.add_sheet(book, word("month", language), [word("month", language), count],
                     [(m.month, m.cases) for m in figures.intake], widths=[14, 10],
                     formats={0: sheets.MONTH})
    sheets.add_notes(book, word("definitions", language),
                     [word("def_year", language, year=figures.year)]
                     + [word(k, language) for k in ("def_answered", "def_days", "def_on_time")])
    sheets.save(book, path)
