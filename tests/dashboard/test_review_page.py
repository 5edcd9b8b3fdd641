"""The Review page, the review state on the other pages, uploads and read-only mode, under AppTest.

The database is a writable copy of conftest.py's (reviews replace the file, after the data
checks, so its bulletins get every line and the empty B3 goes), with c4 made the only
low-confidence record and line 11 of B1 given a number nobody extracted:
"배경 설명: 연구원 300명 확보". Queue order: c4 (low) first, then the medium ones, newest
bulletin first in line order: c5, c6, c7, c8 (B2), c1, c2, c3 (B1).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest
from streamlit.testing.v1 import AppTest

from dashboard import reviewing
from etl import checks, config, review

APP = Path(__file__).resolve().parents[2] / "streamlit_app.py"
QUEUE = ["c4", "c5", "c6", "c7", "c8", "c1", "c2", "c3"]
SHA_B1 = "a" * 64
B1 = "000_aaaaaaaaaaaaaaaa"  # tests/dashboard/conftest.py's first bulletin


@pytest.fixture
def db_path(tmp_path, seeded_path) -> Path:
    path = tmp_path / "tracker.duckdb"
    shutil.copy(seeded_path, path)
    with duckdb.connect(str(path)) as con:
        con.execute("UPDATE commitments SET confidence = 'low' WHERE id = 'c4'")
        con.execute(
            "UPDATE bulletin_lines SET text = '배경 설명: 연구원 300명 확보' WHERE bulletin_id = ? AND line = 11",
            [B1],
        )
        passes_the_data_checks(con)
    return path


def passes_the_data_checks(con: duckdb.DuckDBPyConnection) -> None:
    con.execute("DELETE FROM bulletins WHERE id NOT IN (SELECT bulletin_id FROM articles)")
    con.execute(
        """INSERT INTO bulletin_lines (bulletin_id, line, article_seq, section, text)
           SELECT b.id, n.line, NULL, 'cover', '' FROM bulletins b,
                  range(1, (SELECT max(line) FROM bulletin_lines) + 1) n(line)
           WHERE NOT EXISTS (SELECT 1 FROM bulletin_lines l WHERE l.bulletin_id = b.id AND l.line = n.line)"""
    )
    con.execute(
        """UPDATE bulletins SET
             n_lines = (SELECT count(*) FROM bulletin_lines l WHERE l.bulletin_id = bulletins.id),
             n_articles = (SELECT count(*) FROM articles a WHERE a.bulletin_id = bulletins.id)"""
    )
    assert checks.failures(con) == []


def app(monkeypatch, db_path: Path, page: str = "review", **params) -> AppTest:
    monkeypatch.setattr(config, "DB_PATH", db_path)
    at = AppTest.from_file(str(APP), default_timeout=60)
    at.query_params.update(params)
    at.run()
    at.switch_page(f"dashboard/app_pages/{page}.py").run()
    assert not at.exception, [e.message for e in at.exception]
    return at


def status(db_path: Path, commitment_id: str) -> tuple:
    with duckdb.connect(str(db_path), read_only=True) as con:
        return con.execute(
            "SELECT review_status, reviewed_by, value FROM commitments WHERE id = ?", [commitment_id]
        ).fetchone()


def button(at: AppTest, label: str):
    return next(b for b in at.button if b.label == label)


def test_the_queue_starts_with_the_least_certain_record(monkeypatch, db_path):
    at = app(monkeypatch, db_path, reviewer="kim")
    assert at.session_state["review_id"] == "c4"
    assert any("8건 중 1번째" in m.value for m in at.markdown)
    at.button(key="review_next").click().run()
    assert at.session_state["review_id"] == "c5"
    at.button(key="review_previous").click().run()
    assert at.session_state["review_id"] == "c4"


def test_a_reviewer_name_is_needed(monkeypatch, db_path):
    at = app(monkeypatch, db_path)
    assert any("검토자 이름" in info.value for info in at.info)
    assert "review_accept" not in [b.key for b in at.button]


def test_accept_signs_stores_shows_at_once_and_moves_on(monkeypatch, db_path):
    at = app(monkeypatch, db_path, reviewer="kim")
    at.button(key="review_accept").click().run()
    assert not at.exception
    assert status(db_path, "c4") == ("accepted", "kim", 1.7e11)
    assert [a.action for a in review.open_store().actions()] == ["accept"]
    assert at.session_state["review_id"] == "c5"
    assert any("7건 중 1번째" in m.value for m in at.markdown)  # c4 left the queue


def test_correct_a_value(monkeypatch, db_path):
    at = app(monkeypatch, db_path, reviewer="kim")
    at.text_input(key="correct_c4_value").set_value("180000000000")
    button(at, "수정 저장").click().run()
    assert not at.exception
    assert status(db_path, "c4") == ("corrected", "kim", 1.8e11)
    (action,) = review.open_store().actions()
    assert (action.before, action.after) == ({"value": 1.7e11}, {"value": 1.8e11})


def test_a_bad_correction_is_refused_with_the_reason_and_nothing_is_stored(monkeypatch, db_path):
    at = app(monkeypatch, db_path, reviewer="kim")
    at.text_input(key="correct_c4_target_year").set_value("1850")
    at.text_input(key="correct_c4_subject_en").set_value("**bold** <b>x</b>")
    button(at, "수정 저장").click().run()
    assert any("target\\_year" in e.value and "2000" in e.value for e in at.error)  # escaped, not markup
    assert review.open_store().actions() == []
    assert status(db_path, "c4") == ("extracted", None, 1.7e11)


def test_reject_with_a_reason_hides_the_record(monkeypatch, db_path):
    at = app(monkeypatch, db_path, reviewer="kim")
    at.radio(key="reject_reason_c4").set_value("duplicate")
    button(at, "제외").click().run()
    assert status(db_path, "c4")[0] == "rejected"
    assert review.open_store().actions()[0].reason == "duplicate"
    explorer = app(monkeypatch, db_path, page="explorer")
    assert len(explorer.dataframe[0].value) == 7
    with_rejected = app(monkeypatch, db_path, page="explorer", rejected="1")
    assert len(with_rejected.dataframe[0].value) == 8


def test_add_a_missed_commitment_with_its_number_prefilled(monkeypatch, db_path):
    at = app(monkeypatch, db_path, reviewer="kim")
    at.session_state["review_id"] = "c1"
    at.run()
    at.selectbox(key="add_line_c1").set_value(11).run()
    prefix = "add_c1_11_0"
    assert at.text_input(key=f"{prefix}_value").value == "300"
    assert at.selectbox(key=f"{prefix}_unit").value == "people"
    at.text_input(key=f"{prefix}_subject_ko").set_value("연구원")
    button(at, "추가").click().run()
    assert not at.exception
    added = review.added_id(SHA_B1, 11, "300명")
    assert status(db_path, added) == ("added", "kim", 300.0)
    assert at.session_state["review_id"] == "c1"  # an addition leaves the record under review in place


def test_review_state_in_the_explorer_filter_and_the_detail_history(monkeypatch, db_path):
    store = review.open_store()
    store.record(review.accept(review.Key("c2", SHA_B1, 22, "100개"), "kim"))
    review.refresh(db_path, store)
    explorer = app(monkeypatch, db_path, page="explorer", reviewed="1")
    rows = explorer.dataframe[0].value
    assert len(rows) == 1
    assert list(rows["검토 상태"]) == ["확인 (kim)"]
    at = app(monkeypatch, db_path, page="detail", id="c2")
    history = at.dataframe[-1].value  # the history is the last table of the page
    assert list(history["검토자"]) == ["kim"] and list(history["작업"]) == ["확인"]
    button(at, "이 목표 검토하기").click().run()  # opens the Review page on it, reviewed or not
    assert at.title[0].value == "검토" and at.session_state["review_id"] == "c2"


def test_read_only_hides_review_and_upload(monkeypatch, db_path):
    monkeypatch.setattr(config, "READ_ONLY", True)
    at = app(monkeypatch, db_path, page="sources", reviewer="kim")
    assert not at.get("file_uploader")
    assert "reviewer_input" not in [t.key for t in at.sidebar.text_input]
    with pytest.raises(ValueError, match="Could not find a navigation page"):
        at.switch_page("dashboard/app_pages/review.py")  # not even registered
    # The page's own script, run however it is reached, stops before drawing any action.
    page = AppTest.from_file(str(APP.parent / "dashboard" / "app_pages" / "review.py"), default_timeout=60)
    page.session_state["reviewer"] = "kim"
    page.run()
    assert any("읽기 전용" in w.value for w in page.warning)
    assert not page.button


def test_read_only_refuses_a_crafted_accept(monkeypatch, db_path):
    at = app(monkeypatch, db_path, reviewer="kim")
    monkeypatch.setattr(config, "READ_ONLY", True)  # the button was drawn before; its click arrives now
    at.button(key="review_accept").click().run()
    assert review.open_store().actions() == []
    assert status(db_path, "c4")[0] == "extracted"
    with pytest.raises(review.ReadOnlyError):
        reviewing.save(review.accept(review.Key("c4", SHA_B1, 31, "1,700억 위안"), "kim"))
    with pytest.raises(review.ReadOnlyError):
        reviewing.add_bulletins([("new.txt", b"x")])


# Uploads (the Sources page's form calls this; the browser test drives the form itself)


@pytest.fixture
def upload_env(monkeypatch, tmp_path) -> Path:
    folder = tmp_path / "bulletins"
    monkeypatch.setattr(config, "SEEDS_DIR", folder)
    monkeypatch.setattr(config, "DB_PATH", tmp_path / "db" / "tracker.duckdb")
    return folder


def test_upload_loads_refuses_and_skips_per_file(upload_env, seed_paths, monkeypatch):
    monkeypatch.setattr(config, "MAX_UPLOAD_BYTES", 1_000_000)
    seed = seed_paths[0]
    results = reviewing.add_bulletins(
        [
            (f"../../{seed.name}", seed.read_bytes()),  # a path in the name is dropped
            ("notes.docx", b"PK"),
            ("big.txt", b"x" * 1_000_001),
            ("empty.txt", b""),
        ]
    )
    assert [(r.file_name, r.outcome) for r in results] == [
        (seed.name, "loaded"),
        ("notes.docx", "refused"),
        ("big.txt", "refused"),
        ("empty.txt", "refused"),
    ]
    assert "only .txt, .pdf" in results[1].reason and "larger than" in results[2].reason
    assert results[3].reason  # the loader's reason, as `etl ingest` gives it
    assert (upload_env / seed.name).read_bytes() == seed.read_bytes()  # kept for the next build
    with duckdb.connect(str(config.DB_PATH), read_only=True) as con:
        assert con.execute("SELECT id FROM bulletins").fetchall() == [(seed.stem,)]
    (again,) = reviewing.add_bulletins([(seed.name, seed.read_bytes())])
    assert again.outcome == "already_loaded"


def test_a_pasted_article_loads_as_a_single_article_once(upload_env):
    text = (Path(__file__).resolve().parents[1] / "fixtures" / "articles" / "board_page.txt").read_text(
        "utf-8"
    )
    name, data = reviewing.pasted_article("\n\n" + text + "\n")
    assert name == reviewing.pasted_article(text)[0]  # named after the text, surrounding blank lines aside
    (result,) = reviewing.add_bulletins([(name, data)])
    assert result.outcome == "loaded"
    with duckdb.connect(str(config.DB_PATH), read_only=True) as con:
        kind, count = con.execute(
            "SELECT b.kind, count(c.id) FROM bulletins b LEFT JOIN commitments c ON c.bulletin = b.id GROUP BY ALL"
        ).fetchone()
    # "2027년까지 부품 기업 120개를 유치" and "2026년 말까지 배터리 재활용 센터 15곳을 건설".
    assert (kind, count) == ("article", 2)
    assert reviewing.add_bulletins([(name, data)])[0].outcome == "already_loaded"


def test_in_a_team_a_review_goes_to_postgresql_and_shows_over_the_unchanged_snapshot(
    monkeypatch, db_path, postgres_url
):
    monkeypatch.setattr(config, "REVIEWS_URL", postgres_url)
    snapshot = db_path.read_bytes()
    at = app(monkeypatch, db_path, reviewer="kim")
    at.button(key="review_accept").click().run()
    assert not at.exception
    assert [(a.action, a.key.commitment_id) for a in review.PostgresStore(postgres_url).actions()] == [
        ("accept", "c4")
    ]
    assert db_path.read_bytes() == snapshot  # the snapshot is never rewritten for a review
    # Another session (as on another replica) starts its queue after c4, now reviewed.
    other = app(monkeypatch, db_path, reviewer="lee")
    assert other.session_state["review_id"] == "c5"
    # No upload there: the snapshot belongs to the build job.
    sources = app(monkeypatch, db_path, page="sources")
    assert not sources.get("file_uploader")
