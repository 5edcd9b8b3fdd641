"""Briefing files from the command line, with the same builders as the app.

python -m dashboard.export deck --out briefing.pptx [--province 광둥성] [--sector 반도체]
                                [--years 2025-2030] [--charts by_year,by_province] [--font FACE] [--db PATH]
(every filter of the dashboard is an option: see --help)
python -m dashboard.export chart by_year --format png [--size 1920x1080] --out by_year.png
python -m dashboard.export chart --list
python -m dashboard.export table --format xlsx --out commitments.xlsx [filters]
"""

from __future__ import annotations

import argparse
import functools
import re
import sys
from pathlib import Path

import duckdb

from dashboard import charts, i18n, queries
from dashboard import export as exports
from dashboard.export import images, slides
from dashboard.filters import Field, Filters, ListField, RangeField, TextField
from etl import config


class UsageError(ValueError):
    """A value on the command line that the data or the exports cannot take."""


def parse_range(spec: RangeField, text: str) -> tuple:
    """'2025-2030', '2025..2030', '2025' (one year), '2025-01-01..2025-06-30', '2025-07-01..'
    (open-ended) → (start, end) by the field's own parser."""
    text = text.strip()
    splits = [(text, text)] + [
        (text[: m.start()].strip(), text[m.end() :].strip()) for m in re.finditer(r"\.\.|–|~|-", text)
    ]
    for start_text, end_text in splits:
        start, end = spec.parse(start_text or None), spec.parse(end_text or None)
        if (start is not None or not start_text) and (end is not None or not end_text) and (start or end):
            if start is not None and end is not None and start > end:
                raise argparse.ArgumentTypeError(f"the range {text!r} ends before it starts")
            return start, end
    raise argparse.ArgumentTypeError(
        f"--{spec.name} must look like 2025, 2025-2030 or 2025-01-01..2025-06-30, not {text!r}"
    )


