"""Command line: `python -m etl build | ingest | extract | explain | check | track | review`. Only wiring; the work is in the stages.

Exit status: 0 when every file loaded, 1 when a file failed, 2 when a single article has no
date and needs `--date` (as for any other missing argument).

etl.load (DuckDB, pandas) is imported inside the commands that need it, so that
`extract` starts fast.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from etl import config, review_cli
from etl.article import UndatedArticleError
from etl.model import RECORD_FIELDS
from etl.read import BulletinError

if TYPE_CHECKING:
    from etl.load import BuildReport


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    return args.command(args)


def parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(prog="python -m etl", description=__doc__.splitlines()[0])
    commands = root.add_subparsers(required=True, metavar="COMMAND")

    build = commands.add_parser("build", help="build the database from every bulletin in a folder")
    build.add_argument(
        "--seeds", type=Path, default=config.SEEDS_DIR, help="bulletin folder (default: %(default)s)"
    )
    build.add_argument("--db", type=Path, default=config.DB_PATH, help="database file (default: %(default)s)")
    build.set_defaults(command=run_build)

    ingest = commands.add_parser("ingest", help="add bulletin files to the database")
    ingest.add_argument("files", type=Path, nargs="+", metavar="FILE")
    ingest.add_argument(
        "--db", type=Path, default=config.DB_PATH, help="database file (default: %(default)s)"
    )
    add_date_option(ingest)
    ingest.set_defaults(command=run_ingest)

    extract = commands.add_parser("extract", help="print the commitment records of bulletin files")
    extract.add_argument("files", type=Path, nargs="+", metavar="FILE")
    extract.add_argument("--format", choices=("jsonl", "csv"), default="jsonl")
    add_date_option(extract)
    extract.set_defaults(command=run_extract)

    explain = commands.add_parser(
        "explain",
        help="print each candidate number of a file (or of one line) with its evidence and deciding rule",
    )
    explain.add_argument("target", metavar="FILE[:LINE]")
    add_date_option(explain)
    explain.set_defaults(command=run_explain)

    check = commands.add_parser("check", help="run the data checks on a database")
    check.add_argument("--db", type=Path, default=config.DB_PATH, help="database file (default: %(default)s)")
    check.set_defaults(command=run_check)

    track = commands.add_parser("track", help="print tracked targets: status, mentions, revisions, evidence")
    track.add_argument(
        "target", nargs="?", metavar="ID", help="a target id or the id of any of its commitments"
    )
    track.add_argument("--search", metavar="TEXT", help="targets whose subject or sentence contains TEXT")
    track.add_argument(
        "--as-of",
        type=iso_date,
        default=None,
        metavar="DATE",
        help="status as of this date (default: today)",
    )
    track.add_argument("--db", type=Path, default=config.DB_PATH, help="database file (default: %(default)s)")
    track.set_defaults(command=run_track)
    review_cli.add_parser(commands)
    return root


def add_date_option(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--date",
        type=iso_date,
        metavar="YYYY-MM-DD",
        help="issue date of a single article whose text prints none (a date in the text wins; "
        "whole bulletins are dated by their colophon)",
    )


def iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in the form YYYY-MM-DD: {text!r}") from None


def failure_status(failures: list[BulletinError]) -> int:
    """2 when a file only needs `--date`, else 1 when any file failed, else 0."""
    if any(isinstance(error, UndatedArticleError) for error in failures):
        return 2
    return 1 if failures else 0


def run_build(args: argparse.Namespace) -> int:
    from etl import load

    return write_database(
        "build", args.db, lambda progress: load.build(args.seeds, args.db, progress=progress)
    )


def run_ingest(args: argparse.Namespace) -> int:
    from etl import load

    return write_database(
        "ingest",
        args.db,
        lambda progress: load.ingest(args.files, args.db, progress=progress, default_date=args.date),
    )


def write_database(action: str, db_path: Path, run) -> int:
    """Run a build or ingest; a refused one says that the served database was left as it was."""
    from etl import checks

    try:
        report = run(sys.stderr.isatty())
    except (BulletinError, checks.DataCheckError) as error:
        print(f"{action} failed, {db_path} left as it was: {error}", file=sys.stderr)
        return 1
    return summarise(report, db_path)


def summarise(report: BuildReport, db_path: Path) -> int:
    for error in report.failures:
        print(error, file=sys.stderr)
    for problem in report.quarantined:
        print(problem, file=sys.stderr)
    for path in report.already_loaded:
        print(f"{path.name}: already in the database (same sha256), skipped", file=sys.stderr)
    left_out = f", {len(report.quarantined)} records or lines left out" if report.quarantined else ""
    print(
        f"{db_path}: loaded {report.bulletins} bulletins, {report.articles} articles, "
        f"{report.commitments} commitments; {len(report.failures)} failures{left_out}",
        file=sys.stderr,
    )
    return failure_status(report.failures)


def run_extract(args: argparse.Namespace) -> int:
    from etl.prepare import prepare

    writer = csv.DictWriter(sys.stdout, fieldnames=RECORD_FIELDS) if args.format == "csv" else None
    if writer:
        writer.writeheader()
    failures: list[BulletinError] = []
    for path in args.files:
        try:
            prepared = prepare(path, default_date=args.date)
        except BulletinError as error:
            print(error, file=sys.stderr)
            failures.append(error)
            continue
        for problem in prepared.quarantined:
            print(problem, file=sys.stderr)
        records = [commitment.record() for commitment in prepared.extraction.records]
        for record in records:
            if writer:
                writer.writerow(record)
            else:
                print(json.dumps(record, ensure_ascii=False))
    return failure_status(failures)


def run_explain(args: argparse.Namespace) -> int:
    from etl.extract import bulletin_decisions, explain
    from etl.parse import parse_file

    path, line = split_target(args.target)
    try:
        bulletin = parse_file(path, default_date=args.date)
    except BulletinError as error:
        print(error, file=sys.stderr)
        return failure_status([error])
    decisions = [d for d in bulletin_decisions(bulletin) if line is None or d.line.number == line]
    if not decisions:
        where = f"line {line}" if line is not None else "the file"
        print(f"{path}: no candidate number on {where}", file=sys.stderr)
        return 0
    shown = None
    for decision in decisions:
        if decision.line.number != shown:
            shown = decision.line.number
            print(f"{path}:{shown}: {decision.line.text.strip()}")
        print("\n".join(explain(decision)))
    return 0


def split_target(target: str) -> tuple[Path, int | None]:
    """ "bulletin.txt:120" → (bulletin.txt, 120); a plain path has no line."""
    head, sep, tail = target.rpartition(":")
    if sep and tail.isdigit() and head:
        return Path(head), int(tail)
    return Path(target), None


def run_check(args: argparse.Namespace) -> int:
    import duckdb

    from etl import checks

    if not args.db.is_file():
        print(f"{args.db}: database not found", file=sys.stderr)
        return 1
    with duckdb.connect(str(args.db), read_only=True) as con:
        results = checks.run(con)
    for result in results:
        print(f"{'FAIL' if result.count else 'ok  '} {result if result.count else result.name}")
    return 1 if any(result.count for result in results) else 0


def run_track(args: argparse.Namespace) -> int:
    from datetime import date

    import duckdb

    from etl import track_report

    if not args.db.is_file():
        print(f"{args.db}: database not found", file=sys.stderr)
        return 1
    as_of = args.as_of or date.today()
    with duckdb.connect(str(args.db), read_only=True) as con:
        if args.target is None and args.search is None:
            print(track_report.overview(con, as_of))
            return 0
        ids = track_report.find(con, target=args.target, search=args.search)
        if not ids:
            print(f"no tracked target matches {args.target or args.search!r}", file=sys.stderr)
            return 1
        print("\n\n".join(track_report.describe(con, target_id, as_of) for target_id in ids))
    return 0


if __name__ == "__main__":
    sys.exit(main())
