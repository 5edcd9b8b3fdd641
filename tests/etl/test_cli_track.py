"""python -m etl track: the list, one target's mentions and status, a search, bad input."""

from __future__ import annotations

import pytest

from etl.__main__ import main


def test_a_target_with_its_mentions_status_and_evidence(tracking_db_path, capsys):
    assert (
        main(["track", "--db", str(tracking_db_path), "--as-of", "2026-06-30", "--search", "수소충전소"]) == 0
    )
    out = capsys.readouterr().out
    first = out.split("\n\n")[0]
    assert "status as of 2026-06-30: partly (50%)" in first
    assert "t2:71  100개 by 2025  new" in first
    assert "t4:55  60개 in 2025  outcome, 50% of the way → partly" in first
    assert "needed +123.6%/yr, observed +73.2%/yr" in first  # √5 − 1, √3 − 1


def test_status_as_of_an_earlier_date_ignores_later_bulletins(tracking_db_path, capsys):
    assert (
        main(["track", "--db", str(tracking_db_path), "--as-of", "2025-06-30", "--search", "리튬배터리"]) == 0
    )
    out = capsys.readouterr().out
    assert "status as of 2025-06-30: due_this_year" in out  # t4's actual came out in 2026
    assert "not yet reported on 2025-06-30" in out  # the 2027 target of t4


def test_the_list_and_a_revision(tracking_db_path, capsys):
    assert main(["track", "--db", str(tracking_db_path), "--as-of", "2026-06-30"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("tracked targets as of 2026-06-30: 15")
    assert "후난성 로봇 핵심 기업 100개  (2 mentions, 1 revisions)" in out


def test_unknown_target_and_bad_date(tracking_db_path, capsys):
    assert main(["track", "--db", str(tracking_db_path), "nosuchid"]) == 1
    assert "no tracked target matches" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["track", "--as-of", "30.6.2026"])
