"""A large synthetic database: 50 jabatan, 2,000 indicators (or any number: 20,000 for the
matrix bench), all of them in the lampiran and the matrix, 10 years of targets and quarterly
realisasi (80,000 rows for 2,000 indicators). Used by the benchmarks, never by the tests'
timings.

    .venv/bin/python bench/synthetic.py [out.db] [indicators]
"""

from __future__ import annotations

import random
import sqlite3
import sys
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.models.sqlite import connect as dbmod  # noqa: E402
from app.models.schema import (  # noqa: E402
    using,
    Fungsi, Indikator, Jabatan, Kecamatan, Keputusan, Lampiran, Pegawai, Penjelasan, Periode,
    Realisasi, Sasaran, Target, PerjanjianKinerja, TargetPK,
)

N_JABATAN, N_INDIKATOR, YEARS = 50, 2000, list(range(2018, 2028))


def _belawang_texts() -> tuple[list[str], list[str], list[str]]:
    """Real wording to cycle through, so that rows wrap like real ones do."""
    from app.models.sample import load_sample

    data = load_sample("belawang")
    sasaran = [s["nama"] for j in data["jabatan"] for s in j["sasaran"] if s["nama"]]
    indikator = [i["nama"] for j in data["jabatan"] for s in j["sasaran"] for i in s["indikator"] if i["nama"]]
    penjelasan = [p for j in data["jabatan"] for s in j["sasaran"] for i in s["indikator"] for p in i["penjelasan"]]
    return sasaran, indikator, penjelasan
SASARAN_PER_JABATAN = 8


