"""A regression guard on bulletins the seeds do not contain (tests/fixtures/heldout/).

The labels were made by hand before the extractor ever read these files; the guard is set
just under today's score (2026-12-02: F1 0.985, strict F1 0.949 on 394 labelled commitments)
so that only a real regression trips it. The scorer is the vendored one (tests/fixtures/eval/).
"""

from __future__ import annotations

from etl import config

HELDOUT = config.PROJECT_DIR / "tests" / "fixtures" / "heldout"


def test_f1_on_the_heldout_bulletins_stays_above_the_guard(score) -> None:
    overall = score(sorted(HELDOUT.glob("*.txt")), HELDOUT / "gold")["overall"]
    assert overall["gold"] >= 394, overall  # every labelled bulletin was scored
    assert overall["f1"] >= 0.975, overall
    assert overall["strict_f1"] >= 0.94, overall
