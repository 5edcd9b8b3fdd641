"""Fixtures shared by the whole suite: the seeds, a fresh database from the schema file, a PDF writer."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import duckdb
import pytest
from bulletin_pdf import fonts_for, korean_truetype, render_bulletin
from fpdf import FPDF

from etl import config

SEED_NAMES = (
    "000_1b9d18066b15c3c4.txt",
    "001_439e8b69d6656657.txt",
    "002_55297f25ffdea184.txt",
    "003_59782443bdfe0993.txt",
    "004_32315275824c7094.txt",
)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="rewrite tests/fixtures/golden/ from today's extraction (after a reviewed change)",
    )


@pytest.fixture(autouse=True)
def own_review_store(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test reviews into a store of its own, never the developer's data/reviews.sqlite
    nor a PostgreSQL store named in the environment (review_backend opts into one)."""
    path = tmp_path_factory.mktemp("reviews") / "reviews.sqlite"
    monkeypatch.setattr(config, "REVIEWS_PATH", path)
    monkeypatch.setenv("PTT_REVIEWS_PATH", str(path))
    monkeypatch.setattr(config, "REVIEWS_URL", "")
    monkeypatch.delenv("PTT_REVIEWS_URL", raising=False)
    return path


@pytest.fixture(autouse=True)
def own_database(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test's default database is a file of its own, never the checkout's data/tracker.duckdb
    (which the quick start's dashboard would then open instead of building every seed), in this
    process and in any it starts; a test that needs a database sets config.DB_PATH itself."""
    path = tmp_path_factory.mktemp("database") / "tracker.duckdb"
    monkeypatch.setattr(config, "DB_PATH", path)
    monkeypatch.setenv("PTT_DB_PATH", str(path))
    return path


@pytest.fixture(scope="session")
def seed_paths() -> list[Path]:
    """The five bundled bulletins, by file name."""
    paths = [config.PROJECT_DIR / "seeds" / name for name in SEED_NAMES]
    assert all(path.is_file() for path in paths)
    return paths


@pytest.fixture
def fresh_db() -> Iterator[duckdb.DuckDBPyConnection]:
    """An empty in-memory database built from etl/schema.sql, the file the loader applies."""
    con = duckdb.connect(":memory:")
    con.execute(config.SCHEMA_FILE.read_text(encoding="utf-8"))
    yield con
    con.close()


@pytest.fixture(scope="session")
def write_pdf(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str, Path], Path]:
    """A function writing text into a PDF with a real text layer, one line of text per PDF line
    (tests/bulletin_pdf.py lays text out as a bulletin page instead)."""
    fonts: dict[frozenset[str], Path] = {}

    def write(text: str, path: Path) -> Path:
        characters = frozenset(text)
        if characters not in fonts:
            fonts[characters] = korean_truetype(text, tmp_path_factory.mktemp("font") / "korean.ttf")
        pdf = FPDF(format=(600, 297))  # wide enough that no line wraps
        pdf.add_font("korean", fname=str(fonts[characters]))
        pdf.set_font("korean", size=6)
        pdf.add_page()
        for line in text.split("\n"):
            if line.strip():
                pdf.cell(text=line.replace("\t", "    "), h=3, new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.ln(3)
        pdf.output(str(path))
        return path

    return write


@pytest.fixture(scope="session")
def bulletin_pdf(
    tmp_path_factory: pytest.TempPathFactory, bulletin_fonts: Callable[[str], dict[str, Path]]
) -> Callable[..., Path]:
    """A function laying out bulletin text as the publisher's PDF (tests/bulletin_pdf.py), once
    per text and session (fonts once per character set): a bulletin takes seconds."""
    rendered: dict[tuple[str, str], Path] = {}

    def render(text: str, name: str, align: str = "J") -> Path:
        if (text, align) not in rendered:
            folder = tmp_path_factory.mktemp("bulletin_pdf")
            rendered[(text, align)] = render_bulletin(text, folder / name, bulletin_fonts(text), align)
        return rendered[(text, align)]

    return render


@pytest.fixture(scope="session")
def bulletin_fonts(
    tmp_path_factory: pytest.TempPathFactory, seed_paths: list[Path]
) -> Callable[[str], dict[str, Path]]:
    """The renderer's fonts for a text: subsetting takes seconds, so one set of fonts covering every
    seed's characters serves every text it covers."""
    seed_characters = frozenset("".join(path.read_text(encoding="utf-8") for path in seed_paths))
    fonts: dict[frozenset[str], dict[str, Path]] = {}

    def for_text(text: str) -> dict[str, Path]:
        needed = frozenset(text)
        covering = next((key for key in fonts if needed <= key), None)
        if covering is None:
            covering = seed_characters | needed
            fonts[covering] = fonts_for("".join(sorted(covering)), tmp_path_factory.mktemp("bulletin_fonts"))
        return fonts[covering]

    return for_text


TRACKING_DIR = config.PROJECT_DIR / "tests" / "fixtures" / "tracking"


@pytest.fixture(scope="session")
def tracking_db_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database built by the real pipeline from the tracking corpus (tests/fixtures/tracking)."""
    from etl import load

    path = tmp_path_factory.mktemp("tracking") / "tracker.duckdb"
    report = load.build(TRACKING_DIR, path)
    assert report.ok and report.bulletins == 4
    return path


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """A real PostgreSQL server (Debian's package) for this test session; its URL."""
    from postgres_support import running_postgres

    with running_postgres() as url:
        yield url


@pytest.fixture
def postgres_url(postgres_server: str) -> str:
    """An empty database of its own on that server, for one test."""
    from postgres_support import fresh_database

    return fresh_database(postgres_server)


@pytest.fixture(params=["sqlite", "postgres"])
def review_backend(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """The test runs twice: reviews in the default SQLite file, then in a PostgreSQL server
    (PTT_REVIEWS_URL), so both backends are held to the same behaviour."""
    if request.param == "postgres":
        url = request.getfixturevalue("postgres_url")
        monkeypatch.setattr(config, "REVIEWS_URL", url)
        monkeypatch.setenv("PTT_REVIEWS_URL", url)
    return request.param
