"""The one error a sources definition raises (its own module: the column labels use it too)."""

from __future__ import annotations

from smarttek_dsar.domain.errors import DomainError


class SourcesConfigError(DomainError):
    """The sources file is not valid; the message names the source and the field."""
