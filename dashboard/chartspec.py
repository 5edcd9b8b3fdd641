"""The contract between the pages, the chart builders and the exports.

Every chart the dashboard shows is a `ChartSpec` registered in `dashboard.charts.CHARTS`.
Its `data` function turns the active filters into a *tidy* frame — one row per
(category, series) with a numeric `value` — and its `build` function turns that
frame plus a `ChartMeta` into a Plotly figure. The page, the PNG/SVG export and
the PowerPoint deck all start from the same tidy frame, so a chart says the same
thing on screen, in an image and as a native, editable slide chart.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from dashboard import i18n

if TYPE_CHECKING:
    import pandas as pd
    import plotly.graph_objects as go

# The face registered by dashboard.fonts (PyPI package noto-cjk-sans-otc); set
# explicitly on every figure so Korean never falls back to a font without Hangul.
FONT_FAMILY = "Noto Sans CJK KR"

# Native PowerPoint chart kinds a spec can map to; "map" has no native form and
# goes into a slide as a picture.
KINDS = ("bar", "barh", "stacked_bar", "line", "timeline", "map")


def series_order(frame: pd.DataFrame) -> list:
    """The series of a tidy frame in the order a legend lists them: by the optional
    `series_rank` column (a sector's place in the taxonomy), else as they first appear."""
    ranked = frame.sort_values("series_rank", kind="stable") if "series_rank" in frame.columns else frame
    return list(dict.fromkeys(ranked["series"]))


@dataclass(frozen=True)
class ChartMeta:
    """What makes a chart slide-ready: it says what it shows and where it comes from."""

    title: str
    subtitle: str  # the active filters in words: "광둥성 · 반도체 · 목표연도 2025–2030"
    source: str  # "출처: 한중과학기술협력센터, 중국 과학기술 정책 주간동향 2023.7.7 외 4건"
    unit_label: str  # axis title with its unit: "건수", "금액 (억 위안)"
    note: str = ""
    lang: str = "ko"


@dataclass(frozen=True)
class ChartSpec:
    name: str  # stable id used in URLs, file names and the export CLI: "by_year", "by_province" …
    kind: str  # one of KINDS
    # (connection, filters, lang) → tidy frame with columns category, series, value
    # (series may be None for a single-series chart); extra columns are allowed.
    data: Callable[..., pd.DataFrame]
    # (tidy frame, meta) → Plotly figure with title, subtitle, source footer and axis units
    build: Callable[[pd.DataFrame, ChartMeta], go.Figure]
    extra: dict[str, Any] | None = None

    def title(self, lang: str) -> str:
        """Its title, from dashboard/words.toml ("chart.<name>.title")."""
        return i18n.t(f"chart.{self.name}.title", lang)
