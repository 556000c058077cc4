"""HTML mail bodies as readable plain text, for the case file and the rights guess.

Only the stdlib parser: the text is read by a person, not rendered, so layout is reduced
to line breaks and list bullets; scripts and styles are dropped, never run.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_SKIPPED = frozenset({"script", "style", "head", "title", "template", "noscript"})
_BLOCKS = frozenset(
    {
        "p", "div", "section", "article", "header", "footer", "blockquote", "pre", "table",
        "tr", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "address", "dl", "dt", "dd",
    }
)  # fmt: skip


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.pieces: list[str] = []
        self._skip_depth = 0
        self._newlines = 2  # the start of the text counts as a paragraph break

    def _break(self, count: int) -> None:
        # Nested blocks (<div><ul><li>) must not pile up blank lines: only top up.
        if count > self._newlines:
            self.pieces.append("\n" * (count - self._newlines))
            self._newlines = count

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self._skip_depth += 1
        elif tag == "br":
            self.pieces.append("\n")
            self._newlines += 1
        elif tag == "li":
            self._break(1)
            self.pieces.append("• ")
        elif tag in ("td", "th"):
            self.pieces.append("\t")
        elif tag in _BLOCKS:
            self._break(2 if tag == "p" else 1)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        # <br/> and <p/> must break lines too, but must not open a skipped section.
        if tag not in _SKIPPED:
            self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self._skip_depth = max(0, self._skip_depth - 1)
        elif tag in _BLOCKS or tag == "li":
            self._break(2 if tag == "p" else 1)

    def handle_data(self, data: str) -> None:
        if self._skip_depth:
            return
        # Source line breaks in HTML are just spaces; only tags break lines.
        text = re.sub(r"\s+", " ", data)
        if self._newlines and not text.strip():
            return
        self.pieces.append(text)
        self._newlines = 0


def html_to_text(html: str) -> str:
    collector = _TextCollector()
    collector.feed(html)
    collector.close()
    lines = (line.strip(" \t") for line in "".join(collector.pieces).split("\n"))
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip()
