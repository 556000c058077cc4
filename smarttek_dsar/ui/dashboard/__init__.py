"""The managers' deadline dashboard: tiles, charts, the coloured deadline list, filters and
report exports, all over DashboardService and ReportService."""

from smarttek_dsar.ui.dashboard.widget import DashboardWidget

__all__ = ["DashboardWidget"]
