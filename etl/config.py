"""Every path and environment setting of the project, with its default, in one place.

Pages, tests and scripts import from here; no other module spells a path.
Each setting can be overridden by an environment variable of the same name.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
PROJECT_DIR = PACKAGE_DIR.parent

SCHEMA_FILE = PACKAGE_DIR / "schema.sql"
REFERENCE_DIR = PACKAGE_DIR / "data"

SEEDS_DIR = Path(os.environ.get("PTT_SEEDS_DIR", PROJECT_DIR / "seeds"))
DATA_DIR = Path(os.environ.get("PTT_DATA_DIR", PROJECT_DIR / "data"))
DB_PATH = Path(os.environ.get("PTT_DB_PATH", DATA_DIR / "tracker.duckdb"))
# Analysts' reviews live apart from the database, which every build replaces (etl/review.py).
REVIEWS_PATH = Path(os.environ.get("PTT_REVIEWS_PATH", DATA_DIR / "reviews.sqlite"))
# A team's shared review store instead of that file: postgresql://user:password@host:port/db.
# Dashboards then never write the database file for a review; each shows the store's reviews
# over the snapshot it reads (dashboard/db.py), so a review made in one shows in every other.
REVIEWS_URL = os.environ.get("PTT_REVIEWS_URL", "").strip()
# Who signs a review when no one is signed in (Streamlit authentication) and none is typed in.
REVIEWER = os.environ.get("PTT_REVIEWER", "")
# A dashboard for people who should only look: no review, no upload, refused on the server too.
READ_ONLY = os.environ.get("PTT_READ_ONLY", "").strip().lower() in ("1", "true", "yes")

# Inputs larger than this are refused before they are read: the largest real
# bulletin is well under 1 MB of text, a PDF a few MB.
MAX_INPUT_BYTES = int(os.environ.get("PTT_MAX_INPUT_BYTES", 50 * 1024 * 1024))
# A file uploaded in the dashboard: smaller than that, and only these types.
MAX_UPLOAD_BYTES = int(os.environ.get("PTT_MAX_UPLOAD_BYTES", 20 * 1024 * 1024))
UPLOAD_TYPES = ("txt", "pdf")

# A bulletin line longer than this is kept in the database but its numbers are not read; it is
# reported as `file:line: reason`. Real lines stay under 1,000 characters; the cap bounds the
# work any one line can cost, so no input holds the writer lock for long.
MAX_LINE_CHARS = int(os.environ.get("PTT_MAX_LINE_CHARS", 2000))
# Seconds one file may take to read, parse and extract before it is given up as `file: reason`.
FILE_TIME_BUDGET = float(os.environ.get("PTT_FILE_TIME_BUDGET", 60))

# Processes that read, parse and extract bulletins during a build or ingest (1: all in this one).
WORKERS = int(os.environ.get("PTT_WORKERS", os.cpu_count() or 1))

PUBLISHER = "한중과학기술협력센터"
PUBLISHER_EN = "Korea-China Science & Technology Cooperation Center (KOSTEC)"
BULLETIN_TITLE = "중국 과학기술 정책 주간동향"

PARSER_VERSION = "1.1.0"

# The modules whose code decides what is extracted; with every file of etl/data they make up
# the extractor, and its version changes whenever one of their bytes does.
EXTRACTOR_MODULES = (
    "extract.py", "clauses.py", "subjects.py", "periods.py", "sectors.py", "gazetteer.py",
    "numbers.py", "rules.py",
)  # fmt: skip


def extractor_version(files: Iterable[Path]) -> str:
    """ "2.<first 12 hex of the sha256 over the files' names and bytes>", stamped on every row."""
    digest = hashlib.sha256()
    for path in sorted(files, key=lambda p: p.name):
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return f"2.{digest.hexdigest()[:12]}"


def extractor_files() -> list[Path]:
    data = [path for path in REFERENCE_DIR.iterdir() if path.is_file()]
    return [PACKAGE_DIR / name for name in EXTRACTOR_MODULES] + data


EXTRACTOR_VERSION = extractor_version(extractor_files())

# Data checks (etl/checks.py): a commitment's target year must lie in this range.
TARGET_YEAR_MIN = int(os.environ.get("PTT_TARGET_YEAR_MIN", 2000))
TARGET_YEAR_MAX = int(os.environ.get("PTT_TARGET_YEAR_MAX", 2100))
