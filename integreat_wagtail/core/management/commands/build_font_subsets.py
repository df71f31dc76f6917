"""Build the WOFF2 font subsets the public site serves for scripts that system fonts may lack.

Run by hand when the font list changes (the generated files are committed):
    pip install fonttools brotli && manage.py build_font_subsets
Sources are Debian's fonts-noto-core TTFs (SIL Open Font License); only the glyphs of one script
(plus joiners and marks) and the OpenType features shaping needs are kept, in one weight (bold is
synthesised), so an Arabic page loads at most ~22 KB of font, and only when the reader's phone has
no matching local font (see @font-face `local()` in site.css).
"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

NOTO_DIR = Path("/usr/share/fonts/truetype/noto")
OUT_DIR = Path(__file__).resolve().parents[4] / "home" / "static" / "home" / "fonts"

# Arabic block only (shaping uses the font's own glyphs, not presentation-form code points):
# Arabic, Farsi, Pashto, Sorani, Dari; plus joiners, direction marks and the dotted circle.
ARABIC = "U+0600-06FF,U+200C-200F,U+25CC"
# Ethiopic syllables and punctuation (Tigrinya, Amharic).
ETHIOPIC = "U+1200-137F,U+200C-200D,U+25CC"

# Joining forms, required ligatures, mark positioning and kerning; stylistic sets, fractions and
# discretionary ligatures are dropped (a third of the Arabic font).
SHAPING_FEATURES = "init,medi,fina,isol,rlig,liga,calt,ccmp,locl,mark,mkmk,curs,kern"

SUBSETS = [
    ("NotoSansArabic-Regular.ttf", "noto-sans-arabic-400.woff2", ARABIC),
    ("NotoSansEthiopic-Regular.ttf", "noto-sans-ethiopic-400.woff2", ETHIOPIC),
]


class Command(BaseCommand):
    help = "Generate the WOFF2 script subsets in home/static/home/fonts/ from the system's Noto fonts."

    def handle(self, *args, **options):
        try:
            from fontTools import subset
        except ImportError as error:
            raise CommandError("Install fonttools and brotli first: pip install fonttools brotli") from error
        for source, target, unicodes in SUBSETS:
            path = NOTO_DIR / source
            if not path.exists():
                raise CommandError(f"{path} is missing: apt-get install fonts-noto-core")
            subset.main(
                [
                    str(path),
                    f"--unicodes={unicodes}",
                    f"--layout-features={SHAPING_FEATURES}",
                    "--flavor=woff2",
                    "--no-hinting",
                    "--desubroutinize",
                    f"--output-file={OUT_DIR / target}",
                ]
            )
            self.stdout.write(f"{target}: {(OUT_DIR / target).stat().st_size} bytes")
