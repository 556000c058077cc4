"""What a change in the window touched, so that each view reloads only what it shows.

Every operation of the window ends by emitting one `Changes` on AppContext.changed; the case
view, the case lists, the dashboard, the audit page and the organisation pages each look at the
fields they care about."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Changes:
    case_number: str | None = None  # the case that changed; None: no one case in particular
    case: bool = False  # the open case views (of case_number, or all when it is None)
    case_list: bool = False
    dashboard: bool = False
    audit: bool = False
    organisation: bool = False  # register, letter templates, data sources, settings

    @classmethod
    def of_case(cls, number: str | None) -> Changes:
        """A case operation: the case, the lists and figures that show it, and its audit entry."""
        return cls(case_number=(number or "").strip().upper() or None, case=True,
                   case_list=True, dashboard=True, audit=True)

    @classmethod
    def everything(cls) -> Changes:
        """A refresh, or a change whose reach is not known: every view reads again."""
        return cls(case=True, case_list=True, dashboard=True, audit=True, organisation=True)

    @classmethod
    def of_organisation(cls) -> Changes:
        """Organisation settings (register, templates, sources): audited, and a case view shows
        them (the register's categories), but no case itself changed."""
        return cls(case=True, audit=True, organisation=True)

    def concerns_case(self, number: str | None) -> bool:
        """Whether a view showing case `number` has to read it again."""
        if not self.case or not number:
            return False
        return self.case_number is None or self.case_number == number.strip().upper()
