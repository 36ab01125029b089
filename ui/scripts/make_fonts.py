#!/usr/bin/env python3
"""Regenerates the window's fonts, ui/src/fonts/*.woff2, from the TTF files in assets/fonts.

The woff2 files are committed: a build needs no Python. Run this only when assets/fonts changes:

    python3 -m venv /tmp/fonttools && /tmp/fonttools/bin/pip install fonttools brotli
    /tmp/fonttools/bin/python ui/scripts/make_fonts.py

Each face keeps only its script's characters (the same ranges as the `unicode-range` of its
`@font-face` rule in ui/src/app.css) and all of its layout tables and features (GSUB, GPOS,
GDEF: Bengali conjuncts and Nastaliq joining are shaped from them).
"""
from pathlib import Path

from fontTools import subset

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / "assets" / "fonts"
OUT = ROOT / "ui" / "src" / "fonts"

# Kept in step with the unicode-range descriptors in ui/src/app.css.
LATIN = "U+0000-024F,U+0259,U+02B0-02FF,U+0300-036F,U+1E00-1EFF,U+2000-206F,U+20A0-20CF,U+2100-214F,U+2190-21FF,U+2212,U+25CC,U+FEFF,U+FFFD"
BENGALI = "U+0951-0952,U+0964-0965,U+0980-09FE,U+200C-200D,U+25CC"
URDU = "U+0600-06FF,U+0750-077F,U+08A0-08FF,U+FB50-FDFF,U+FE70-FEFF,U+200C-200F,U+25CC"

FACES = [
    ("NotoSans", LATIN),
    ("NotoSansBengali", BENGALI),
    ("NotoNastaliqUrdu", URDU),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, ranges in FACES:
        for weight in ("Regular", "Bold"):
            src = SRC / f"{name}-{weight}.ttf"
            dst = OUT / f"{name}-{weight}.woff2"
            options = subset.Options()
            options.flavor = "woff2"
            options.layout_features = ["*"]
            options.name_IDs = ["*"]
            options.name_languages = ["*"]
            options.notdef_outline = True
            options.glyph_names = False
            options.hinting = False
            font = subset.load_font(str(src), options)
            s = subset.Subsetter(options)
            s.populate(unicodes=subset.parse_unicodes(ranges))
            s.subset(font)
            subset.save_font(font, str(dst), options)
            print(f"{dst.relative_to(ROOT)}: {src.stat().st_size} -> {dst.stat().st_size} bytes")


if __name__ == "__main__":
    main()
