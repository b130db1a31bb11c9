"""A short print starts fast (issue 12: the whole decree as one process ≤ 0.25 s) and prints
exactly what it printed before: ReportLab's URL pattern compiled only when used, the font
faces read from a cache in the user's cache folder (safe when missing, stale, corrupt or
unwritable), string widths remembered."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont, TTFontFace

from app.paths import resource
from app.reports import fonts
from app.reports.startup import CJK_PATTERN, URI_PATTERN, LazyPattern

ROOT = Path(__file__).resolve().parents[1]
FONT = resource("fonts", "DejaVuSansCondensed.ttf")

CHILD = """
import re
import app.reports.render
from reportlab.lib import textsplit
from reportlab.platypus import paragraph
from app.reports.startup import CJK_PATTERN, URI_PATTERN
print(type(paragraph.uri_pat).__name__, type(re.compile(URI_PATTERN, re.I)).__name__,
      type(textsplit.rx).__name__, type(re.compile(CJK_PATTERN, re.U)).__name__)
print(paragraph._uri_split_pairs("https://contoh.go.id/a/b"))
print(repr(textsplit.rx.sub(r"\\1\\0 ", "日本語のテキスト abc")))
"""


def test_reportlab_compiles_its_url_pattern_only_when_used():
    r = subprocess.run([sys.executable, "-c", CHILD], env={**os.environ, "PYTHONPATH": str(ROOT)},
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    kinds, pairs, cjk = r.stdout.splitlines()
    assert kinds == "LazyPattern Pattern LazyPattern Pattern"  # re's cache gives everyone else a real pattern
    assert cjk == repr(re.compile(CJK_PATTERN, re.U).sub(r"\1\0 ", "日本語のテキスト abc"))  # its only use
    assert pairs == repr([("https://contoh.go.id/a/", "b"), ("https://contoh.go.id/", "a/b"),
                          ("https://", "contoh.go.id/a/b")])


@pytest.mark.parametrize("text", ["https://contoh.go.id/a?b=1", "www.belawang.id", "bukan alamat", "ftp://1.2.3.4"])
def test_the_lazy_pattern_matches_as_the_compiled_one(text):
    real = re.compile(URI_PATTERN, re.I)
    lazy = LazyPattern(URI_PATTERN, re.I)
    m, n = real.match(text), lazy.match(text)
    assert (m and m.groups()) == (n and n.groups())


def _attrs(face: TTFontFace) -> dict:
    for name in fonts._LAZY:  # a cached face decodes these when first read
        getattr(face, name)
    d = dict(face.__dict__)
    scale = d.pop("_pdfScale")
    d["_pdfScale"] = [scale(v) for v in (0, 1, 2048, -300.5)]
    d["names"] = [(type(d[k]).__name__, d[k].ustr) for k in fonts._NAMES]
    return d


def test_a_face_from_the_cache_is_the_parsed_face(tmp_path, monkeypatch):
    monkeypatch.setenv("KINERJA_CACHE_DIR", str(tmp_path / "cache"))
    parsed = TTFontFace(str(FONT))
    first = fonts.load_face(FONT)  # parses and writes the cache
    assert fonts._cache_file(FONT).is_file()
    cached = fonts.load_face(FONT)
    assert fonts._read(FONT) is not None
    assert _attrs(first) == _attrs(parsed) == _attrs(cached)
    subset = [0] + [ord(c) for c in "Indikator ➢ Kinerja 100,5 %"]
    assert cached.makeSubset(subset) == parsed.makeSubset(subset)


def test_a_print_leaves_the_parsing_only_map_encoded(sample_store, tmp_path, monkeypatch):
    """``glyphToChar`` (read by ReportLab only while parsing a face) stays encoded through
    a whole decree's print, and decodes to the parsed face's map when asked for."""
    import io

    from app.models.laporan import data_sk
    from app.reports import common
    from app.reports.sk import build_sk

    monkeypatch.setenv("KINERJA_CACHE_DIR", str(tmp_path / "cache"))
    files = {common.FONT: FONT, common.FONT_BOLD: resource("fonts", "DejaVuSansCondensed-Bold.ttf")}
    for file in files.values():
        fonts.load_face(file)  # writes the cache
    ours = {name: fonts.KinerjaFont(name, file) for name, file in files.items()}
    for name, font in ours.items():
        monkeypatch.setitem(pdfmetrics._fonts, name, font)
    monkeypatch.setattr(common, "_registered", True)
    build_sk(io.BytesIO(), data_sk(sample_store), common.Options())
    assert all(pdfmetrics.getFont(name) is font for name, font in ours.items())  # these printed
    faces = [font.face for font in ours.values()]
    assert [(type(f).__name__, "glyphToChar" in vars(f)) for f in faces] == [("_CachedFace", False)] * 2
    assert faces[0].glyphToChar == TTFontFace(str(FONT)).glyphToChar and "_lazy" not in vars(faces[0])
    with pytest.raises(AttributeError):
        faces[0].tidak_ada  # noqa: B018 - any other missing attribute is still missing


def test_the_font_is_a_ttfont_in_all_but_parsing(tmp_path, monkeypatch):
    monkeypatch.setenv("KINERJA_CACHE_DIR", str(tmp_path / "cache"))
    ours, theirs = fonts.KinerjaFont("Uji", FONT), TTFont("Uji", str(FONT))
    mine = {k: v for k, v in vars(ours).items() if k not in ("face", "encoding", "state", "_widths")}
    assert mine == {k: v for k, v in vars(theirs).items() if k not in ("face", "encoding", "state")}
    assert set(vars(ours)) - {"_widths"} == set(vars(theirs))
    for text in ("Persentase capaian", "➢ 1.004.422.800", "", "Kantor #2/Data Ümi"):
        assert ours.stringWidth(text, 8.5) == ours.stringWidth(text, 8.5) == theirs.stringWidth(text, 8.5)


def test_remembered_widths_stay_bounded(tmp_path, monkeypatch):
    monkeypatch.setenv("KINERJA_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(fonts, "_WIDTHS_KEPT", 3)
    font = fonts.KinerjaFont("Uji", FONT)
    for n in range(10):
        assert font.stringWidth("x" * n, 9) == pytest.approx(n * font.stringWidth("x", 9))
    assert len(font._widths) <= 3


@pytest.mark.parametrize("damage", [b"", b"sampah", b"KNJF2\x00\x00\x00\x00isi", b"KNJF1\x00\x00\x00\x00isi", "truncated", "crc"])
def test_a_damaged_cache_is_ignored_and_rewritten(tmp_path, monkeypatch, damage):
    monkeypatch.setenv("KINERJA_CACHE_DIR", str(tmp_path / "cache"))
    fonts.load_face(FONT)
    path = fonts._cache_file(FONT)
    good = path.read_bytes()
    if damage == "truncated":
        damage = good[: len(good) // 2]
    elif damage == "crc":
        damage = good[:-1] + bytes([good[-1] ^ 1])
    path.write_bytes(damage)
    assert fonts._read(FONT) is None
    assert _attrs(fonts.load_face(FONT)) == _attrs(TTFontFace(str(FONT)))
    assert path.read_bytes() == good and fonts._read(FONT) is not None


def test_a_changed_font_file_is_read_again(tmp_path, monkeypatch):
    monkeypatch.setenv("KINERJA_CACHE_DIR", str(tmp_path / "cache"))
    font = tmp_path / "DejaVuSansCondensed.ttf"
    font.write_bytes(FONT.read_bytes())
    fonts.load_face(font)
    assert fonts._read(font) is not None
    st = font.stat()
    os.utime(font, ns=(st.st_atime_ns, st.st_mtime_ns + 10**9))  # replaced by an update
    assert fonts._read(font) is None
    fonts.load_face(font)
    assert fonts._read(font) is not None


def test_an_unwritable_cache_folder_only_costs_time(tmp_path, monkeypatch):
    blocker = tmp_path / "berkas"
    blocker.write_text("bukan folder")
    monkeypatch.setenv("KINERJA_CACHE_DIR", str(blocker))
    assert _attrs(fonts.load_face(FONT)) == _attrs(TTFontFace(str(FONT)))
    assert blocker.read_text() == "bukan folder" and list(tmp_path.iterdir()) == [blocker]


def test_the_cache_lives_in_the_users_folder_never_beside_the_app(tmp_path, monkeypatch):
    monkeypatch.delenv("KINERJA_CACHE_DIR", raising=False)
    monkeypatch.setenv("KINERJA_DATA_DIR", str(tmp_path / "data"))
    assert fonts.cache_dir() == tmp_path / "data" / "cache"
    monkeypatch.delenv("KINERJA_DATA_DIR")
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "Local"))
    assert fonts.cache_dir() == tmp_path / "Local" / "KinerjaKecamatan" / "Cache"
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert fonts.cache_dir() == tmp_path / "xdg" / "KinerjaKecamatan"


PRINT_CHILD = """
import sys
from app.cli import main
code = main(["--db", sys.argv[1], "print", "sk", "--out", sys.argv[2]])
print("PIL.ExifTags" in sys.modules, "PIL.Image" in sys.modules)
from PIL import Image
print(Image.open(sys.argv[3]).size, "PIL.ExifTags" in sys.modules)
sys.exit(code)
"""


def test_pillow_loads_only_when_an_image_is_printed(sample_path, tmp_path):
    from PIL import Image

    Image.new("RGBA", (40, 20), (0, 0, 255, 128)).save(tmp_path / "ttd.png")
    r = subprocess.run([sys.executable, "-c", PRINT_CHILD, str(sample_path), str(tmp_path / "sk.pdf"),
                        str(tmp_path / "ttd.png")], env={**os.environ, "PYTHONPATH": str(ROOT)},
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines()[-2:] == ["False True", "(40, 20) True"]


def test_a_command_collects_garbage_less_often_and_restores_the_setting(monkeypatch, tmp_path):
    import gc

    from app import cli

    seen = []
    monkeypatch.setitem(cli.COMMANDS, "print", lambda args: seen.append(gc.get_threshold()) or 0)
    before = gc.get_threshold()
    assert cli.main(["--db", str(tmp_path / "x.db"), "print", "sk", "--out", str(tmp_path / "x.pdf")]) == 0
    assert seen == [(100_000, 50, 1000)] and gc.get_threshold() == before


def test_a_paragraph_breaks_its_lines_once_per_width(monkeypatch):
    """A cell is measured at the column's width and drawn at the width between the column
    positions (a rounding apart): each width's lines are broken once, and a wrap after a
    declined split (ReportLab drops the lines) gives the same lines back."""
    from reportlab.platypus.paragraph import Paragraph

    from app.reports.common import Para, Styles

    st = Styles(8.5)
    broken = []
    real = Paragraph.breakLines
    monkeypatch.setattr(Paragraph, "breakLines", lambda self, w: broken.append(w[0]) or real(self, w))
    p, fresh = Para("kata " * 60, st.body), Paragraph("kata " * 60, st.body)
    first = p.wrap(107.52755905511813, 1000)
    assert p.wrap(107.52755905511812, 1000) == fresh.wrap(107.52755905511812, 1000)
    lines = p.blPara
    assert p.wrap(107.52755905511813, 1000) == first and p.split(107.52755905511813, 5) == []
    assert "blPara" not in vars(p)
    assert p.wrap(107.52755905511813, 1000) == first and p.blPara.lines == real(fresh, p._wrapWidths).lines
    assert p.wrap(107.52755905511812, 1000)[1] == first[1] and p.blPara is lines
    assert len(broken) == 3  # two widths for p, one for the fresh paragraph (then the check above)


@pytest.mark.parametrize("text", ["Persentase capaian", "  dua  spasi\n dan\tbaris  ", "1.004.422,80 %", "➢ Ümi",
                                  "x" * 3000, "a.n. CAMAT BELAWANG"])
def test_plain_text_gets_the_fragments_the_parser_makes(text):
    from reportlab.platypus.paragraph import Paragraph

    from app.reports.common import Para, Styles

    st = Styles(8.5)
    for style in (st.body, st.bold, st.title, st.bullet, st.small):
        ours, theirs = Para(text, style), Paragraph(text, style)
        assert ours.text == theirs.text and ours.style is theirs.style and ours.bulletText == theirs.bulletText
        assert [vars(f) for f in ours.frags] == [vars(f) for f in theirs.frags]
        assert ours.wrap(100, 1000) == theirs.wrap(100, 1000)
    assert Para(text, st.body).frags[0].link is not Para(text, st.body).frags[0].link


@pytest.mark.parametrize("text", ["", "<b>tebal</b>", "a &amp; b", "baris<br/>baru", "&lt;img src=a&gt;"])
def test_text_with_markup_still_goes_through_the_parser(text):
    from reportlab.platypus.paragraph import Paragraph

    from app.reports.common import Para, Styles

    st = Styles(8.5)
    ours, theirs = Para(text, st.body), Paragraph(text, st.body)
    assert [vars(f) for f in ours.frags] == [vars(f) for f in theirs.frags]


def test_plain_text_is_not_parsed_again(monkeypatch):
    from reportlab.platypus.paraparser import ParaParser

    from app.reports.common import Para, Styles

    st = Styles(8.5)
    Para("pertama", st.body)
    parsed = []
    real = ParaParser.parse
    monkeypatch.setattr(ParaParser, "parse", lambda self, text, style: parsed.append(text) or real(self, text, style))
    Para("kedua, tanpa markup", st.body)
    Para("ketiga &amp; markup", st.body)
    assert parsed == ["ketiga &amp; markup"]


ARGVS = [["--db", "x.db", "print", "sk", "--out", "a.pdf"], ["print", "sk", "--db", "x.db", "--out", "a.pdf"],
         ["--db=x.db", "print", "lampiran", "--out", "a.pdf", "--jabatan", "Camat", "--paper", "f4", "--margin", "20"],
         ["print", "matriks", "--out", "m.docx", "--periode", "2018-2022", "--format", "docx"],
         ["print", "capaian", "--out", "c.pdf", "--tahun", "2019", "--triwulan", "2"],
         ["print", "pk", "--out", "p.pdf", "--tahun", "2020", "--revisi", "1"],
         ["print", "pengukuran", "--out", "p.pdf", "--tahun", "2020", "--triwulan", "3", "--jabatan", "x"]]


@pytest.mark.parametrize("argv", ARGVS)
def test_a_print_is_read_by_its_own_parser_as_by_the_whole(argv, monkeypatch):
    """A plain `print DOCUMENT …` is read by that command's parser alone (building every
    command's parser was ~8 ms of a short print): the same arguments as the whole parser's."""
    from app import cli

    whole = cli.build_parser().parse_args(argv)
    monkeypatch.setattr(cli.berkas, "daftar", lambda *a: pytest.fail("the whole parser was built"))
    assert cli._parse(argv) == whole


@pytest.mark.parametrize("argv", [["print", "sk"], ["print", "sk", "--out", "a.pdf", "--paper", "a5"],
                                  ["print", "sk", "--out", "a.pdf", "--bukan"], ["print", "capaian", "--out", "a.pdf"],
                                  ["print", "skripsi", "--out", "a.pdf"], ["print", "sk", "--out", "a.pdf", "ekstra"],
                                  ["print", "--help"], ["print", "sk", "-h"], ["--version"], ["print", "sk", "--he"]])
def test_mistakes_and_help_say_what_the_whole_parser_says(argv, capsys):
    from app import cli

    def run(parse):
        with pytest.raises(SystemExit) as exc:
            parse(argv)
        out = capsys.readouterr()
        return exc.value.code, out.out, out.err

    got = run(cli._parse)
    assert got == run(lambda a: cli.build_parser().parse_args(a))
    assert got[0] in (0, 2) and (got[1] or got[2])


def test_other_forms_go_to_the_whole_parser():
    from app import cli

    for argv in (["--d", "x.db", "print", "sk", "--out", "a.pdf"], ["check", "--db", "x.db"],
                 ["print", "sk", "--out", "a.pdf", "--jabatan", "-h x"]):
        assert cli._perintah_cetak(argv) is None
    assert cli._parse(["--d", "x.db", "print", "sk", "--out", "a.pdf"]).db == Path("x.db")


def test_reportlabs_accelerators_are_shipped():
    """rl_accel (ReportLab's C number formatting and escaping: ~7 % of a short print's
    work) is a dependency, pinned with its hash for the Windows build, and frozen into
    the bundle (ReportLab imports it by name inside exec(), which PyInstaller cannot see)."""
    assert '"rl_accel==0.9.1"' in (ROOT / "pyproject.toml").read_text()
    pins = (ROOT / "installer" / "windows" / "requirements-windows.txt").read_text().splitlines()
    assert any(re.fullmatch(r"rl-accel==0\.9\.1 --hash=sha256:[0-9a-f]{64}", line) for line in pins)
    assert '"_rl_accel"' in (ROOT / "installer" / "kinerja.spec").read_text()


ACCEL_CHILD = """
import reportlab
reportlab._rl_testing = True  # ReportLab then keeps its Python versions beside the C ones
from reportlab.lib import rl_accel
py, c = rl_accel._py_funcs, rl_accel._c_funcs
numbers = [0, 1e-8, -1e-8, 0.5, -0.25, 1, 12.345678, 595.2756, 841.8898, 1e6, -3.3333333, 2 / 3, 123456.789, 7.0]
for x in numbers:
    assert c["fp_str"](x) == py["fp_str"](x), x
