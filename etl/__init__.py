"""ETL for the Policy Target Tracker: KOSTEC bulletins → commitment records → DuckDB.

Stages, one module each: parse (file → Bulletin), extract (Bulletin → Commitment
records), load (records → DuckDB). `python -m etl --help` wires them.
"""
