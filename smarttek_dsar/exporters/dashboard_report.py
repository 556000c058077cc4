"""The dashboard as a file: a PDF with the tiles, the four charts and the deadline list, and an
XLSX workbook with the same figures in typed cells. Case numbers, stages, rights, channels,
dates and counts only: nothing that names or identifies a data subject."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Spacer, Table, TableStyle

from smarttek_dsar.domain.clock import DeadlineState
from smarttek_dsar.domain.figures import DashboardFigures
from smarttek_dsar.domain.rights import Channel, Right
from smarttek_dsar.exporters import report_sheets as sheets
from smarttek_dsar.exporters.report_charts import horizontal_bars, month_bars
from smarttek_dsar.exporters.report_pdf import para, styles, table, write_pdf
from smarttek_dsar.exporters.report_words import (
    Language,
    channel_name,
    day_text,
    days,
    month_name,
    percent,
    right_name,
    stage_name,
    state_name,
    word,
)

STATE_COLOURS = {
    DeadlineState.OVERDUE: colors.HexColor("#F4C7C3"),
    DeadlineState.DUE_SOON: colors.HexColor("#FBE3A6"),
    DeadlineState.PAUSED: colors.HexColor("#D3E0EF"),
}
PDF_LIST_ROWS = 200  # beyond that the PDF stops being read; the workbook has them all


@dataclass(frozen=True)
class ReportScope:
    """What the manager filtered on, in words the report prints."""

    rights: tuple[Right, ...] = ()
    channels: tuple[Channel, ...] = ()
    assignee: str | None = None  # a staff user name


def scope_text(figures: DashboardFigures, scope: ReportScope, language: Language) -> str:
    parts = []
    if figures.period_from or figures.period_to:
        span = f"{day_text(figures.period_from) or '…'} – {day_text(figures.period_to) or '…'}"
        parts.append(word("received", language, range=span))
    if scope.rights:
        names = ", ".join(right_name(r, language) for r in scope.rights)
        parts.append(word("rights", language, list=names))
    if scope.channels:
        names = ", ".join(channel_name(c, language) for c in scope.channels)
        parts.append(word("channels", language, list=names))
    if scope.assignee:
        parts.append(word("assignee", language, name=scope.assignee))
    return f"{word('scope', language)}: " + ("; ".join(parts) or word("all_cases", language))


def tile_rows(figures: DashboardFigures, language: Language) -> list[tuple[str, str]]:
    a = figures.answers
    return [
        (word("open", language), str(figures.open)),
        (word("due_soon", language), str(figures.due_soon)),
        (word("overdue", language), str(figures.overdue)),
        (word("extended", language), str(figures.extended)),
        (word("paused", language), str(figures.paused)),
        (word("closed_this_month", language), str(figures.closed_this_month)),
        (word("median", language), days(a.median_days, language)),
        (word("p90", language), days(a.p90_days, language)),
        (word("on_time", language) + f" ({a.on_time}/{a.answered})",
         percent(a.on_time_rate, language)),
    ]


def _tiles(figures: DashboardFigures, language: Language) -> Table:
    """Nine figures as a 3 × 3 grid of tiles."""
    st = styles()
    cells = []
    for label, value in tile_rows(figures, language):
        cells.append([para(value, st["title"]), para(label, st["small"])])
    grid = [cells[i:i + 3] for i in range(0, 9, 3)]
    built = Table([[Table([[c[0]], [c[1]]], colWidths=[56 * mm]) for c in row] for row in grid],
                  colWidths=[59.3 * mm] * 3)
    built.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 0.4, colors.HexColor("#9DB3C8")),
        ("INNERGRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9DB3C8")),
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#F7FAFC")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    return built


def charts(figures: DashboardFigures, language: Language) -> Table:
    stage_items = [(stage_name(s, language), n) for s, n in figures.by_stage.items()]
    right_items = [(right_name(r, language), n) for r, n in figures.by_right.items()]
    channel_items = [(channel_name(c, language), n) for c, n in figures.by_channel.items()]
    grid = [
        [horizontal_bars(word("by_stage", language), *_split(stage_items)),
         horizontal_bars(word("by_right", language), *_split(right_items), label_width=44 * mm)],
        [horizontal_bars(word("by_channel", language), *_split(channel_items)),
         month_bars(word("intake", language),
                    [month_name(m.month, language) for m in figures.intake],
                    [m.cases for m in figures.intake])],
    ]
    built = Table(grid, colWidths=[89 * mm, 89 * mm])
    built.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 4 * mm)]))
    return built


def _split(items: list[tuple[str, int]]) -> tuple[list[str], list[int]]:
    return [label for label, _ in items], [n for _, n in items]


def deadline_table_rows(figures: DashboardFigures, language: Language) -> list[list[object]]:
    return [
        [row.number, stage_name(row.stage, language),
         ", ".join(right_name(r, language) for r in row.rights),
         channel_name(row.channel, language), row.due_date, row.days_left,
         state_name(row.state, language), row.assignee or ""]
        for row in figures.deadlines
    ]


def deadline_header(language: Language) -> list[str]:
    return [word(k, language) for k in ("number", "stage", "right", "channel", "due",
                                        "days_left", "state", "assignee_col")]


def write_dashboard_pdf(
    figures: DashboardFigures, path: Path, *, language: Language, made: str,
    scope: ReportScope = ReportScope(),
) -> None:
    st = styles()
    title = word("dashboard_title", language)
    story = [
        para(title, st["title"]),
        para(word("controller", language), st["small"]),
        para(f"{word('made', language, date=made)}. {scope_text(figures, scope, language)}.",
             st["small"]),
        Spacer(1, 4 * mm),
        _tiles(figures, language),
        Spacer(1, 5 * mm),
        charts(figures, language),
        para(word("definitions", language), st["heading"]),
    ]
    story += [para(word(k, language), st["small"])
              for k in ("def_period", "def_answered", "def_days", "def_on_time")]
    story.append(PageBreak())
    story.append(para(word("deadlines", language), st["heading"]))
    shown = figures.deadlines[:PDF_LIST_ROWS]
    story.append(para(word("deadlines_cut", language, shown=len(shown),
                           total=figures.deadlines_total), st["small"]))
    story.append(Spacer(1, 2 * mm))
    rows = [deadline_header(language)]
    colours = []
    for index, row in enumerate(shown, start=1):
        rows.append([
            row.number, para(stage_name(row.stage, language), st["cell"]),
            para(", ".join(right_name(r, language) for r in row.rights), st["cell"]),
            channel_name(row.channel, language), row.due_date.isoformat(), str(row.days_left),
            para(state_name(row.state, language), st["cell"]), row.assignee or "",
        ])
        if row.state in STATE_COLOURS:
            colours.append((index, STATE_COLOURS[row.state]))
    widths = [27 * mm, 25 * mm, 33 * mm, 17 * mm, 19 * mm, 14 * mm, 23 * mm, 20 * mm]
    story.append(table(rows, widths, numeric=(5,), row_colours=colours))
    write_pdf(path, story, title=title, made=made, language=language)


def write_dashboard_xlsx(
    figures: DashboardFigures, path: Path, *, language: Language, made: str,
    scope: ReportScope = ReportScope(),
) -> None:
    book = sheets.new_workbook()
    a = figures.answers
    summary = [
        (word("open", language), figures.open),
        (word("due_soon", language), figures.due_soon),
        (word("overdue", language), figures.overdue),
        (word("extended", language), figures.extended),
        (word("paused", language), figures.paused),
        (word("closed_this_month", language), figures.closed_this_month),
        (word("answered", language), a.answered),
        (word("median", language), a.median_days),
        (word("p90", language), a.p90_days),
        (word("on_time", language), a.on_time_rate),
    ]
    sheet = sheets.add_sheet(
        book, word("summary", language), [word("figure", language), word("value", language)],
        summary, widths=[40, 14],
        heading=f"{word('dashboard_title', language)} — {word('made', language, date=made)}",
    )
    sheet.cell(row=sheet.max_row, column=2).number_format = sheets.PERCENT
    sheet.append([sheets.cell_value(scope_text(figures, scope, language))])
    sheet.append([sheets.cell_value(word("no_personal", language))])
    count = word("cases", language)
    sheets.add_sheet(book, word("stage", language), [word("stage", language), count],
                     [(stage_name(s, language), n) for s, n in figures.by_stage.items()],
                     widths=[30, 10])
    sheets.add_sheet(book, word("right", language), [word("right", language), count],
                     [(right_name(r, language), n) for r, n in figures.by_right.items()],
                     widths=[36, 10])
    sheets.add_sheet(book, word("channel", language), [word("channel", language), count],
                     [(channel_name(c, language), n) for c, n in figures.by_channel.items()],
                     widths=[20, 10])
    sheets.add_sheet(book, word("month", language), [word("month", language), count],
                     [(m.month, m.cases) for m in figures.intake], widths=[14, 10],
                     formats={0: sheets.MONTH})
    sheets.add_sheet(book, word("deadlines", language), deadline_header(language),
                     deadline_table_rows(figures, language),
                     widths=[16, 22, 34, 12, 12, 10, 18, 14], formats={4: sheets.DAY})
    sheets.add_notes(book, word("definitions", language),
                     [word(k, language) for k in ("def_period", "def_answered", "def_days",
                                                  "def_on_time")])
    sheets.save(book, path)