assert c["fp_str"](*numbers) == py["fp_str"](*numbers) and c["fp_str"](numbers) == py["fp_str"](numbers)
for s in (b"(a) \\\\ b", "Kantor #2/Data \\u00dcmi".encode("latin-1"), bytes(range(256))):
    assert c["escapePDF"](s) == py["escapePDF"](s), s
print("sama")
"""


def test_the_accelerators_write_what_reportlab_writes_without_them():
    pytest.importorskip("_rl_accel")  # not yet in every development environment
    r = subprocess.run([sys.executable, "-c", ACCEL_CHILD], env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 0 and r.stdout.split() == ["sama"], r.stderr


END_CHILD = """
import atexit, sys
atexit.register(lambda: print("tear-down"))
sys.argv = ["kinerja", *sys.argv[1:]]
from app.cli import main
sys.exit(main())
"""


def _process(*argv):
    return subprocess.run([sys.executable, "-c", END_CHILD, *map(str, argv)], env={**os.environ, "PYTHONPATH": str(ROOT)},
                          capture_output=True, text=True, timeout=60)


def test_a_print_process_ends_without_the_interpreters_tear_down(sample_path, tmp_path):
    """Freeing every module and object one by one was ~8 % of a short print: the process
    ends as soon as the PDF is written, with its output and exit status as before."""
    from pypdf import PdfReader

    r = _process("--db", sample_path, "print", "sk", "--out", tmp_path / "sk.pdf")
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines()[-1] == f"{tmp_path / 'sk.pdf'}: 14 halaman" and "tear-down" not in r.stdout
    assert r.stdout.startswith("Periode: 2018-2022") and len(PdfReader(tmp_path / "sk.pdf").pages) == 14
    r = _process("--db", tmp_path / "tidak-ada.db", "print", "sk", "--out", tmp_path / "x.pdf")
    assert r.returncode == 2 and "tidak ditemukan" in r.stderr and r.stdout == ""
    r = _process("--db", sample_path, "check")  # other commands end as any Python process
    assert r.returncode == 0 and r.stdout.splitlines()[-1] == "tear-down"
    r = _process("--db", sample_path, "print", "--help")  # the help: the whole parser, argparse's exit
    assert r.returncode == 0 and "sk" in r.stdout and r.stdout.splitlines()[-1] == "tear-down"
