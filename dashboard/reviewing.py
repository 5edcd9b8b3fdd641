"""The dashboard's two writes: a review action and an upload of bulletins.

Both are refused on the server in a read-only deployment (config.READ_ONLY) whatever
the browser sends, since they check it here and again in etl.review's store. A review
is stored first (one SQLite transaction, etl/review.py) and then applied to the served
database through the loader's copy-and-swap (review.refresh), so the next click shows it
and a crash can never leave the served file half-written: at worst the store holds an
action the database shows after the next review, ingest or build.
"""

from __future__ import annotations

import hashlib
import re
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

import streamlit as st

from dashboard import session
from etl import checks, config, load, review
from etl.read import BulletinError

_UNSAFE_NAME = re.compile(r"[^0-9A-Za-z가-힣_.\-]")


def read_only() -> bool:
    return config.READ_ONLY


def signed_in_user() -> str:
    """The signed-in user's e-mail or name where Streamlit authentication is configured, else ''."""
    try:
        if st.user.get("is_logged_in"):
            return str(st.user.get("email") or st.user.get("name") or "")
    except (AttributeError, KeyError, RuntimeError):  # no authentication configured
        pass
    return ""


def reviewer() -> str:
    """Who signs: the signed-in user, else the name set in the sidebar, else PTT_REVIEWER."""
    return signed_in_user() or (session.reviewer.get() or "").strip() or config.REVIEWER


def can_upload() -> bool:
    """Uploads write the database file: not in a read-only deployment, nor in a team's, whose
    snapshot is published by `etl build` / `etl ingest` on the machine that owns it."""
    return not read_only() and not review.shared()


def save(action: review.Action) -> review.ApplyReport | None:
    """Store one action and show it in the served database at once (in a team deployment every
    dashboard applies the shared store over its snapshot itself: dashboard/db.py)."""
    if read_only():
        raise review.ReadOnlyError("read-only deployment")
    review.open_store().record(action)
    if review.shared():
        return None
    try:
        return review.refresh(Path(config.DB_PATH))
    except (review.ReviewError, checks.DataCheckError) as error:
        # Kept in the store all the same: the next write or build that succeeds applies it.
        raise review.ReviewError(f"stored, but the database could not show it yet: {error}") from error


def history(record: dict) -> list[review.Action]:
    return review.open_store().history(review.key_of(record))


@dataclass(frozen=True)
class UploadResult:
    file_name: str
    outcome: str  # loaded | refused | already_loaded
    reason: str = ""
    bulletin: str = ""  # the id a loaded file got (its stem)


def add_bulletins(files: list[tuple[str, bytes]]) -> list[UploadResult]:
    """Ingest uploaded files (name, bytes) with the same checks as `etl ingest`, atomically.

    A file that loads is also kept in the bulletin folder (config.SEEDS_DIR), so that the
    next `etl build` still has it; its reviews are in the store, which every build applies.
    """
    if not can_upload():
        raise review.ReadOnlyError("read-only deployment or shared snapshot: no uploads")
    results: dict[str, UploadResult] = {}
    accepted: list[tuple[str, bytes]] = []
    for name, data in files:
        safe = safe_name(name)
        if problem := upload_problem(safe, data):
            results[safe] = UploadResult(safe, "refused", reason=problem)
        else:
            accepted.append((safe, data))
    if accepted:
        results |= _ingest(accepted)
    return [results[safe_name(name)] for name, _ in files]


def pasted_article(text: str) -> tuple[str, bytes]:
    """A pasted article as a file to ingest: UTF-8, named after its content, so pasting the same
    text twice is "already loaded". It must print its own date, as a file given to `etl ingest`."""
    data = text.strip().encode("utf-8") + b"\n"
    return f"article_{hashlib.sha256(data).hexdigest()[:16]}.txt", data


def safe_name(name: str) -> str:
    """The file name without any folder, unusual characters replaced (it becomes the bulletin id)."""
    return _UNSAFE_NAME.sub("_", Path(name.replace("\\", "/")).name) or "bulletin"


def upload_problem(name: str, data: bytes) -> str | None:
    suffix = Path(name).suffix.lower().lstrip(".")
    if suffix not in config.UPLOAD_TYPES:
        return f"only {', '.join('.' + t for t in config.UPLOAD_TYPES)} files are accepted"
    if len(data) > config.MAX_UPLOAD_BYTES:
        return f"larger than {config.MAX_UPLOAD_BYTES // (1024 * 1024)} MB"
    return None


def _ingest(files: list[tuple[str, bytes]]) -> dict[str, UploadResult]:
    db_path = Path(config.DB_PATH)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=db_path.parent, prefix=".upload-") as folder:
        paths = []
        for name, data in files:
            path = Path(folder) / name
            path.write_bytes(data)
            paths.append(path)
        try:
            report = load.ingest(paths, db_path)
        except (BulletinError, checks.DataCheckError) as error:
            reason = str(error.reason if isinstance(error, BulletinError) else error)
            return {path.name: UploadResult(path.name, "refused", reason=reason) for path in paths}
        failed = {error.path.name: error for error in report.failures}
        skipped = {path.name for path in report.already_loaded}
        results = {}
        for path in paths:
            if path.name in failed:
                error = failed[path.name]
                where = f" (line {error.line})" if error.line else ""
                results[path.name] = UploadResult(path.name, "refused", reason=error.reason + where)
            elif path.name in skipped:
                results[path.name] = UploadResult(path.name, "already_loaded")
            else:
                results[path.name] = _loaded(path)
        return results


def _loaded(path: Path) -> UploadResult:
    """Keep the file where builds read bulletins; the page counts its commitments on its own
    connection, which follows the replaced database (dashboard/db.py)."""
    keep = Path(config.SEEDS_DIR) / path.name
    if not keep.exists():
        keep.parent.mkdir(parents=True, exist_ok=True)
        scratch = keep.with_name(f".{keep.name}.tmp")
        shutil.copyfile(path, scratch)
        scratch.replace(keep)
    return UploadResult(path.name, "loaded", bulletin=path.stem)
