"""The Belawang sample: every cell of the reference reached the database verbatim."""

import datetime as dt
import re
from decimal import Decimal as D

import pytest

from app.models.sample import load_sample
from tests.helpers import REFERENCE, SHARED_REFERENCE


def squash(text: str) -> str:
    """The reference is a PDF extraction: line breaks and spaces inside a cell are noise,
    and words split at a line end ("Pemberday aan") come back together without them."""
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def reference() -> str:
    return squash(REFERENCE.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def sample() -> dict:
    return load_sample("belawang")


def test_reference_copy_is_the_original():
    if not SHARED_REFERENCE.exists():
        pytest.skip("../shared is not beside this clone")
    assert REFERENCE.read_bytes() == SHARED_REFERENCE.read_bytes()


def _sample_strings(sample: dict):
    """Every string of the sample that stands in the reference, with where it came from."""
    yield "kecamatan.nama", sample["kecamatan"]["nama"]
    yield "pegawai.nama", sample["pegawai"][0]["nama"]
    yield "periode.matriks_judul", sample["periode"]["matriks_judul"]
    yield "periode.matriks_tahun", sample["periode"]["matriks_tahun"]
    for j in sample["jabatan"]:
        if j["kode"] == "camat":
            continue  # the Camat has no lampiran in the reference (Lampiran I is absent)
        yield f"{j['kode']}.nama", j["nama"]
        yield f"{j['kode']}.tugas", j["tugas"]
        for n, f in enumerate(j["fungsi"], start=1):
            yield f"{j['kode']}.fungsi[{n}]", f"{n}. {f}"
        for s in j["sasaran"]:
            yield f"{j['kode']}.sasaran", f"{s['nomor']} {s['nama']}"
            if s.get("urutan_matriks"):
                yield f"{j['kode']}.sasaran.matriks", s.get("nama_matriks", s["nama"])
            for ind in s["indikator"]:
                if ind.get("di_lampiran", True):
                    yield f"{j['kode']}.indikator", f"{ind.get('nomor', '')} {ind['nama']}"
                    for p in ind["penjelasan"]:
                        yield f"{j['kode']}.penjelasan", ("➢ " if ind.get("penjelasan_berbutir", True) else "") + p
                    yield f"{j['kode']}.pj+sumber", ind["penanggung_jawab"] + " " + ind["sumber_data"]
                m = ind.get("matriks")
                if m:
                    name = m.get("nama", ind["nama"])
                    yield f"{j['kode']}.matriks.indikator", f"{name} {m['formulasi']}"
                    yield f"{j['kode']}.matriks.target+sumber", " ".join(m["target"]) + " " + m["sumber_data"]
    d = sample["keputusan"]
    for lamp in d["lampiran"]:
        if lamp["kepala"]:
            yield "lampiran.kepala", lamp["kepala"]
    yield "keputusan.nomor", f"Nomor : {d['nomor']} Tahun {d['tahun']}"
    yield "keputusan.ttd", f"{d['ttd_jabatan']} {d['ttd_nama']} NIP. 19741018 199403 1 003"


def test_every_sample_string_stands_in_the_reference(sample, reference):
    missing = [(where, text) for where, text in _sample_strings(sample) if squash(text) not in reference]
    assert missing == []


def test_the_reference_has_no_cell_the_sample_lacks(sample, reference):
    """Walk the other way: cut every sample string out of the reference; what is left must
    be only the fixed wording of the two documents (headers, titles), nothing of substance."""
    rest = reference
    # The fixed wording printed by the report layouts, not data:
    for fixed in ["INDIKATORKINERJAUTAMAKECAMATANBELAWANGKABUPATENBARITOKUALA", "JABATAN:", "TUGAS:", "FUNGSI:",
                  "NOKINERJAUTAMAINDIKATORKINERJAUTAMAPENJELASAN(MAKNAINDIKATOR,ALASANPEMILIHANDANCARAPERHITUNGANINDIKATORPENANGGUNGJAWABSUMBERDATA",
                  "SASARANKEGIATANINDIKATORKINERJAFORMULASIPERHITUNGAN/PENJELASANTARGETSUMBERDATA20182019202020212022",
                  "Tanggal:30Mei2018", "KECAMATANBELAWANG", "Belawang,30Mei2018"]:
        rest = rest.replace(fixed, "|")
    strings = sorted((squash(t) for _, t in _sample_strings(sample)), key=len, reverse=True)
    for s in strings:
        rest = rest.replace(s, "|") if s else rest  # repeated blocks: signature, Nomor line
    leftover = [piece for piece in rest.split("|") if piece]
    assert leftover == [], leftover


def test_sample_database_matches_the_sample_file(sample, sample_store):
    """Walk the sample file against the database, field by field."""
    store = sample_store
    k = store.kecamatan()
    assert (k.nama, k.kabupaten, k.tempat) == ("Belawang", "Barito Kuala", "Belawang")
    (periode,) = store.periode_list()
    p = sample["periode"]
    assert (periode.nama, periode.tahun_awal, periode.tahun_akhir, periode.matriks_judul, periode.matriks_tahun) == (
        p["nama"], p["tahun_awal"], p["tahun_akhir"], p["matriks_judul"], p["matriks_tahun"])
    assert periode.matriks_tanggal == dt.date(2018, 5, 30)

    jabatan = store.jabatan_all(periode.id)
    assert [j.nama for j in jabatan] == [j["nama"] for j in sample["jabatan"]]
    by_code = {}
    for got, want in zip(jabatan, sample["jabatan"]):
        by_code[want["kode"]] = got
        assert got.tugas == want["tugas"]
        assert list(got.fungsi) == want["fungsi"]
        assert got.eselon == want["eselon"]
        if want["atasan"]:
            assert got.atasan_id == by_code[want["atasan"]].id
        else:
            assert got.atasan_id is None
        assert len(got.sasaran) == len(want["sasaran"])
        for gs, ws in zip(got.sasaran, want["sasaran"]):
            assert (gs.nomor, gs.nama, gs.nama_matriks, gs.urutan_matriks) == (
                ws["nomor"], ws["nama"], ws.get("nama_matriks"), ws.get("urutan_matriks"))
            assert len(gs.indikator) == len(ws["indikator"])
            for gi, wi in zip(gs.indikator, ws["indikator"]):
                m = wi.get("matriks") or {}
                assert gi.nomor == wi.get("nomor", "")
                assert gi.nama == wi["nama"]
                assert gi.jenis == wi["jenis"]
                assert gi.satuan == wi.get("satuan", "")
                assert list(gi.penjelasan) == wi["penjelasan"]
                assert gi.penjelasan_berbutir == wi.get("penjelasan_berbutir", True)
                assert gi.penanggung_jawab == wi["penanggung_jawab"]
                assert gi.sumber_data == wi["sumber_data"]
                assert gi.di_lampiran == wi.get("di_lampiran", True)
                assert gi.di_matriks == bool(m)
                assert gi.formulasi == m.get("formulasi", "")
                assert gi.nama_matriks == m.get("nama")
                assert gi.sumber_data_matriks == m.get("sumber_data")
                assert [t.nilai for t in gi.target] == [D(v) for v in m.get("target", [])]
                assert [t.tahun for t in gi.target] == (list(periode.tahun) if m else [])

    (kep,) = store.keputusan_list()
    d = sample["keputusan"]
    assert (kep.nomor, kep.tahun, kep.tanggal, kep.sebutan) == ("24", 2018, dt.date(2018, 5, 30), d["sebutan"])
    assert (kep.ttd_jabatan, kep.ttd_nama, kep.ttd_nip) == (d["ttd_jabatan"], d["ttd_nama"], d["ttd_nip"])
    assert [(l.nomor, l.jabatan_id, l.kepala) for l in kep.lampiran] == [
        (w["nomor"], by_code[w["jabatan"]].id, w["kepala"]) for w in d["lampiran"]]


def test_known_strings_by_hand(sample_store):
    """A handful of cells checked against the reference by eye, typed here by hand."""
    store = sample_store
    periode = store.periode_list()[0]
    jab = {j.nama: j for j in store.jabatan_all(periode.id)}
    kep = store.keputusan_list()[0]
    assert kep.ttd_nama == "MUHAMMAD HUSAINI, S.Sos, M.Si"
    assert kep.ttd_nip == "197410181994031003"
    assert kep.ttd_jabatan == "CAMAT BELAWANG,"
    assert [l.nomor for l in kep.lampiran] == ["V", "VI", "VII", "VIII", "II", "III", "IV"]
    iv = kep.lampiran[-1]
    assert iv.kepala is None and iv.jabatan_id == jab["Kasubbag Umum dan Kepegawaian"].id

    pem = jab["KASI PEMERINTAHAN"]
    assert pem.fungsi[2] == "Mengkoordinir dan menyiapkan bahan invenatrisasi desa/ kelurahan."
    paskibra = pem.sasaran[1].indikator[0]
    assert paskibra.nama == "Jumlah peserta paskibraka yang terlatih"
    assert paskibra.nama_di_matriks == "Jumlah peserta paskibra yang terlatih"

    sek = jab["Sekretaris Kecamatan"]
    nameless = sek.sasaran[0].indikator[1]
    assert nameless.nama == ""
    assert nameless.penjelasan[0] == "Semua pegawai harus terpenuhi akan hak dan kewajibannya."

    pka = jab["Kepala Sub Bagian Perencanaan, Keuangan dan Aset."]
    assert pka.sasaran[0].indikator[0].nama == "Jumlah LAKIP Kecamatab Belawang yang tersusun sesuai ketentuan"
    assert pka.sasaran[1].indikator[0].sumber_data.splitlines() == [
        "a. Bendahara Pengeluaran", "b. Bendahara penerimaan", "c. Pengurus Barang", "d. Pembantu Pengurus Barang"]
    sop, pengadaan = pka.sasaran[2], pka.sasaran[3]
    assert (sop.nomor, sop.nama) == ("4", "1. Menyusun SOP")
    assert (pengadaan.nomor, pengadaan.nama) == ("5", "2. Membuat Anggaran Pengadaan Sasana")
    assert [i.nomor for i in pengadaan.indikator] == ["1.", "2.", "3.", "4.", "5.", "6.", "7."]
    assert pengadaan.indikator[6].nama == "Peralatan dan perlengkapan kantor lainnya"

    pm = jab["KASI PEMBERDAYAAN MASYARAKAT"]
    wanita = pm.sasaran[1]
    assert wanita.nomor == "2."
    assert wanita.indikator[0].nama == "Jumlah kelompok wanita yang aktif dalam kesetaraan jender"
    assert wanita.indikator[0].nama_di_matriks == "Persentase kelompok wanita yang aktif dalam kesetaraan gender"
    assert wanita.indikator[0].penanggung_jawab == "" and wanita.indikator[0].sumber_data == ""
    lembaga = wanita.indikator[1]
    assert lembaga.nama == "Persentase lembaga ekonomi desa yang dibina"
    assert (lembaga.di_lampiran, lembaga.di_matriks) == (False, True)

    kesra = jab["KASI KESEJAHTERAAN RAKYAT DAN PELAYANAN"].sasaran[0]
    assert kesra.nama_di_matriks == "Meningkatnya pelayanan kepada masyarakat"
    pmks = kesra.indikator[1]
    assert [t.nilai for t in pmks.target] == [D(0), D(0), D(300), D(275), D(250)]
    assert kesra.indikator[0].sumber_data_di_matriks == "-Sekcam\n- Kasi Kesra dan Pelayanan"
    assert [t.nilai for t in kesra.indikator[0].target] == [D(90), D(90), D(90), D(90), D(93)]

    trantib = jab["KASI KETENTRAMAN DAN KETERTIBAN"].sasaran[0]
    assert [t.nilai for t in trantib.indikator[1].target] == [D(13), D(13), D(18), D(22), D(26)]
    assert trantib.indikator[0].formulasi.endswith("terhadap pelaksanaan perda di kecamatan x 100")


def test_matrix_order_and_membership(sample_store):
    """The matrix lists 6 objectives with 11 indicators, in its own order."""
    periode = store_periode = sample_store.periode_list()[0]
    sas = [s for j in sample_store.jabatan_all(store_periode.id) for s in j.sasaran if s.urutan_matriks]
    sas.sort(key=lambda s: s.urutan_matriks)
    assert [s.nama_di_matriks for s in sas] == [
        "Meningkatnya pelayanan kepada masyarakat",
        "Meningkatnya ketenteraman dan ketertiban dalam wilayah kecamatan",
        "Meningkatnya kualitas dokumen perencanaan dan penyusunan APBDes",
        "Meningkatnya peran serta wanita dalam kesetaraan jender",
        "Meningkatnya kualitas administrasi desa",
        "Meningkatnya peran serta kepemudaan dalam pembangunan",
    ]
    matrix = [i for s in sas for i in s.indikator if i.di_matriks]
    assert len(matrix) == 11
    assert all(len(i.target) == len(periode.tahun) for i in matrix)
