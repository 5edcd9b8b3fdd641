"""The project's own Korean font, made visible to fontconfig (and so to the Chromium kaleido drives).

A fresh machine may have no CJK font at all, and then Hangul renders as empty boxes.
The PyPI package noto-cjk-sans-otc ships Noto Sans CJK inside site-packages; this
module writes a fontconfig file that adds that directory to the system's usual
configuration and points FONTCONFIG_FILE at it, so every process started afterwards
(Chromium for images, LibreOffice in the tests) finds the face by the family name
the figures ask for.
"""

from __future__ import annotations

import os
from pathlib import Path
from xml.sax.saxutils import escape

import noto_cjk_sans_otc

from dashboard.chartspec import FONT_FAMILY

FONT_FILE = Path(str(noto_cjk_sans_otc.FONT_PATH))
FONT_DIR = FONT_FILE.parent
# In the user's cache rather than a shared /tmp, where another user could plant the file.
CONFIG_DIR = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "policy-target-tracker"
CONFIG_FILE = CONFIG_DIR / "fonts.conf"
# Whatever configuration fontconfig would have used anyway, so system fonts stay available.
SYSTEM_CONFIG = "/etc/fonts/fonts.conf"


def fontconfig_xml(font_dir: Path, cache_dir: Path, base_config: str = SYSTEM_CONFIG) -> str:
    """A fontconfig file that keeps `base_config` and adds `font_dir`."""
    return (
        '<?xml version="1.0"?>\n'
        '<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">\n'
        "<fontconfig>\n"
        f'  <include ignore_missing="yes">{escape(base_config)}</include>\n'
        f"  <dir>{escape(str(font_dir))}</dir>\n"
        f"  <cachedir>{escape(str(cache_dir))}</cachedir>\n"
        "</fontconfig>\n"
    )


def register_fonts() -> str:
    """Write the fontconfig file, point FONTCONFIG_FILE at it and return the family to use.

    Idempotent: the file is rewritten only when its content would change, and
    calling it again in the same process changes nothing.
    """
    if not FONT_FILE.is_file():
        raise FileNotFoundError(f"the Korean font is missing: {FONT_FILE} (pip install noto-cjk-sans-otc)")
    CONFIG_DIR.mkdir(mode=0o700, parents=True, exist_ok=True)
    xml = fontconfig_xml(FONT_DIR, CONFIG_DIR / "cache")
    if not CONFIG_FILE.is_file() or CONFIG_FILE.read_text(encoding="utf-8") != xml:
        # Written beside and renamed, so a concurrent reader never sees half a file.
        partial = CONFIG_FILE.with_suffix(f".{os.getpid()}.tmp")
        partial.write_text(xml, encoding="utf-8")
        partial.replace(CONFIG_FILE)
    os.environ["FONTCONFIG_FILE"] = str(CONFIG_FILE)
    return FONT_FAMILY
