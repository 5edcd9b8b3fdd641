"""`python -m etl review list|accept|reject|correct|add|history|export|import`: reviews from a terminal.

Each write goes to the review store (etl/review.py) first, then is applied to the database
through the loader's atomic swap, so the dashboard shows it on its next click. export and
import speak JSONL, one action a line, so reviews can be handed around and kept in git.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import duckdb

from etl import config, review


def add_parser(commands: argparse._SubParsersAction) -> None:
    root = commands.add_parser("review", help="review commitments: list, accept, reject, correct, add …")
    actions = root.add_subparsers(required=True, metavar="ACTION")

    def action(name: str, help_text: str, run, *, signs: bool = True, needs_db: bool = True):
        sub = actions.add_parser(name, help=help_text)
        if needs_db:
            sub.add_argument(
                "--db", type=Path, default=config.DB_PATH, help="database (default: %(default)s)"
            )
        sub.add_argument(
            "--store",
            help="review store: a SQLite file or a postgresql:// URL"
            " (default: $PTT_REVIEWS_URL if set, else $PTT_REVIEWS_PATH)",
        )
        if signs:
            sub.add_argument("--reviewer", default=config.REVIEWER, help="who signs (default: $PTT_REVIEWER)")
        sub.set_defaults(command=run)
        return sub

    listing = action("list", "the review queue: lowest confidence first", run_list, signs=False)
    listing.add_argument("--status", choices=review.STATUSES, help="only records with this status")
    listing.add_argument("--bulletin", help="only this bulletin id")
    action("accept", "accept records as extracted", run_accept).add_argument("ids", nargs="+", metavar="ID")
    rejecting = action("reject", "reject a record (hidden from then on)", run_reject)
    rejecting.add_argument("id", metavar="ID")
    rejecting.add_argument("--reason", required=True, choices=review.REJECT_REASONS)
    rejecting.add_argument("--note", default="", help="words saying why (needed for --reason other)")
    correcting = action("correct", "correct fields of a record", run_correct)
    correcting.add_argument("id", metavar="ID")
    correcting.add_argument("--set", action="append", required=True, metavar="FIELD=VALUE", dest="changes")
    adding = action("add", "add a commitment the extractor missed", run_add)
    adding.add_argument("--bulletin", required=True, help="bulletin id")
    adding.add_argument("--line", type=int, required=True)
    adding.add_argument("--value-text", required=True, help="the number as printed on the line")
    adding.add_argument("--set", action="append", required=True, metavar="FIELD=VALUE", dest="changes")
    action("history", "every review action on a record", run_history, signs=False).add_argument("id")
    exporting = action("export", "the whole store as JSONL", run_export, signs=False, needs_db=False)
    exporting.add_argument("--out", type=Path, help="file (default: standard output)")
    importing = action(
        "import",
        "add the actions of a JSONL file (those already stored are skipped)",
        run_import,
        signs=False,
    )
    importing.add_argument("file", type=Path)


def main_guard(run):
    """A refused review exits with status 2 and the reason, like every other bad input."""

    def guarded(args: argparse.Namespace) -> int:
        try:
            return run(args)
        except review.ReviewError as error:
            print(f"review: {error}", file=sys.stderr)
            return 2

    return guarded


def _record(db: Path, commitment_id: str) -> dict:
    if not db.is_file():
        raise review.ReviewError(f"{db}: database not found")
    with duckdb.connect(str(db), read_only=True) as con:
        frame = con.execute(
            "SELECT c.*, b.sha256 FROM commitments c JOIN bulletins b ON b.id = c.bulletin WHERE c.id = ?",
            [commitment_id],
        ).df()
    if frame.empty:
        raise review.ReviewError(f"no commitment with id {commitment_id} in {db}")
    return frame.iloc[0].to_dict()


def _store_and_apply(args: argparse.Namespace, actions: list[review.Action]) -> int:
    store = review.open_store(args.store)
    for item in actions:
        store.record(item)
    return _apply(args, store)


def _apply(args: argparse.Namespace, store: review.ReviewStore) -> int:
    if not args.db.is_file():
        print(
            f"stored; {args.db} does not exist yet, the next build applies it",
            file=sys.stderr,
        )
        return 0
    report = review.refresh(args.db, store)
    print(
        f"{args.db}: {report.applied} reviewed records, {report.added} added, {report.orphaned} orphaned reviews",
        file=sys.stderr,
    )
    return 0


def _fields(pairs: list[str]) -> dict:
    fields = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep:
            raise review.ReviewError(f"--set takes FIELD=VALUE, not {pair!r}")
        fields[name.strip()] = value
    return fields


@main_guard
def run_list(args: argparse.Namespace) -> int:
    if not args.db.is_file():
        raise review.ReviewError(f"{args.db}: database not found")
    conditions, params = ["TRUE"], []
    if args.status:
        conditions.append("review_status = ?")
        params.append(args.status)
    if args.bulletin:
        conditions.append("bulletin = ?")
        params.append(args.bulletin)
    with duckdb.connect(str(args.db), read_only=True) as con:
        rows = con.execute(
            f"""SELECT id, review_status, confidence, bulletin, line, value_text, unit, subject_ko
                FROM commitments WHERE {" AND ".join(conditions)}
                ORDER BY review_status <> 'extracted', {review.QUEUE_ORDER}""",
            params,
        ).fetchall()
    for row in rows:
        print("\t".join("" if value is None else str(value) for value in row))
    return 0


@main_guard
def run_accept(args: argparse.Namespace) -> int:
    keys = [review.key_of(_record(args.db, commitment_id)) for commitment_id in args.ids]
    return _store_and_apply(args, [review.accept(key, args.reviewer) for key in keys])


@main_guard
def run_reject(args: argparse.Namespace) -> int:
    key = review.key_of(_record(args.db, args.id))
    return _store_and_apply(args, [review.reject(key, args.reviewer, args.reason, args.note)])


@main_guard
def run_correct(args: argparse.Namespace) -> int:
    record = _record(args.db, args.id)
    return _store_and_apply(
        args, [review.correct(review.key_of(record), args.reviewer, record, _fields(args.changes))]
    )


@main_guard
def run_add(args: argparse.Namespace) -> int:
    if not args.db.is_file():
        raise review.ReviewError(f"{args.db}: database not found")
    with duckdb.connect(str(args.db), read_only=True) as con:
        found = con.execute("SELECT sha256 FROM bulletins WHERE id = ?", [args.bulletin]).fetchone()
    if not found:
        raise review.ReviewError(f"no bulletin {args.bulletin} in {args.db}")
    action = review.add(found[0], args.line, args.value_text, args.reviewer, _fields(args.changes))
    return _store_and_apply(args, [action])


@main_guard
def run_history(args: argparse.Namespace) -> int:
    key = review.key_of(_record(args.db, args.id))
    for item in review.open_store(args.store).history(key):
        print(json.dumps(item.to_json(), ensure_ascii=False))
    return 0


@main_guard
def run_export(args: argparse.Namespace) -> int:
    lines = [
        json.dumps(item.to_json(), ensure_ascii=False) for item in review.open_store(args.store).actions()
    ]
    text = "".join(line + "\n" for line in lines)
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


@main_guard
def run_import(args: argparse.Namespace) -> int:
    actions = []
    for number, line in enumerate(args.file.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            actions.append(review.check(review.Action.from_json(json.loads(line))))
        except (json.JSONDecodeError, review.ReviewError) as error:
            raise review.ReviewError(f"{args.file}:{number}: {error}; nothing imported") from error
    store = review.open_store(args.store)
    added = store.record_many(actions)
    print(
        f"{args.file}: {added} actions imported, {len(actions) - added} already in the store", file=sys.stderr
    )
    return _apply(args, store)