def _insert(model, rows: list[dict]) -> None:
    """insert_many in batches that stay under SQLite's limit of bound variables (32,766
    since SQLite 3.32, 999 before): 20,000 indicators in one statement are refused."""
    if not rows:
        return
    limit = model._meta.database.connection().getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
    per_row = len(model._meta.fields)  # peewee also binds every field that has a default
    size = max(1, limit // per_row)
    for start in range(0, len(rows), size):
        model.insert_many(rows[start:start + size]).execute()


def build(path: Path, seed: int = 1, n_indikator: int | None = None) -> Path:
    rnd = random.Random(seed)
    n_indikator = N_INDIKATOR if n_indikator is None else n_indikator
    path = Path(path)
    if path.exists():
        path.unlink()

    sasaran_names, indikator_names, penjelasan_texts = _belawang_texts()

    def fill(db):
        with using(db):
            Kecamatan.create(nama="Sintetis", kabupaten="Uji Coba", tempat="Sintetis")
            camat = Pegawai.create(nama="DRS. CONTOH CAMAT, M.Si", nip="197410181994031003")
            periode = Periode.create(nama=f"{YEARS[0]}-{YEARS[-1]}", tahun_awal=YEARS[0], tahun_akhir=YEARS[-1])
            jab_ids = []
            for j in range(N_JABATAN):
                parent = None if j == 0 else jab_ids[0 if j < 6 else rnd.randrange(1, 6)]
                row = Jabatan.create(nama=f"Jabatan {j + 1:02d}", atasan=parent, eselon="IV.a", urutan=j,
                                     tugas="Membantu camat " * 20, pemegang=camat if j == 0 else None)
                jab_ids.append(row.id)
            _insert(Fungsi, [{"jabatan": jid, "urutan": n, "teks": f"Fungsi nomor {n} " * 8}
                             for jid in jab_ids for n in range(1, 7)])
            keputusan = Keputusan.create(periode=periode, nomor="1", tahun=YEARS[0], tanggal="2018-01-02",
                                         sebutan="SK Camat", ttd_jabatan="CAMAT SINTETIS,", ttd_nama=camat.nama,
                                         ttd_nip=camat.nip)
            _insert(Lampiran, [{"keputusan": keputusan.id, "jabatan": jid, "nomor": str(n + 1), "urutan": n}
                               for n, jid in enumerate(jab_ids)])
            sas_ids = []
            for jid in jab_ids:
                for s in range(SASARAN_PER_JABATAN):
                    sas_ids.append(Sasaran.create(jabatan=jid, periode=periode, nomor=str(s + 1),
                                                  nama=sasaran_names[(len(sas_ids)) % len(sasaran_names)], urutan=s).id)
            ind_rows = []
            for n in range(n_indikator):
                kind = "jumlah" if n % 3 == 0 else "persentase"
                ind_rows.append({"sasaran": sas_ids[n % len(sas_ids)],
                                 "nama": f"{indikator_names[n % len(indikator_names)]} ({n + 1})",
                                 "urutan": n, "jenis": kind, "satuan": "%" if kind == "persentase" else "dokumen",
                                 "formulasi": "A / B X 100 %", "penanggung_jawab": "Kasi", "sumber_data": "Laporan",
                                 "di_matriks": True})
            _insert(Indikator, ind_rows)
            ind_ids = [r[0] for r in db.execute_sql("SELECT id FROM indikator ORDER BY id").fetchall()]
            _insert(Penjelasan, [{"indikator": i, "urutan": k, "teks": penjelasan_texts[(i + k) % len(penjelasan_texts)]}
                                 for i in ind_ids for k in range(1, 4)])
            targets = [{"indikator": i, "tahun": y, "nilai": Decimal(rnd.randrange(50, 101))}
                       for i in ind_ids for y in YEARS]
            _insert(Target, targets)
            real = [{"indikator": i, "tahun": y, "triwulan": q, "nilai": Decimal(rnd.randrange(0, 10000)) / 100,
                     "catatan": ""} for i in ind_ids for y in YEARS for q in (1, 2, 3, 4)]
            _insert(Realisasi, real)
            _anggaran(db, rnd, periode.id, sas_ids)
            _perjanjian(db, periode.id, jab_ids, camat)
            _rencana_aksi(db, rnd, ind_ids)

    dbmod.create_database(path, fill)
    return path


N_PROGRAM, KEGIATAN_PER_PROGRAM, SUB_PER_KEGIATAN = 40, 5, 4  # 1,040 budget lines


def _anggaran(db, rnd: random.Random, periode_id: int, sas_ids: list[int]) -> None:
    """The budget (issue 13): programs 7.01.xx each linked to a sasaran, kegiatan under them,
    sub-kegiatan under those; pagu of every year and realisasi of every quarter on the
    sub-kegiatan (8,000 pagu and 32,000 realisasi rows)."""
    from app.models.schema import Pagu, Program, RealisasiAnggaran

    subs = []
    for p in range(N_PROGRAM):
        kode = f"7.01.{p + 1:02d}"
        pid = Program.insert(periode=periode_id, tingkat="program", kode=kode, nama=f"Program sintetis {p + 1}",
                             urutan=p, sasaran=sas_ids[(p * 7) % len(sas_ids)]).execute()
        for k in range(KEGIATAN_PER_PROGRAM):
            kid = Program.insert(periode=periode_id, induk=pid, tingkat="kegiatan", kode=f"{kode}.2.{k + 1:02d}",
                                 nama=f"Kegiatan {k + 1} program {p + 1}", urutan=k).execute()
            for n in range(SUB_PER_KEGIATAN):
                subs.append(Program.insert(periode=periode_id, induk=kid, tingkat="subkegiatan",
                                           kode=f"{kode}.2.{k + 1:02d}.{n + 1:04d}", nama=f"Sub-kegiatan {n + 1}",
                                           urutan=n).execute())
    pagu = {(s, y): Decimal(rnd.randrange(10, 500)) * 1_000_000 for s in subs for y in YEARS}
    _insert(Pagu, [{"program": s, "tahun": y, "nilai": v} for (s, y), v in pagu.items()])
    _insert(RealisasiAnggaran, [{"program": s, "tahun": y, "triwulan": q, "nilai": pagu[s, y] * rnd.randrange(10, 30) / 100}
                                for s in subs for y in YEARS for q in (1, 2, 3, 4)])
PK_TAHUN = 2020  # every jabatan has a Perjanjian Kinerja for this year (targets copied from the IKU)


def _perjanjian(db, periode_id: int, jab_ids: list[int], camat) -> None:
    rows = [{"jabatan": jid, "periode": periode_id, "tahun": PK_TAHUN, "revisi": 0, "tempat": "Sintetis",
             "atasan": None if n == 0 else jab_ids[0], "p1_nama": camat.nama if n == 0 else f"PEGAWAI {n}",
             "p1_jabatan": f"Jabatan {n + 1:02d}", "p2_nama": "BUPATI" if n == 0 else camat.nama,
             "p2_jabatan": "Bupati Uji Coba" if n == 0 else "Camat Sintetis", "p2_nip": None if n == 0 else camat.nip}
            for n, jid in enumerate(jab_ids)]
    _insert(PerjanjianKinerja, rows)
    db.execute_sql(  # the PK's content as signed (a snapshot of the IKU: app.models.pk_isi)
        "INSERT INTO target_pk (pk_id, indikator_id, nilai, teks, urutan, sasaran_nomor, sasaran, nomor, nama, satuan, "
        "jenis) SELECT p.id, i.id, t.nilai, '', s.urutan * 1000 + i.urutan, s.nomor, s.nama, i.nomor, i.nama, i.satuan, "
        "i.jenis FROM perjanjian_kinerja p JOIN sasaran s ON s.jabatan_id = p.jabatan_id "
        "JOIN indikator i ON i.sasaran_id = s.id LEFT JOIN target t ON t.indikator_id = i.id AND t.tahun = p.tahun")
    db.execute_sql(  # its budget lines: each program of its sasaran (no figure: the sum of its kegiatan), the kegiatan
        "INSERT INTO anggaran_pk (pk_id, urutan, tingkat, kode, nama, anggaran) "
        "SELECT p.id, pr.urutan * 100 + CASE WHEN g.induk_id IS NULL THEN 0 ELSE g.urutan + 1 END, g.tingkat, g.kode, "
        "g.nama, CASE WHEN g.induk_id IS NULL THEN NULL ELSE '100000000' END "
        "FROM perjanjian_kinerja p JOIN sasaran s ON s.jabatan_id = p.jabatan_id JOIN program pr ON pr.sasaran_id = s.id "
        "JOIN program g ON g.id = pr.id OR (g.induk_id = pr.id AND g.tingkat = 'kegiatan')")


AKSI = ("Rapat koordinasi dengan aparat desa", "Monitoring dan evaluasi ke desa-desa",
        "Pembinaan administrasi dan penyusunan laporan triwulan", "Sosialisasi kepada masyarakat")


def _rencana_aksi(db, rnd: random.Random, ind_ids: list[int]) -> None:
    """The rencana aksi of :data:`PK_TAHUN`: the four quarters of every indicator (8,000 rows
    for 2,000 indicators: target, one or two actions, budget), and kendala / solusi beside
    the realisasi of every fifth indicator that year."""
    from app.models.schema import RencanaAksi

    rows = []
    for n, i in enumerate(ind_ids):
        for q in (1, 2, 3, 4):
            aksi = "\n".join(AKSI[(n + q + k) % len(AKSI)] for k in range(1 + (n + q) % 2))
            target = Decimal(rnd.randrange(5, 30)) if n % 3 == 0 else Decimal(20 * q + rnd.randrange(0, 10))
            rows.append({"indikator": i, "tahun": PK_TAHUN, "triwulan": q, "target": target, "aksi": aksi,
                         "anggaran": Decimal(rnd.randrange(1, 200)) * 500_000})
    _insert(RencanaAksi, rows)
    db.execute_sql("UPDATE realisasi SET kendala = ?, solusi = ? WHERE tahun = ? AND indikator_id % 5 = 0",
                   ("Cuaca buruk dan keterbatasan anggaran perjalanan dinas menghambat kunjungan ke desa",
                    "Kunjungan dijadwal ulang dan koordinasi melalui telepon dengan perangkat desa", PK_TAHUN))


if __name__ == "__main__":
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/kinerja-sintetis.db")
    build(out, n_indikator=int(sys.argv[2]) if len(sys.argv) > 2 else N_INDIKATOR)
    con = sqlite3.connect(out)
    print(out, {t: con.execute(f"select count(*) from {t}").fetchone()[0] for t in ("jabatan", "indikator", "target", "realisasi")})
