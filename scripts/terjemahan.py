"""Build the translation catalogues in resources/terjemahan/.

    .venv/bin/python scripts/terjemahan.py

- qtbase_id.ts (hand-written: Qt's own buttons in Indonesian) is compiled to .qm;
- app_en.ts is regenerated from the source with pyside6-lupdate (plus the strings that
  tables pass to tr() at run time) and filled from ENGLISH below, then compiled.
A test fails when a string shown through tr() has no English translation here.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "terjemahan"
BIN = Path(sys.executable).parent

ENGLISH = {
"Simpan sebagai &Word…": "Save as &Word…",
"Simpan sebagai Word": "Save as Word",
"Dokumen Word (*.docx)": "Word document (*.docx)",
# the Perjanjian Kinerja tab (app/ui/pk_editor.py)
'Perjanjian &Kinerja': 'Performance &Agreement',
'Target (diambil dari target IKU saat PK dibuat; dapat diubah di PK ini):': 'Targets (taken from the IKU targets when the agreement was made; editable in this agreement only):',
'Isi PK seperti ditandatangani (diambil dari IKU saat PK dibuat; target dapat diubah di PK ini):': 'The agreement as signed (taken from the IKU when it was made; targets editable in this agreement only):',
'Perbarui dari &IKU && anggaran…': 'Update from &IKU && budget…',
'Ambil lagi sasaran, indikator dan anggaran PK ini dari IKU dan anggaran sekarang (target PK yang sudah ada tetap). PK tidak pernah berubah sendiri.': 'Take this agreement\'s objectives, indicators and budget again from the IKU and the budget as they are now (the targets already on it stay). An agreement never changes by itself.',
'Perbarui PK': 'Update agreement',
'Ambil lagi sasaran, indikator, satuan, program, kegiatan dan anggaran {0} {1} dari IKU dan anggaran sekarang? Target yang sudah ada di PK ini tetap. Dapat dibatalkan dengan Ctrl+Z.': 'Take the objectives, indicators, units, programmes, activities and budget of {0} {1} again from the IKU and the budget as they are now? The targets already on this agreement stay. Can be undone with Ctrl+Z.',
'&Buat PK': '&Make agreement',
'Buat PK Pe&rubahan': 'Make &revised agreement',
'Hapus P&K': 'Delete a&greement',
'&Cetak PK…': '&Print agreement…',
'Tem&pat:': '&Place:',
'misalnya 02 Januari 2019 (kosong: belum bertanggal)': 'e.g. 02 Januari 2019 (blank: not dated yet)',
'Pihak pertama (pemegang jabatan)': 'First party (holder of the post)',
'Pihak kedua (atasan langsung)': 'Second party (direct superior)',
'Diambil dari &jabatan:': 'Taken from &post:',
'Sasaran': 'Objective',
'Indikator': 'Indicator',
'Target IKU': 'IKU target',
'Target PK': 'Agreement target',
'Satuan': 'Unit',
'Jabatan ini belum punya Perjanjian Kinerja tahun {0}. Klik «Buat PK»: targetnya diambil dari target IKU tahun itu.': "This post has no performance agreement for {0} yet. Click «Make agreement»: its targets are taken from that year's IKU targets.",
'Dicetak di kertas {0}.': 'Printed on {0} paper.',
'(diketik — Bupati atau lainnya)': '(typed — the Bupati or another)',
'Hapus PK': 'Delete agreement',
'Hapus {0} jabatan ini? Dapat dibatalkan dengan Ctrl+Z.': 'Delete {0} of this post? Ctrl+Z takes it back.',
'Pratinjau cetak — Perjanjian Kinerja': 'Print preview — Performance agreement',
# Excel export and import (issue 14)
"Ekspor dibatalkan.": "Export cancelled.",
"Menyusun dokumen Word…": "Building the Word document…",
"Penyimpanan Word dibatalkan; tidak ada berkas yang ditulis.": "Saving as Word cancelled; no file was written.",
"Ekspor ke Excel": "Export to Excel",
"Semua jabatan": "All positions",
"Semua tahun yang berisi": "All years with data",
"&Templat kosong (judul kolom saja, untuk kecamatan baru)": "&Blank template (column headings only, for a new district)",
"&Jabatan:": "&Position:",
"Realisasi &tahun:": "Results of &year:",
"&Ekspor…": "&Export…",
"Batal": "Cancel",
"Buku kerja Excel (*.xlsx)": "Excel workbook (*.xlsx)",
"Diekspor ke {0}: {1} baris.": "Exported to {0}: {1} rows.",
"Diimpor dari {0}.": "Imported from {0}.",
"Mengimpor…": "Importing…",
"Mengekspor ke Excel…": "Exporting to Excel…",
"Impor dari Excel": "Import from Excel",
"Membaca buku kerja…": "Reading the workbook…",
# Berkas → Impor dokumen… read in the background (issue 14)
"Membaca dokumen…": "Reading the document…",
"Impor dokumen dibatalkan.": "Document import cancelled.",
"Ekspor ke E&xcel…": "Export to E&xcel…",
"Impor &dari Excel…": "Import &from Excel…",
"Impor dari Excel: {0}": "Import from Excel: {0}",
"Tempat": "Place",
"Lama": "Old",
"Baru": "New",
"Butir": "Item",
"Berubah ({0})": "Changed ({0})",
"Baru ({0})": "New ({0})",
"Di basis data": "In the database",
"Di buku kerja": "In the workbook",
"Konflik ({0})": "Conflicts ({0})",
"Alasan": "Reason",
"Ditolak ({0})": "Refused ({0})",
"Konflik dan isian yang ditolak tidak diimpor. Impor menjadi satu langkah yang dapat diurungkan (Ctrl+Z) dan tercatat di riwayat.": "Conflicts and refused cells are not imported. The import is one step that can be undone (Ctrl+Z) and is recorded in the history.",
"Bentuk matriks": "Layout of the matrix",
"Kembalikan ke bentuk &baku": "Back to the &preset",
"Baris judul matriks (satu per baris):": "Matrix title lines (one per line):",
"Penanda: {judul} {tahun} {tahun_awal} {tahun_akhir} {kecamatan} {KECAMATAN} {kabupaten} {KABUPATEN} {tempat} {tanggal}": "Placeholders: {judul} {tahun} {tahun_awal} {tahun_akhir} {kecamatan} {KECAMATAN} {kabupaten} {KABUPATEN} {tempat} {tanggal}",
"Kolom matriks": "Matrix column",
"Naikkan kolom": "Move column up",
"Turunkan kolom": "Move column down",
"&Kepala lampiran (satu baris atau lebih):": "Annex &heading (one line or more):",
"Cetak tanda tangan di bawah matriks": "Print the signature under the matrix",
"Pratinjau halaman pertama matriks": "Preview of the matrix's first page",
"Belum ada indikator di matriks untuk dipratinjau.": "No indicator in the matrix to preview yet.",
"Tanggal mat&riks:": "Mat&rix date:",
"misalnya 01 Nopember 2021 (kosong: tanggal keputusan)": "e.g. 01 Nopember 2021 (empty: the decree's date)",
"Baris judu&l (satu per baris):": "Tit&le lines (one per line):",
"Baris kepala (Label | isian):": "Heading lines (Label | value):",
"Belum ada lampiran untuk dipratinjau: isi nomor lampiran tiap jabatan.": "No annex to preview yet: fill in the annex number of each position.",
"B&entuk baku:": "Pr&eset:",
"Bentuk dokumen lampiran": "Layout of the annex",
"Catatan di bawah tabel:": "Note under the table:",
"Cetak JABATAN, TUGAS dan FUNGSI": "Print POSITION, DUTIES and FUNCTIONS",
"Cetak NAMA pemegang jabatan (IKI)": "Print the holder's NAME (IKI)",
"Judul yang dicetak": "Printed heading",
"Kolom tabel (centang yang dicetak; judul dapat diubah):": "Table columns (tick the printed ones; headings can be changed):",
"Naikka&n": "Move u&p",
"Penanda: {nomor} {tahun} {tanggal} {lampiran} {sebutan} {tempat} {kecamatan} {KECAMATAN} {kabupaten} {KABUPATEN} {jabatan} {JABATAN} {pemegang}": "Placeholders: {nomor} {tahun} {tanggal} {lampiran} {sebutan} {tempat} {kecamatan} {KECAMATAN} {kabupaten} {KABUPATEN} {jabatan} {JABATAN} {pemegang}",
"Penomoran &fungsi:": "&Function numbering:",
"B&utir penjelasan:": "Explanation b&ullet:",
"Pratinjau halaman pertama": "Preview of the first page",
"T&urunkan": "Move do&wn",
"Tempat dan tanggal di atas tanda tangan:": "Place and date above the signature:",
"misalnya 01 Nopember 2021 (kosong: belum bertanggal)": "e.g. 01 Nopember 2021 (empty: not dated yet)",
"&Hapus periode…": "&Delete period…",
"&Nama:": "&Name:",
"&Periode kecamatan kosong:": "&Period of the empty sub-district:",
"&Seluruh lampiran SK (menurut nomor), lalu matriks…": "&Whole decree: every annex (by number), then the matrix…",
"&Ubah periode…": "Change &period…",
"Hapus periode": "Delete period",
"Hapus periode «{0}» ({1}–{2})?\n\nIkut terhapus: {3} sasaran (dari {4} jabatan), {5} indikator, {6} target, {7} realisasi, {8} keputusan dengan {9} lampiran. Jabatan, fungsi dan pegawai tetap ada.\n\nPenghapusan dapat diurungkan dengan Ctrl+Z selama aplikasi terbuka, atau dipulihkan dari Riwayat perubahan.": "Delete period «{0}» ({1}–{2})?\n\nAlso deleted: {3} objectives (of {4} positions), {5} indicators, {6} targets, {7} results, {8} decrees with {9} annexes. Positions, functions and employees stay.\n\nThe deletion can be undone with Ctrl+Z while the app is open, or restored from the change history.",
"Target dan realisasi tahun yang keluar dari periode tidak dihapus: tetap disimpan dan tampil lagi bila tahunnya masuk periode kembali.": "Targets and results of years that fall outside the period are not deleted: they are kept and shown again when the period covers their years again.",
"Ubah periode": "Change period",
"Ubah tahun periode": "Change the period's years",
"{0}\n\nTetap ubah tahun periode «{1}»?": "{0}\n\nChange the years of period «{1}» anyway?",
"\n\nIkut terhapus: {0}.": "\n\nAlso deleted: {0}.",
"\n\nTautan yang dilepas: {0}.": "\n\nLinks removed: {0}.",
"&Atasan:": "&Reports to:",
"&Awalan penanda tangan:": "Signer &prefix:",
"&Bahasa tampilan (berlaku setelah aplikasi dibuka ulang):": "Display &language (after restarting the app):",
"&Berkas": "&File",
"&Cari": "&Find",
"&Edit": "&Edit",
"&Eselon:": "&Echelon:",
"&Formulasi (matriks):": "&Formula (matrix):",
"&Fungsi:": "&Functions:",
"&Gandakan indikator": "&Duplicate indicator",
"&Hapus…": "&Delete…",
"&Jabatan penanda tangan:": "Signer's &position:",
"&Jenis:": "&Kind:",
"&Kabupaten:": "&Regency (kabupaten):",
"&Keluar": "&Quit",
"&Kinerja utama / sasaran:": "&Objective (kinerja utama):",
"&Lihat": "&View",
"&Nama indikator:": "&Indicator name:",
"&Nama jabatan:": "&Position name:",
"&Nama kecamatan:": "&Sub-district name:",
"&Nomor:": "&Number:",
"&Pangkat/golongan:": "&Rank/grade:",
"&Pemegang:": "&Holder:",
"&Periode baru (salin periode ini)…": "&New period (copy of this one)…",
"&Periode:": "&Period:",
"&Polaritas:": "&Polarity:",
"&Realisasi per triwulan (nilai, atau pembilang dan penyebut):": "&Results per quarter (a value, or numerator and denominator):",
"&Ringkasan kecamatan": "Sub-district &overview",
"&Rumus capaian polaritas negatif:": "&Achievement formula for negative polarity:",
"&Satuan:": "&Unit:",
"&Sebutan pada kepala lampiran:": "&Title in the annex header:",
"&Tahun:": "&Year:",
"&Tambah {0}": "&Add {0}",
"&Target per tahun:": "&Targets per year:",
"&Tempat pada tanda tangan:": "&Place on signatures:",
"&Tentang {0}": "&About {0}",
"&Tugas:": "&Duty:",
"&Urungkan": "&Undo",
"&Urutan di matriks:": "&Order in the matrix:",
"(2 × target − realisasi) / target × 100 % (PermenPAN-RB)": "(2 × target − result) / target × 100 % (PermenPAN-RB)",
"(belum diisi)": "(not filled in)",
"(indikator tanpa nama)": "(unnamed indicator)",
"(jabatan tanpa nama)": "(unnamed position)",
"(kecamatan belum diisi)": "(sub-district not filled in)",
"(sasaran tanpa nama)": "(unnamed objective)",
"(tanpa nama)": "(unnamed)",
"(tidak ada — pimpinan)": "(none — head of office)",
"<b>{0}</b> versi {1}<p>Indikator kinerja kecamatan dan lampiran Keputusan Camat, tanpa internet.</p><p>Berkas data: {2}</p>": "<b>{0}</b> version {1}<p>Performance indicators of a sub-district and the annexes of the Camat's decree, offline.</p><p>Data file: {2}</p>",
"<h2>Selamat datang</h2><p>Belum ada data di komputer ini. Data akan disimpan di:<br><tt>{0}</tt></p><p>Mulai dengan contoh lampiran Keputusan Camat Belawang Nomor 24 Tahun 2018 (dapat diubah atau dihapus kemudian), atau dengan kecamatan kosong.</p>": "<h2>Welcome</h2><p>There is no data on this computer yet. It will be kept in:<br><tt>{0}</tt></p><p>Start with the sample annexes of decree No. 24/2018 of the Camat of Belawang (you can change or delete them later), or with an empty sub-district.</p>",
"Ban&tuan": "&Help",
"Baris kedua (setelah a.n.):": "Second line (after a.n.):",
"Baris {0}: {1}": "Row {0}: {1}",
"Belum ada perubahan": "No changes yet",
"Memuat…": "Loading…",
"Memuat data…": "Loading the data…",
"Berkas data: {0}": "Data file: {0}",
"Buka &folder data": "Open data &folder",
"Capaian = realisasi / target × 100 %.": "Achievement = result / target × 100 %.",
"Capaian paling rendah (%)": "Lowest achievement (%)",
"Cara &mencadangkan data": "How to &back up the data",
"Cari jabatan, sasaran atau indikator… (Ctrl+F)": "Find a position, objective or indicator… (Ctrl+F)",
"Cetak tiap paragraf dengan tanda ➢": "Print each paragraph with a ➢ mark",
"Data": "Data",
"Dicetak di lampiran": "Printed in the annex",
"Dicetak di matriks Eselon IV": "Printed in the Echelon IV matrix",
"Gambar PNG (*.png)": "PNG image (*.png)",
"Grafik": "Charts",
"Grafik capaian": "Achievement chart",
"Grafik tidak dapat disimpan ke {0}.": "The chart could not be saved to {0}.",
"Hapus": "Delete",
"Hapus kategori": "Delete category",
"Hapus {0}": "Delete {0}",
"Hapus {0} «{1}»?{2}\n\nPenghapusan dapat diurungkan dengan Ctrl+Z selama aplikasi terbuka.": "Delete {0} «{1}»?{2}\n\nThe deletion can be undone with Ctrl+Z while the app is open.",
"Indikator baru": "New indicator",
"Indikator teks tidak dihitung capaiannya.": "Text indicators have no computed achievement.",
"Indikator yang &belum lengkap (klik dua kali untuk membuka):": "&Incomplete indicators (double-click to open):",
"Indikator:": "Indicators:",
"Isi dari pemegang jabatan Camat": "Fill in from the holder of the Camat position",
"Jabatan": "Position",
"Jabatan baru": "New position",
"Jabatan, sasaran, indikator": "Positions, objectives, indicators",
"Judul matriks:": "Matrix title:",
"Jumlah: realisasi tahunan = jumlah triwulan.": "Count: the year's result = sum of the quarters.",
"Kategori": "Category",
"Kategori capaian, dari yang terbaik; kategori terakhir tanpa batas bawah:": "Achievement categories, best first; the last one has no lower bound:",
"Kecamatan dan pegawai": "Sub-district and staff",
"Keputusan": "Decree",
"Keputusan Camat dan matriks": "Camat's decree and matrix",
"Keputusan dan matriks": "Decree and matrix",
"Label pem&bilang (A):": "Nu&merator label (A):",
"Label pen&yebut (B):": "Deno&minator label (B):",
"Matriks Indikator Kinerja Eselon IV (periode)": "Echelon IV performance indicator matrix (period)",
"Mencadangkan data": "Backing up the data",
"Menghitung…": "Computing…",
"Mulai kecamatan &kosong": "Start an &empty sub-district",
"Mutu data": "Data quality",
"Mutu data ({0} peringatan)": "Data quality ({0} warnings)",
"&Mutu data": "&Data quality",
"N&IP:": "N&IP:",
"N&omor (seperti tercetak):": "N&umber (as printed):",
"Na&ma penanda tangan:": "Signer's na&me:",
"Naik": "Up",
"Nama di &matriks (kosong: sama):": "Name in the &matrix (empty: the same):",
"Nama di matriks (kosong: sama):": "Name in the matrix (empty: the same):",
"Nama periode:": "Period name:",
"Nomor lampiran": "Annex number",
"Nomor lampiran tiap jabatan (kosong: tanpa lampiran):": "Annex number of each position (empty: no annex):",
"Pakai &contoh Kecamatan Belawang": "Use the Belawang &sample",
"Pe&gawai (pemegang jabatan dan penanda tangan):": "&Staff (position holders and signers):",
"Pegawai baru": "New staff member",
"Pembilang": "Numerator",
"Pemegang jabatan pimpinan belum diisi.": "The holder of the head position is not filled in.",
"Pen&gaturan…": "&Settings…",
"Penanggung &jawab:": "&Accountable:",
"Pengaturan": "Settings",
"Penjelasan": "Explanation",
"Penjelasan (makna indikator, alasan pemilihan, cara perhitungan), satu paragraf per baris:": "Explanation (meaning, reason for choosing, how it is computed), one paragraph per line:",
"Periode": "Period",
"Periode baru": "New period",
"Periode baru disalin dari periode {0}: sasaran, indikator dan penjelasannya (tanpa target dan realisasi).": "The new period is copied from period {0}: objectives, indicators and explanations (without targets and results).",
"Persentase/indeks: realisasi tahunan = triwulan terakhir yang terisi.": "Percentage/index: the year's result = the last filled quarter.",
"Perubahan terakhir: {0}": "Last change: {0}",
"Pindah ke &atas": "Move &up",
"Pindah ke &bawah": "Move &down",
"Polaritas negatif: capaian = (2 × target − realisasi) / target × 100 %.": "Negative polarity: achievement = (2 × target − result) / target × 100 %.",
"Polaritas negatif: capaian = target / realisasi × 100 %.": "Negative polarity: achievement = target / result × 100 %.",
"Ringkasan Kecamatan {0} — {1} s.d. TW {2}": "Sub-district {0} overview — {1} up to Q{2}",
"Ringkasan kecamatan": "Sub-district overview",
"Ringkasan gagal dihitung: {0}": "The overview could not be computed: {0}",
"Sasaran baru": "New objective",
"Selamat datang di {0}": "Welcome to {0}",
"Semua data ada di satu berkas:\n{0}\n\nTutup aplikasi, lalu salin berkas itu ke flashdisk. Salinan itu sudah lengkap; untuk memulihkan, salin kembali (aplikasi tertutup).": "All data is in one file:\n{0}\n\nClose the app, then copy that file to a flash drive. The copy is complete; to restore, copy it back (with the app closed).",
"Simpan grafik": "Save chart",
"Simpan grafik sebagai PNG…": "Save chart as PNG…",
"Sumber &data (satu butir per baris):": "&Data source (one item per line):",
"Sumber data di matriks:": "Data source in the matrix:",
"Tahun &awal:": "&First year:",
"Tahun a&khir:": "&Last year:",
"Tahun pada judul:": "Years in the title:",
"Tambah &indikator": "Add &indicator",
"Tambah &jabatan": "Add &position",
"Tambah &pegawai": "Add &staff member",
"&Hapus pegawai…": "&Delete staff member…",
"Hapus pegawai": "Delete staff member",
"Hapus {0}? Jabatan yang dipegangnya menjadi kosong; keputusan yang sudah ditandatanganinya tidak berubah. Dapat diurungkan dengan Ctrl+Z.": "Delete {0}? The positions they hold become vacant; decrees they signed do not change. This can be undone with Ctrl+Z.",
"Tambah &sasaran": "Add &objective",
"Tambah kategori": "Add category",
"Tan&ggal:": "&Date:",
"Target && realisasi": "Targets && results",
"Tentang {0}": "About {0}",
"Turun": "Down",
"Ubah rumus polaritas negatif": "Change the negative polarity formula",
"Ula&ngi": "&Redo",
"Warna": "Colour",
"fungsi": "function",
"paragraf": "paragraph",
"s.d. TW {0}": "up to Q{0}",
"target / realisasi × 100 %": "target / result × 100 %",
"tidak di matriks": "not in the matrix",
"{0} ({1}): belum ada {2}": "{0} ({1}): no {2} yet",
"{0} indikator; {1} dengan capaian terhitung (rata-rata {2}); {3} belum lengkap.": "{0} indicators; {1} with a computed achievement (average {2}); {3} incomplete.",
"&Cetak": "&Print",
"&Lampiran Keputusan Camat (semua jabatan)…": "&Annexes of the decree (all positions)…",
"Lampiran &jabatan terpilih…": "Annex of the selected &position…",
"&Matriks Indikator Kinerja Eselon IV…": "Echelon IV indicator &matrix…",
"Laporan &capaian (tahun dan triwulan terpilih)…": "&Achievement report (selected year and quarter)…",
"Pilih dulu jabatan yang lampirannya akan dicetak.": "First select the position whose annex you want to print.",
"Pratinjau cetak — {0}": "Print preview — {0}",
"Melintang (landscape)": "Landscape",
"Tegak (portrait)": "Portrait",
"Menyusun halaman… %p%": "Laying out pages… %p%",
"&Batalkan": "&Cancel",
"&Cetak…": "&Print…",
"&Simpan PDF…": "&Save PDF…",
"Buka di &penampil PDF": "Open in the PDF &viewer",
"&Tutup": "&Close",
"&Kertas:": "&Paper:",
"&Arah:": "&Orientation:",
"Menyusun PDF…": "Building the PDF…",
"{0} halaman, {1} KB": "{0} pages, {1} KB",
"Dibatalkan.": "Cancelled.",
"Simpan PDF": "Save PDF",
"Dokumen PDF (*.pdf)": "PDF document (*.pdf)",
"Disimpan: {0}": "Saved: {0}",
"Tidak ada penampil PDF yang terpasang. Berkasnya ada di:\n{0}": "No PDF viewer is installed. The file is at:\n{0}",
"Gambar &tanda tangan…": "&Signature image…",
"Gambar ca&p…": "Stam&p image…",
"&Margin:": "&Margin:",
"Gambar tanda tangan": "Signature image",
"Gambar cap": "Stamp image",
"\n\nPulihkan dari cadangan otomatis terbaru yang baik?\n{0}": "\n\nRestore the newest good automatic backup?\n{0}",
"\n\nTidak ada cadangan otomatis yang baik. Pulihkan dari cadangan di flashdisk (Berkas → Pulihkan dari cadangan).": "\n\nThere is no good automatic backup. Restore from a backup on a flash drive (File → Restore from backup).",
" (hanya baca)": " (read only)",
"&Cadangkan data…": "&Back up the data…",
"&Ekspor CSV…": "&Export CSV…",
"&Pulihkan dari cadangan…": "&Restore from a backup…",
"&Pulihkan item terhapus": "&Bring back the deleted item",
"&Riwayat perubahan…": "Change &history…",
"(tidak tercatat)": "(not recorded)",
"Basis data Kinerja (*.db)": "Kinerja database (*.db)",
"Basis data Kinerja (*.db);;Semua berkas (*)": "Kinerja database (*.db);;All files (*)",
"Berkas data rusak:\n{0}\n\n{1}": "The data file is damaged:\n{0}\n\n{1}",
"Berkas: {0}\nKecamatan: {1}, Kabupaten {2}\nPeriode: {3}\nIsi: {4} jabatan, {5} indikator, {6} target, {7} realisasi\nPerubahan terakhir: {8}": "File: {0}\nSub-district: {1}, Regency {2}\nPeriods: {3}\nContents: {4} positions, {5} indicators, {6} targets, {7} results\nLast change: {8}",
"CSV (*.csv)": "CSV (*.csv)",
"Cadangan tersimpan dan sudah diperiksa:\n{0}\n\nKeutuhan baik; jumlah baris sama dengan data asli ({1} indikator, {2} realisasi).": "Backup saved and checked:\n{0}\n\nIntegrity good; the same number of rows as the data ({1} indicators, {2} results).",
"Cadangan tersimpan: {0}": "Backup saved: {0}",
"Cadangkan data": "Back up the data",
"Cari item, kolom, operator atau nilai…": "Find an item, field, operator or value…",
"Data dipulihkan dari {0}.\nData sebelumnya disimpan di {1}.": "Data restored from {0}.\nThe previous data was kept in {1}.",
"Ekspor riwayat": "Export the history",
"Ganti data yang sekarang dengan isi cadangan ini?\n\n{0}\n\nData yang sekarang disimpan dulu sebagai salinan pengaman di folder cadangan.": "Replace the current data with this backup?\n\n{0}\n\nThe current data is first kept as a safety copy in the backup folder.",
"Jumlah &cadangan otomatis yang disimpan:": "Automatic &backups to keep:",
"Nama &operator di riwayat (kosong: nama pengguna Windows):": "&Operator name in the history (empty: the Windows user name):",
"Pulihkan dari cadangan": "Restore from a backup",
"Riwayat perubahan": "Change history",
"Semua aksi": "All actions",
"Semua jenis": "All kinds",
"dari": "from",
"sampai": "to",
"{0} baris diekspor ke {1}": "{0} rows exported to {1}",
"{0} perubahan": "{0} changes",
"Waktu": "Time", "Operator": "Operator", "Aksi": "Action", "Jenis": "Kind", "Item": "Item", "Kolom": "Field",
"Nilai lama": "Old value", "Nilai baru": "New value",
"Atau, tanpa menutup aplikasi: Berkas → Cadangkan data… (salinan diperiksa), dan Berkas → Pulihkan dari cadangan…. Cadangan otomatis harian ada di folder «cadangan» di samping berkas data.": "Or, without closing the app: File → Back up the data… (the copy is checked), and File → Restore from a backup…. Daily automatic backups are in the folder «cadangan» beside the data file.",
"Salin detail": "Copy details",
"Terjadi kesalahan yang tidak terduga. Data yang sudah tersimpan aman.\n\nRinciannya dicatat di:\n{0}": "An unexpected error happened. The data already saved is safe.\n\nThe details are in:\n{0}",
"&Buat Keputusan Camat untuk periode ini": "&Create the Camat's decree for this period",
# strings passed to tr() from tables (dynamic)
"Target": "Target", "Realisasi": "Result", "Capaian": "Achievement",
"Tahun": "Year", "TW": "Q", "Nilai": "Value", "Penyebut": "Denominator", "Catatan": "Note",
"Realisasi s.d. TW": "Result to date",
"Nama (dengan gelar)": "Name (with titles)", "NIP": "NIP", "Pangkat/golongan": "Rank/grade",
" dan ": " and ", "target": "target", "realisasi": "result",
# Berkas → Impor dokumen… (issue 12)
"&Batal": "&Cancel",
"&Impor": "&Import",
"&Impor dokumen…": "&Import document…",
"&Periode tujuan:": "Target &period:",
"(tidak ada)": "(none)",
"Dokumen Word atau teks (*.docx *.txt);;Semua berkas (*)": "Word documents or text (*.docx *.txt);;All files (*)",
"Format dokumen": "Document format",
"Impor dokumen": "Import document",
"Impor dokumen: {0}": "Import document: {0}",
"Periode «{0}» tidak dikenal. Tulis tahun awal dan akhir, mis. 2021-2026.": "Period «{0}» is not understood. Write the first and last year, e.g. 2021-2026.",
"Perlu diperiksa ({0})": "To check ({0})",
"Tidak dapat ditempatkan ({0})": "Could not be placed ({0})",
"Yang akan dibuat": "To be created",
# the budget editor (Data → Anggaran…)
"&Data": "&Data",
"&Anggaran (program, pagu, realisasi)…": "&Budget (programs, ceilings, spending)…",
"Anggaran — program, kegiatan dan sub-kegiatan ({0})": "Budget — programs, activities and sub-activities ({0})",
"Tambah &program": "Add &program",
"Tambah &rincian (kegiatan/sub-kegiatan)": "Add &detail line (activity/sub-activity)",
"&Naik": "&Up",
"T&urun": "Do&wn",
"&Sasaran baris terpilih:": "&Objective of the selected line:",
"Kode": "Code",
"Nama": "Name",
"Sasaran": "Objective",
"Pagu (Rp)": "Ceiling (Rp)",
"Realisasi (Rp)": "Spent (Rp)",
"Serapan": "Absorption",
"Jumlah pagu rinciannya; ketik untuk mengisi pagu baris ini sendiri.": "Sum of its detail lines' ceilings; type to give this line a ceiling of its own.",
"(belum dikaitkan)": "(not linked yet)",
"Tambah program": "Add program",
"Tambah rincian program": "Add a detail line",
# the rencana aksi and the measurement (app/ui/aksi_editor.py)
"&Tambah berkas…": "&Add file…",
"&Buka": "&Open",
"&Hapus berkas": "&Remove file",
"T&ahun:": "Y&ear:",
"&Rencana aksi dan pengukuran per triwulan (target, aksi, anggaran; kendala, solusi):": "&Action plan and measurement per quarter (target, actions, budget; obstacles, follow-up):",
"B&erkas bukti {0} {1}:": "E&vidence files {0} {1}:",
"Tambah berkas bukti": "Add evidence file",
"Semua berkas (*)": "All files (*)",
"Berkas bukti tidak dapat disiapkan untuk dibuka: {0}": "The evidence file could not be prepared for opening: {0}",
"Tidak ada aplikasi untuk membuka {0}. Berkasnya ada di {1}.": "No application opens {0}. The file is in {1}.",
"Rencana aksi && pengukuran": "Action plan && measurement",
"Target TW": "Quarter target",
"Rencana aksi": "Actions planned",
"Anggaran (Rp)": "Budget (Rp)",
"Kendala": "Obstacles",
"Solusi / tindak lanjut": "Follow-up",
"Bukti": "Evidence",
# Cetak → LKjIP (Bab III)…
"LKj&IP (Bab III)…": "Performance report (LKj&IP, chapter III)…",
"LKjIP (Bab III)": "Performance report (LKjIP, chapter III)",
"Tabel Bab III LKjIP periode {0}: capaian indikator kinerja utama dan realisasi anggaran satu tahun.": "Chapter III tables of the LKjIP, period {0}: achievement of the key performance indicators and budget spending of one year.",
# printing the rencana aksi and the measurement (app/ui/cetak_sakip.py)
"&Dokumen:": "&Document:",
"&Pengukuran kinerja…": "&Performance measurement…",
"&Rencana aksi…": "&Action plan…",
"Ceta&k…": "Prin&t…",
"Cetak rencana aksi / pengukuran kinerja": "Print action plan / performance measurement",
"Cetak rencana aksi atau pengukuran kinerja jabatan ini (PDF atau Word)": "Print this post's action plan or performance measurement (PDF or Word)",
"Rencana aksi satu tahun": "Action plan of a year",
"Pengukuran kinerja satu triwulan": "Performance measurement of a quarter",
"Periode {0}: rencana aksi (target, aksi dan anggaran per triwulan) atau pengukuran kinerja (realisasi, capaian, kendala, solusi) per jabatan.": "Period {0}: action plan (target, actions and budget per quarter) or performance measurement (actual, achievement, obstacles, follow-up) per post.",
"Semua jabatan (masing-masing dari halaman baru)": "Every post (each from a new page)",
"T&riwulan:": "&Quarter:",
}



def dynamic_strings() -> dict[str, list[str]]:
    """Strings given to tr() from tables at run time (lupdate cannot see them)."""
    sys.path.insert(0, str(ROOT))
    from app.models import display
    from app.models.rules import ATURAN_NEGATIF
    from app.models.schema import JENIS, POLARITAS
    from app.ui.aksi_editor import AksiTableModel
    from app.ui.editors import KecamatanEditor
    from app.ui.grids import RealisasiTableModel, TargetTableModel
    from app.ui.safety import RiwayatTableModel
    from app.ui.tree_model import SPECIAL

    return {
        "TargetTableModel": list(TargetTableModel.ROWS),
        "RealisasiTableModel": list(RealisasiTableModel.HEADERS),
        "KecamatanEditor": [label for _, label in KecamatanEditor.COLS],
        "IndikatorEditor": list(dict.fromkeys([display.rumus_capaian(p, a) for p in POLARITAS for a in ATURAN_NEGATIF]
                                              + [display.rumus_tahunan(j) for j in JENIS])),
        "JabatanTreeModel": [label for _, label in SPECIAL],
        "RiwayatTableModel": list(RiwayatTableModel.COLS),
        "AksiTableModel": list(AksiTableModel.HEADERS),
    }


def extract() -> ET.ElementTree:
    """Every tr() string of app/ui, by context."""
    with tempfile.TemporaryDirectory() as tmp:
        ts = Path(tmp) / "app.ts"
        sources = sorted(str(p) for p in (ROOT / "app" / "ui").glob("*.py"))
        subprocess.run([str(BIN / "pyside6-lupdate"), *sources, "-ts", str(ts), "-no-obsolete", "-locations", "none"],
                       check=True, capture_output=True)
        tree = ET.parse(ts)
    root = tree.getroot()
    for context, strings in dynamic_strings().items():
        ctx = next((c for c in root.iter("context") if c.findtext("name") == context), None)
        if ctx is None:
            ctx = ET.SubElement(root, "context")
            ET.SubElement(ctx, "name").text = context
        known = {m.findtext("source") for m in ctx.iter("message")}
        for s in strings:
            if s not in known:
                m = ET.SubElement(ctx, "message")
                ET.SubElement(m, "source").text = s
                ET.SubElement(m, "translation").set("type", "unfinished")
    return tree


def untranslated(tree: ET.ElementTree) -> list[str]:
    return sorted({m.findtext("source") for m in tree.iter("message") if m.findtext("source") not in ENGLISH})


def build() -> int:
    tree = extract()
    missing = untranslated(tree)
    for m in tree.iter("message"):
        tr = m.find("translation")
        src = m.findtext("source")
        if src in ENGLISH:
            tr.text = ENGLISH[src]
            tr.attrib.pop("type", None)
    tree.getroot().set("language", "en_US")
    ET.indent(tree)
    tree.write(OUT / "app_en.ts", encoding="utf-8", xml_declaration=True)
    for name in ("app_en", "qtbase_id"):
        subprocess.run([str(BIN / "pyside6-lrelease"), str(OUT / f"{name}.ts"), "-qm", str(OUT / f"{name}.qm")],
                       check=True, capture_output=True)
    if missing:
        print("no English yet for:", *missing, sep="\n  ")
        return 1
    print(f"{OUT / 'app_en.qm'} and {OUT / 'qtbase_id.qm'} built")
    return 0


if __name__ == "__main__":
    sys.exit(build())
