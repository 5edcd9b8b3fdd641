"""Streamlit dashboard over the commitments database: queries, charts, pages and exports."""
