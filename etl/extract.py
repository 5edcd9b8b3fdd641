"""Articles → commitment records (docs/commitment-record.md). Work in progress by the lead."""

from __future__ import annotations

from etl.model import Bulletin, Commitment


def extract_bulletin(bulletin: Bulletin) -> list[Commitment]:
    """Every quantitative commitment of a bulletin, in line order."""
    return []
