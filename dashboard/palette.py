"""The one home of the dashboard's colours: a fixed colour per sector and per kind of figure.

Every chart, image export and deck slide takes its colours from here, so a sector has the
same colour in every chart and on every slide, whatever the filters leave in the chart.
The colours are Paul Tol's "muted" scheme, then Okabe & Ito's, then Tol's "light" (all three
designed to stay apart for colour-blind readers and calm enough for a briefing), handed out
in the order of the sector taxonomy (etl/data/sectors.toml); `other` is always grey.
With twenty sectors some colours are necessarily close; the first nine (the most frequent
industries of the bulletins) get the muted scheme, which separates best.
"""

from __future__ import annotations

from functools import cache

from etl import sectors

# Paul Tol, "muted" (2021): rose, indigo, sand, green, cyan, wine, teal, olive, purple.
TOL_MUTED = (
    "#CC6677",
    "#332288",
    "#DDCC77",
    "#117733",
    "#88CCEE",
    "#882255",
    "#44AA99",
    "#999933",
    "#AA4499",
)
# Okabe & Ito (2008) without black and the yellow that vanishes on white.
OKABE_ITO = ("#E69F00", "#56B4E9", "#009E73", "#0072B2", "#D55E00", "#CC79A7")
# Paul Tol, "light": light blue, orange, pear, pink.
TOL_LIGHT = ("#77AADD", "#EE8866", "#BBCC33", "#FFAABB")
SECTOR_SEQUENCE = TOL_MUTED + OKABE_ITO + TOL_LIGHT
OTHER_GREY = "#BBBBBB"

# Kinds of figure: a target is the strong colour, funding a distinct warm one, and an achieved
# figure grey (and hatched in bars), so it never reads as a target.
KIND_COLOURS = {"target": "#0072B2", "funding": "#E69F00", "actual": "#8C8C8C"}
ACTUAL_PATTERN = "/"

# One colour for charts with a single series (regions, timelines) and the map's scale.
NEUTRAL = "#4477AA"
MAP_SCALE = ("#F2F5F9", "#CFE0F3", "#08306B")
GRID = "#E5E5E5"


@cache
def sector_colours() -> dict[str, str]:
    """Sector id → colour, in the taxonomy's order; `other` grey."""
    ids = [s.id for s in sectors.sectors() if s.id != sectors.OTHER]
    if len(ids) > len(SECTOR_SEQUENCE):
        raise ValueError(
            f"{len(ids)} sectors but only {len(SECTOR_SEQUENCE)} colours in dashboard/palette.py"
        )
    return {**dict(zip(ids, SECTOR_SEQUENCE, strict=False)), sectors.OTHER: OTHER_GREY}


def sector_colour(sector_id: str | None) -> str:
    return sector_colours().get(sector_id or "", OTHER_GREY)


def kind_colour(kind: str | None) -> str:
    return KIND_COLOURS.get(kind or "", OTHER_GREY)
