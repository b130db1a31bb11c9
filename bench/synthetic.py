"""A large synthetic database: 50 jabatan, 2,000 indicators, 10 years of targets and
quarterly realisasi (80,000 rows). Used by the benchmarks, never by the tests' timings."""

from __future__ import annotations

import random
import sqlite3
import sys
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.models import db as dbmod  # noqa: E402
from app.models.schema import (  # noqa: E402
    using,
    Fungsi, Indikator, Jabatan, Kecamatan, Keputusan, Lampiran, Pegawai, Penjelasan, Periode,
    Realisasi, Sasaran, Target,
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


def build(path: Path, seed: int = 1) -> Path:
    rnd = random.Random(seed)
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
            Fungsi.insert_many([{"jabatan": jid, "urutan": n, "teks": f"Fungsi nomor {n} " * 8}
                                for jid in jab_ids for n in range(1, 7)]).execute()
            keputusan = Keputusan.create(periode=periode, nomor="1", tahun=YEARS[0], tanggal="2018-01-02",
                                         sebutan="SK Camat", ttd_jabatan="CAMAT SINTETIS,", ttd_nama=camat.nama,
                                         ttd_nip=camat.nip)
            Lampiran.insert_many([{"keputusan": keputusan.id, "jabatan": jid, "nomor": str(n + 1), "urutan": n}
                                  for n, jid in enumerate(jab_ids)]).execute()
            sas_ids = []
            for jid in jab_ids:
                for s in range(SASARAN_PER_JABATAN):
                    sas_ids.append(Sasaran.create(jabatan=jid, periode=periode, nomor=str(s + 1),
                                                  nama=sasaran_names[(len(sas_ids)) % len(sasaran_names)], urutan=s).id)
            ind_rows = []
            for n in range(N_INDIKATOR):
                kind = "jumlah" if n % 3 == 0 else "persentase"
                ind_rows.append({"sasaran": sas_ids[n % len(sas_ids)],
                                 "nama": f"{indikator_names[n % len(indikator_names)]} ({n + 1})",
                                 "urutan": n, "jenis": kind, "satuan": "%" if kind == "persentase" else "dokumen",
                                 "formulasi": "A / B X 100 %", "penanggung_jawab": "Kasi", "sumber_data": "Laporan"})
            Indikator.insert_many(ind_rows).execute()
            ind_ids = [r[0] for r in db.execute_sql("SELECT id FROM indikator ORDER BY id").fetchall()]
            Penjelasan.insert_many([{"indikator": i, "urutan": k, "teks": penjelasan_texts[(i + k) % len(penjelasan_texts)]}
                                    for i in ind_ids for k in range(1, 4)]).execute()
            targets = [{"indikator": i, "tahun": y, "nilai": Decimal(rnd.randrange(50, 101))}
                       for i in ind_ids for y in YEARS]
            for chunk in range(0, len(targets), 5000):
                Target.insert_many(targets[chunk:chunk + 5000]).execute()
            real = [{"indikator": i, "tahun": y, "triwulan": q, "nilai": Decimal(rnd.randrange(0, 10000)) / 100,
                     "catatan": ""} for i in ind_ids for y in YEARS for q in (1, 2, 3, 4)]
            for chunk in range(0, len(real), 5000):
                Realisasi.insert_many(real[chunk:chunk + 5000]).execute()

    dbmod.create_database(path, fill)
    return path


if __name__ == "__main__":
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/kinerja-sintetis.db")
    build(out)
    con = sqlite3.connect(out)
    print(out, {t: con.execute(f"select count(*) from {t}").fetchone()[0] for t in ("jabatan", "indikator", "target", "realisasi")})