def parse_size(text: str) -> images.SlideSize:
    try:
        return images.parse_size(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def option_name(spec: Field) -> str:
    """The command-line option of a filter field: --province, --years, --search, --reviewed-only."""
    if isinstance(spec, ListField):
        return spec.param
    if isinstance(spec, TextField):
        return spec.label
    return spec.name.replace("_", "-")


def add_filter_options(parser: argparse.ArgumentParser) -> None:
    """One option per field of the filter table (dashboard.filters.FIELDS)."""
    for spec in Filters.FIELDS:
        option, label = f"--{option_name(spec)}", i18n.t(spec.label, "en")
        if isinstance(spec, ListField):
            parser.add_argument(
                option,
                action="append",
                default=[],
                dest=spec.name,
                metavar="NAME",
                help=f"{label}, as stored or in Korean or English words; repeatable",
            )
        elif isinstance(spec, RangeField):
            parser.add_argument(
                option,
                type=functools.partial(parse_range, spec),
                dest=spec.name,
                metavar="A-B",
                help=f"{label}: from-to, either end may be left open (2025-, ..2025-06-30)",
            )
        elif isinstance(spec, TextField):
            parser.add_argument(option, default="", dest=spec.name, metavar="TEXT", help=f"{label} (literal)")
        else:
            parser.add_argument(option, action="store_true", dest=spec.name, help=label)
    parser.add_argument("--lang", choices=("ko", "en"), default="ko")
    parser.add_argument("--db", type=Path, default=config.DB_PATH, help=f"default {config.DB_PATH}")  # fmt: skip


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m dashboard.export", description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)

    deck = commands.add_parser("deck", help="the standard briefing deck (.pptx)")
    deck.add_argument("--out", type=Path, required=True, metavar="FILE.pptx")
    deck.add_argument(
        "--charts", metavar="NAME,…", help=f"charts to include (default {','.join(exports.STANDARD_DECK)})"
    )
    deck.add_argument(
        "--font",
        default=slides.DECK_FONT,
        metavar="FACE",
        help=f"the slides' font, Latin and Hangul (default {slides.DECK_FONT!r}, on every Windows PC)",
    )
    add_filter_options(deck)

    chart = commands.add_parser("chart", help="one chart as PNG or SVG")
    chart.add_argument("name", nargs="?", help="chart name (see --list)")
    chart.add_argument("--list", action="store_true", help="print the chart names, one a line")
    chart.add_argument("--format", choices=images.FORMATS, default="png")
    chart.add_argument(
        "--size",
        type=parse_size,
        default=images.DEFAULT_SIZE,
        help=f"one of {', '.join(images.SLIDE_SIZES)} (default {images.DEFAULT_SIZE.name})",
    )
    chart.add_argument("--out", type=Path, metavar="FILE")
    add_filter_options(chart)

    table = commands.add_parser("table", help="the filtered commitments as CSV or XLSX")
    table.add_argument("--format", choices=("csv", "xlsx"), default="xlsx")
    table.add_argument("--out", type=Path, required=True, metavar="FILE")
    add_filter_options(table)
    return parser  # fmt: skip


def check_out(path: Path, suffixes: tuple[str, ...]) -> Path:
    if path.suffix.lower() not in suffixes:
        raise UsageError(f"--out must end in {' or '.join(suffixes)}: {path}")
    if not path.parent.is_dir():
        raise UsageError(f"the folder for --out does not exist: {path.parent}")
    return path


def chart_names(text: str | None) -> list[str]:
    names = [n.strip() for n in text.split(",") if n.strip()] if text else list(exports.STANDARD_DECK)
    unknown = [n for n in names if n not in charts.CHARTS]
    if unknown:
        raise UsageError(f"unknown chart {', '.join(unknown)}; choose from: {', '.join(charts.CHARTS)}")
    return names


def normalise(name: str) -> str:
    """'광둥성 (广东)', '광둥성', '광둥' and 'guangdong' alike: no bracket, no administrative suffix."""
    bare = re.sub(r"\(.*?\)|\s", "", name).casefold()
    return re.sub(r"(특별행정구|자치구|성|시)$", "", bare) or bare


def region_names(con: duckdb.DuckDBPyConnection, lang: str) -> dict[str, set[str]]:
    """Every way to write a region (English, Korean, the bulletins' spellings, the dashboard's
    label) → the English names it may mean, the values commitments hold."""
    rows = con.execute(
        "SELECT name_en, name_ko, aliases FROM provinces"
        " UNION ALL SELECT name_en, name_ko, aliases FROM economic_regions"
        " UNION ALL SELECT DISTINCT region, region, [] FROM commitments"
    ).fetchall()
    names: dict[str, set[str]] = {}
    for name_en, name_ko, aliases in rows:
        for written in (name_en, name_ko, *aliases, i18n.region_label(name_en, lang)):
            names.setdefault(normalise(written), set()).add(name_en)
    return names


def resolve_region(name: str, names: dict[str, set[str]]) -> str:
    found = names.get(normalise(name), set())
    if len(found) == 1:
        return next(iter(found))
    if found:  # 산시: Shanxi or Shaanxi
        raise UsageError(f"region {name!r} may mean {' or '.join(sorted(found))}; give the English name")
    known = sorted({n for candidates in names.values() for n in candidates})
    raise UsageError(f"unknown region {name!r}; known: {', '.join(known)}")


def _names(words: str) -> set[str]:
    """A label and each of its parts: "반도체·집적회로" is also "반도체" and "집적회로"."""
    return {words.casefold(), *(part.strip().casefold() for part in words.split("·"))}


def resolve_value(spec: ListField, name: str, *, known: list[str]) -> str:
    """A value as typed → the one the database holds: the value itself, or its words in Korean or
    English, or a part of a combined label (반도체, Semiconductors → semiconductors)."""
    if name in known:
        return name
    found = {v for v in known for lang in ("ko", "en") if name.casefold() in _names(spec.word(v, lang))}
    if len(found) == 1:
        return found.pop()
    if found:
        raise UsageError(f"{spec.param} {name!r} may mean {' or '.join(sorted(found))}; give the stored name")
    raise UsageError(f"unknown {spec.param} {name!r}; known: {', '.join(known)}")


def name_resolvers(con: duckdb.DuckDBPyConnection, lang: str) -> dict:
    """Fields whose names need more than the stored value or its words, each with its resolver:
    provinces (aliases, and 산시 that may be two provinces) and sectors (each part of a label
    joined with ·, from the sectors table)."""
    regions, sectors = region_names(con, lang), sector_names(con)
    return {
        "provinces": lambda name: resolve_region(name, regions),
        "sectors": lambda name: resolve_sector(name, sectors),
    }


def resolve_filters(con: duckdb.DuckDBPyConnection, args: argparse.Namespace) -> Filters:
    """Names as typed → the values the database holds; a name it does not know is an error."""
    options = queries.filter_options(con, Filters())
    special = name_resolvers(con, args.lang)
    values: dict = {}
    for spec in Filters.FIELDS:
        chosen = getattr(args, spec.name)
        if isinstance(spec, RangeField):
            values.update(zip(spec.bounds, chosen or (None, None), strict=True))
        elif isinstance(spec, ListField):
            known = list(spec.allowed) or options[spec.name]
            resolve = special.get(spec.name, functools.partial(resolve_value, spec, known=known))
            values[spec.name] = tuple(resolve(name) for name in chosen)
        else:
            values[spec.name] = chosen
    return Filters(**values)


def sector_names(con: duckdb.DuckDBPyConnection) -> dict[str, set[str]]:
    """Every way to write a sector (its id, Korean and English label, each part of a label joined
    with ·: 반도체·집적회로 → 반도체, 집적회로) → the ids it may mean, from the sectors table."""
    names: dict[str, set[str]] = {}
    for sector_id, label_ko, label_en in con.execute("SELECT id, label_ko, label_en FROM sectors").fetchall():
        for written in (sector_id, label_ko, label_en, *label_ko.split("·")):
            names.setdefault(_bare(written), set()).add(sector_id)
    return names


def _bare(name: str) -> str:
    return re.sub(r"\s", "", name).casefold()


def resolve_sector(name: str, names: dict[str, set[str]]) -> str:
    found = names.get(_bare(name), set())
    if len(found) == 1:
        return next(iter(found))
    if found:
        raise UsageError(f"sector {name!r} may mean {' or '.join(sorted(found))}; give its id")
    known = sorted({n for ids in names.values() for n in ids})
    raise UsageError(f"unknown sector {name!r}; known: {', '.join(known)}")


def connect(path: Path) -> duckdb.DuckDBPyConnection:
    if not path.is_file():
        raise UsageError(f"no database at {path}; build it first with: python -m etl build")
    return duckdb.connect(str(path), read_only=True)


def run(args: argparse.Namespace) -> str:
    """Do what the command asks; returns the line to print."""
    if args.command == "chart" and args.list:
        return "\n".join(charts.CHARTS)
    if args.command == "chart" and (not args.name or args.name not in charts.CHARTS):
        raise UsageError(f"name a chart: one of {', '.join(charts.CHARTS)} (or --list)")
    if args.command == "chart" and args.out is None:
        raise UsageError("--out FILE is required")
    with connect(args.db) as con:
        filters = resolve_filters(con, args)
        if args.command == "deck":
            out = check_out(args.out, (".pptx",))
            items = [exports.DeckItem(name, filters) for name in chart_names(args.charts)]
            out.write_bytes(exports.build_deck(con, items, args.lang, font=args.font))
        elif args.command == "chart":
            out = check_out(args.out, (f".{args.format}",))
            out.write_bytes(exports.chart_image(con, args.name, filters, args.lang, args.format, args.size))
        else:
            out = check_out(args.out, (f".{args.format}",))
            out.write_bytes(exports.table_file(con, filters, args.format, args.lang))
    return str(out)


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        print(run(args))
    except UsageError as error:
        parser.error(str(error))
    except images.ExportUnavailable as error:
        print(error, file=sys.stderr)
        return 1
    finally:
        images.close_browser()
    return 0


if __name__ == "__main__":
    sys.exit(main())
