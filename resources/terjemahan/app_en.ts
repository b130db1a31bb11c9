<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
  <context>
    <name>AksiEditor</name>
    <message>
      <source>&amp;Tambah berkas…</source>
      <translation>&amp;Add file…</translation>
    </message>
    <message>
      <source>&amp;Buka</source>
      <translation>&amp;Open</translation>
    </message>
    <message>
      <source>&amp;Hapus berkas</source>
      <translation>&amp;Remove file</translation>
    </message>
    <message>
      <source>Ceta&amp;k…</source>
      <translation>Prin&amp;t…</translation>
    </message>
    <message>
      <source>Cetak rencana aksi atau pengukuran kinerja jabatan ini (PDF atau Word)</source>
      <translation>Print this post's action plan or performance measurement (PDF or Word)</translation>
    </message>
    <message>
      <source>T&amp;ahun:</source>
      <translation>Y&amp;ear:</translation>
    </message>
    <message>
      <source>&amp;Rencana aksi dan pengukuran per triwulan (target, aksi, anggaran; kendala, solusi):</source>
      <translation>&amp;Action plan and measurement per quarter (target, actions, budget; obstacles, follow-up):</translation>
    </message>
    <message>
      <source>B&amp;erkas bukti {0} {1}:</source>
      <translation>E&amp;vidence files {0} {1}:</translation>
    </message>
    <message>
      <source>Tambah berkas bukti</source>
      <translation>Add evidence file</translation>
    </message>
    <message>
      <source>Semua berkas (*)</source>
      <translation>All files (*)</translation>
    </message>
    <message>
      <source>Berkas bukti tidak dapat disiapkan untuk dibuka: {0}</source>
      <translation>The evidence file could not be prepared for opening: {0}</translation>
    </message>
    <message>
      <source>Tidak ada aplikasi untuk membuka {0}. Berkasnya ada di {1}.</source>
      <translation>No application opens {0}. The file is in {1}.</translation>
    </message>
  </context>
  <context>
    <name>AnggaranDialog</name>
    <message>
      <source>Anggaran — program, kegiatan dan sub-kegiatan ({0})</source>
      <translation>Budget — programs, activities and sub-activities ({0})</translation>
    </message>
    <message>
      <source>&amp;Tahun:</source>
      <translation>&amp;Year:</translation>
    </message>
    <message>
      <source>Tambah &amp;program</source>
      <translation>Add &amp;program</translation>
    </message>
    <message>
      <source>Tambah &amp;rincian (kegiatan/sub-kegiatan)</source>
      <translation>Add &amp;detail line (activity/sub-activity)</translation>
    </message>
    <message>
      <source>&amp;Naik</source>
      <translation>&amp;Up</translation>
    </message>
    <message>
      <source>T&amp;urun</source>
      <translation>Do&amp;wn</translation>
    </message>
    <message>
      <source>&amp;Hapus…</source>
      <translation>&amp;Delete…</translation>
    </message>
    <message>
      <source>&amp;Sasaran baris terpilih:</source>
      <translation>&amp;Objective of the selected line:</translation>
    </message>
    <message>
      <source>&amp;Tutup</source>
      <translation>&amp;Close</translation>
    </message>
    <message>
      <source>Kode</source>
      <translation>Code</translation>
    </message>
    <message>
      <source>Nama</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Sasaran</source>
      <translation>Objective</translation>
    </message>
    <message>
      <source>Pagu (Rp)</source>
      <translation>Ceiling (Rp)</translation>
    </message>
    <message>
      <source>Realisasi (Rp)</source>
      <translation>Spent (Rp)</translation>
    </message>
    <message>
      <source>Serapan</source>
      <translation>Absorption</translation>
    </message>
    <message>
      <source>Jumlah pagu rinciannya; ketik untuk mengisi pagu baris ini sendiri.</source>
      <translation>Sum of its detail lines' ceilings; type to give this line a ceiling of its own.</translation>
    </message>
    <message>
      <source>(belum dikaitkan)</source>
      <translation>(not linked yet)</translation>
    </message>
    <message>
      <source>Tambah program</source>
      <translation>Add program</translation>
    </message>
    <message>
      <source>Tambah rincian program</source>
      <translation>Add a detail line</translation>
    </message>
    <message>
      <source>Hapus</source>
      <translation>Delete</translation>
    </message>
  </context>
  <context>
    <name>CetakAksiDialog</name>
    <message>
      <source>Cetak rencana aksi / pengukuran kinerja</source>
      <translation>Print action plan / performance measurement</translation>
    </message>
    <message>
      <source>Rencana aksi satu tahun</source>
      <translation>Action plan of a year</translation>
    </message>
    <message>
      <source>Pengukuran kinerja satu triwulan</source>
      <translation>Performance measurement of a quarter</translation>
    </message>
    <message>
      <source>Semua jabatan (masing-masing dari halaman baru)</source>
      <translation>Every post (each from a new page)</translation>
    </message>
    <message>
      <source>Periode {0}: rencana aksi (target, aksi dan anggaran per triwulan) atau pengukuran kinerja (realisasi, capaian, kendala, solusi) per jabatan.</source>
      <translation>Period {0}: action plan (target, actions and budget per quarter) or performance measurement (actual, achievement, obstacles, follow-up) per post.</translation>
    </message>
    <message>
      <source>&amp;Dokumen:</source>
      <translation>&amp;Document:</translation>
    </message>
    <message>
      <source>&amp;Tahun:</source>
      <translation>&amp;Year:</translation>
    </message>
    <message>
      <source>T&amp;riwulan:</source>
      <translation>&amp;Quarter:</translation>
    </message>
    <message>
      <source>&amp;Jabatan:</source>
      <translation>&amp;Position:</translation>
    </message>
    <message>
      <source>kosong: hari ini; untuk tahun/triwulan yang sudah lewat, tanggal dikosongkan untuk diisi tangan</source>
      <translation>blank: today; for a past year or quarter, the date is left blank to fill in by hand</translation>
    </message>
    <message>
      <source>Tanggal di atas tanda tangan, mis. 01 Nopember 2021 (nama bulan dicetak seperti diketik).</source>
      <translation>The date above the signature, e.g. 01 Nopember 2021 (the month's name printed as typed).</translation>
    </message>
    <message>
      <source>Ta&amp;nggal tanda tangan:</source>
      <translation>Signing &amp;date:</translation>
    </message>
  </context>
  <context>
    <name>ChartView</name>
    <message>
      <source>Simpan grafik sebagai PNG…</source>
      <translation>Save chart as PNG…</translation>
    </message>
    <message>
      <source>Simpan grafik</source>
      <translation>Save chart</translation>
    </message>
    <message>
      <source>Gambar PNG (*.png)</source>
      <translation>PNG image (*.png)</translation>
    </message>
    <message>
      <source>Grafik tidak dapat disimpan ke {0}.</source>
      <translation>The chart could not be saved to {0}.</translation>
    </message>
  </context>
  <context>
    <name>DashboardView</name>
    <message>
      <source>Ringkasan gagal dihitung: {0}</source>
      <translation>The overview could not be computed: {0}</translation>
    </message>
    <message>
      <source>Indikator yang &amp;belum lengkap (klik dua kali untuk membuka):</source>
      <translation>&amp;Incomplete indicators (double-click to open):</translation>
    </message>
    <message>
      <source>Ringkasan Kecamatan {0} — {1} s.d. TW {2}</source>
      <translation>Sub-district {0} overview — {1} up to Q{2}</translation>
    </message>
    <message>
      <source>Menghitung…</source>
      <translation>Computing…</translation>
    </message>
    <message>
      <source>{0} ({1}): belum ada {2}</source>
      <translation>{0} ({1}): no {2} yet</translation>
    </message>
    <message>
      <source>(tanpa nama)</source>
      <translation>(unnamed)</translation>
    </message>
    <message>
      <source>{0} indikator; {1} dengan capaian terhitung (rata-rata {2}); {3} belum lengkap.</source>
      <translation>{0} indicators; {1} with a computed achievement (average {2}); {3} incomplete.</translation>
    </message>
  </context>
  <context>
    <name>DokumenEditor</name>
    <message>
      <source>Keputusan Camat dan matriks</source>
      <translation>Camat's decree and matrix</translation>
    </message>
    <message>
      <source>Keputusan</source>
      <translation>Decree</translation>
    </message>
    <message>
      <source>&amp;Nomor:</source>
      <translation>&amp;Number:</translation>
    </message>
    <message>
      <source>&amp;Tahun:</source>
      <translation>&amp;Year:</translation>
    </message>
    <message>
      <source>misalnya 01 Nopember 2021 (kosong: belum bertanggal)</source>
      <translation>e.g. 01 Nopember 2021 (empty: not dated yet)</translation>
    </message>
    <message>
      <source>Tan&amp;ggal:</source>
      <translation>&amp;Date:</translation>
    </message>
    <message>
      <source>&amp;Sebutan pada kepala lampiran:</source>
      <translation>&amp;Title in the annex header:</translation>
    </message>
    <message>
      <source>&amp;Awalan penanda tangan:</source>
      <translation>Signer &amp;prefix:</translation>
    </message>
    <message>
      <source>&amp;Jabatan penanda tangan:</source>
      <translation>Signer's &amp;position:</translation>
    </message>
    <message>
      <source>Baris kedua (setelah a.n.):</source>
      <translation>Second line (after a.n.):</translation>
    </message>
    <message>
      <source>Na&amp;ma penanda tangan:</source>
      <translation>Signer's na&amp;me:</translation>
    </message>
    <message>
      <source>N&amp;IP:</source>
      <translation>N&amp;IP:</translation>
    </message>
    <message>
      <source>&amp;Pangkat/golongan:</source>
      <translation>&amp;Rank/grade:</translation>
    </message>
    <message>
      <source>Isi dari pemegang jabatan Camat</source>
      <translation>Fill in from the holder of the Camat position</translation>
    </message>
    <message>
      <source>Jabatan</source>
      <translation>Position</translation>
    </message>
    <message>
      <source>Nomor lampiran</source>
      <translation>Annex number</translation>
    </message>
    <message>
      <source>&amp;Buat Keputusan Camat untuk periode ini</source>
      <translation>&amp;Create the Camat's decree for this period</translation>
    </message>
    <message>
      <source>Nomor lampiran tiap jabatan (kosong: tanpa lampiran):</source>
      <translation>Annex number of each position (empty: no annex):</translation>
    </message>
    <message>
      <source>Matriks Indikator Kinerja Eselon IV (periode)</source>
      <translation>Echelon IV performance indicator matrix (period)</translation>
    </message>
    <message>
      <source>Nama periode:</source>
      <translation>Period name:</translation>
    </message>
    <message>
      <source>Judul matriks:</source>
      <translation>Matrix title:</translation>
    </message>
    <message>
      <source>Tahun pada judul:</source>
      <translation>Years in the title:</translation>
    </message>
    <message>
      <source>misalnya 01 Nopember 2021 (kosong: tanggal keputusan)</source>
      <translation>e.g. 01 Nopember 2021 (empty: the decree's date)</translation>
    </message>
    <message>
      <source>Tanggal mat&amp;riks:</source>
      <translation>Mat&amp;rix date:</translation>
    </message>
    <message>
      <source>Pemegang jabatan pimpinan belum diisi.</source>
      <translation>The holder of the head position is not filled in.</translation>
    </message>
  </context>
  <context>
    <name>EditPeriodDialog</name>
    <message>
      <source>Ubah periode</source>
      <translation>Change period</translation>
    </message>
    <message>
      <source>&amp;Nama:</source>
      <translation>&amp;Name:</translation>
    </message>
    <message>
      <source>Tahun &amp;awal:</source>
      <translation>&amp;First year:</translation>
    </message>
    <message>
      <source>Tahun a&amp;khir:</source>
      <translation>&amp;Last year:</translation>
    </message>
    <message>
      <source>Target dan realisasi tahun yang keluar dari periode tidak dihapus: tetap disimpan dan tampil lagi bila tahunnya masuk periode kembali.</source>
      <translation>Targets and results of years that fall outside the period are not deleted: they are kept and shown again when the period covers their years again.</translation>
    </message>
  </context>
  <context>
    <name>EksporDialog</name>
    <message>
      <source>Ekspor ke Excel</source>
      <translation>Export to Excel</translation>
    </message>
    <message>
      <source>Semua jabatan</source>
      <translation>All positions</translation>
    </message>
    <message>
      <source>Semua tahun yang berisi</source>
      <translation>All years with data</translation>
    </message>
    <message>
      <source>&amp;Templat kosong (judul kolom saja, untuk kecamatan baru)</source>
      <translation>&amp;Blank template (column headings only, for a new district)</translation>
    </message>
    <message>
      <source>&amp;Jabatan:</source>
      <translation>&amp;Position:</translation>
    </message>
    <message>
      <source>Realisasi &amp;tahun:</source>
      <translation>Results of &amp;year:</translation>
    </message>
    <message>
      <source>&amp;Ekspor…</source>
      <translation>&amp;Export…</translation>
    </message>
    <message>
      <source>&amp;Batal</source>
      <translation>&amp;Cancel</translation>
    </message>
  </context>
  <context>
    <name>FormatEditor</name>
    <message>
      <source>Bentuk dokumen lampiran</source>
      <translation>Layout of the annex</translation>
    </message>
    <message>
      <source>Cetak JABATAN, TUGAS dan FUNGSI</source>
      <translation>Print POSITION, DUTIES and FUNCTIONS</translation>
    </message>
    <message>
      <source>Cetak NAMA pemegang jabatan (IKI)</source>
      <translation>Print the holder's NAME (IKI)</translation>
    </message>
    <message>
      <source>B&amp;entuk baku:</source>
      <translation>Pr&amp;eset:</translation>
    </message>
    <message>
      <source>Baris judu&amp;l (satu per baris):</source>
      <translation>Tit&amp;le lines (one per line):</translation>
    </message>
    <message>
      <source>&amp;Kepala lampiran (satu baris atau lebih):</source>
      <translation>Annex &amp;heading (one line or more):</translation>
    </message>
    <message>
      <source>Baris kepala (Label | isian):</source>
      <translation>Heading lines (Label | value):</translation>
    </message>
    <message>
      <source>Penomoran &amp;fungsi:</source>
      <translation>&amp;Function numbering:</translation>
    </message>
    <message>
      <source>B&amp;utir penjelasan:</source>
      <translation>Explanation b&amp;ullet:</translation>
    </message>
    <message>
      <source>Tempat dan tanggal di atas tanda tangan:</source>
      <translation>Place and date above the signature:</translation>
    </message>
    <message>
      <source>Catatan di bawah tabel:</source>
      <translation>Note under the table:</translation>
    </message>
    <message>
      <source>Penanda: {nomor} {tahun} {tanggal} {lampiran} {sebutan} {tempat} {kecamatan} {KECAMATAN} {kabupaten} {KABUPATEN} {jabatan} {JABATAN} {pemegang}</source>
      <translation>Placeholders: {nomor} {tahun} {tanggal} {lampiran} {sebutan} {tempat} {kecamatan} {KECAMATAN} {kabupaten} {KABUPATEN} {jabatan} {JABATAN} {pemegang}</translation>
    </message>
    <message>
      <source>Kolom tabel (centang yang dicetak; judul dapat diubah):</source>
      <translation>Table columns (tick the printed ones; headings can be changed):</translation>
    </message>
    <message>
      <source>Pratinjau halaman pertama</source>
      <translation>Preview of the first page</translation>
    </message>
    <message>
      <source>Kolom</source>
      <translation>Field</translation>
    </message>
    <message>
      <source>Judul yang dicetak</source>
      <translation>Printed heading</translation>
    </message>
    <message>
      <source>Naikka&amp;n</source>
      <translation>Move u&amp;p</translation>
    </message>
    <message>
      <source>T&amp;urunkan</source>
      <translation>Move do&amp;wn</translation>
    </message>
    <message>
      <source>Belum ada lampiran untuk dipratinjau: isi nomor lampiran tiap jabatan.</source>
      <translation>No annex to preview yet: fill in the annex number of each position.</translation>
    </message>
  </context>
  <context>
    <name>FormatMatriksEditor</name>
    <message>
      <source>Bentuk matriks</source>
      <translation>Layout of the matrix</translation>
    </message>
    <message>
      <source>Cetak tanda tangan di bawah matriks</source>
      <translation>Print the signature under the matrix</translation>
    </message>
    <message>
      <source>Kembalikan ke bentuk &amp;baku</source>
      <translation>Back to the &amp;preset</translation>
    </message>
    <message>
      <source>Baris judul matriks (satu per baris):</source>
      <translation>Matrix title lines (one per line):</translation>
    </message>
    <message>
      <source>Tempat dan tanggal di atas tanda tangan:</source>
      <translation>Place and date above the signature:</translation>
    </message>
    <message>
      <source>Penanda: {judul} {tahun} {tahun_awal} {tahun_akhir} {kecamatan} {KECAMATAN} {kabupaten} {KABUPATEN} {tempat} {tanggal}</source>
      <translation>Placeholders: {judul} {tahun} {tahun_awal} {tahun_akhir} {kecamatan} {KECAMATAN} {kabupaten} {KABUPATEN} {tempat} {tanggal}</translation>
    </message>
    <message>
      <source>Kolom matriks</source>
      <translation>Matrix column</translation>
    </message>
    <message>
      <source>Judul yang dicetak</source>
      <translation>Printed heading</translation>
    </message>
    <message>
      <source>Naikkan kolom</source>
      <translation>Move column up</translation>
    </message>
    <message>
      <source>Turunkan kolom</source>
      <translation>Move column down</translation>
    </message>
    <message>
      <source>Pratinjau halaman pertama matriks</source>
      <translation>Preview of the matrix's first page</translation>
    </message>
    <message>
      <source>Belum ada indikator di matriks untuk dipratinjau.</source>
      <translation>No indicator in the matrix to preview yet.</translation>
    </message>
  </context>
  <context>
    <name>ImporDialog</name>
    <message>
      <source>Impor dokumen: {0}</source>
      <translation>Import document: {0}</translation>
    </message>
    <message>
      <source>&amp;Periode tujuan:</source>
      <translation>Target &amp;period:</translation>
    </message>
    <message>
      <source>Yang akan dibuat</source>
      <translation>To be created</translation>
    </message>
    <message>
      <source>(tidak ada)</source>
      <translation>(none)</translation>
    </message>
    <message>
      <source>Tidak dapat ditempatkan ({0})</source>
      <translation>Could not be placed ({0})</translation>
    </message>
    <message>
      <source>Perlu diperiksa ({0})</source>
      <translation>To check ({0})</translation>
    </message>
    <message>
      <source>Format dokumen</source>
      <translation>Document format</translation>
    </message>
    <message>
      <source>&amp;Impor</source>
      <translation>&amp;Import</translation>
    </message>
    <message>
      <source>&amp;Batal</source>
      <translation>&amp;Cancel</translation>
    </message>
  </context>
  <context>
    <name>IndikatorEditor</name>
    <message>
      <source>Data</source>
      <translation>Data</translation>
    </message>
    <message>
      <source>Penjelasan</source>
      <translation>Explanation</translation>
    </message>
    <message>
      <source>Target &amp;&amp; realisasi</source>
      <translation>Targets &amp;&amp; results</translation>
    </message>
    <message>
      <source>Rencana aksi &amp;&amp; pengukuran</source>
      <translation>Action plan &amp;&amp; measurement</translation>
    </message>
    <message>
      <source>Grafik</source>
      <translation>Charts</translation>
    </message>
    <message>
      <source>N&amp;omor (seperti tercetak):</source>
      <translation>N&amp;umber (as printed):</translation>
    </message>
    <message>
      <source>&amp;Nama indikator:</source>
      <translation>&amp;Indicator name:</translation>
    </message>
    <message>
      <source>&amp;Jenis:</source>
      <translation>&amp;Kind:</translation>
    </message>
    <message>
      <source>&amp;Polaritas:</source>
      <translation>&amp;Polarity:</translation>
    </message>
    <message>
      <source>&amp;Satuan:</source>
      <translation>&amp;Unit:</translation>
    </message>
    <message>
      <source>&amp;Formulasi (matriks):</source>
      <translation>&amp;Formula (matrix):</translation>
    </message>
    <message>
      <source>Label pem&amp;bilang (A):</source>
      <translation>Nu&amp;merator label (A):</translation>
    </message>
    <message>
      <source>Label pen&amp;yebut (B):</source>
      <translation>Deno&amp;minator label (B):</translation>
    </message>
    <message>
      <source>Penanggung &amp;jawab:</source>
      <translation>&amp;Accountable:</translation>
    </message>
    <message>
      <source>Sumber &amp;data (satu butir per baris):</source>
      <translation>&amp;Data source (one item per line):</translation>
    </message>
    <message>
      <source>Nama di matriks (kosong: sama):</source>
      <translation>Name in the matrix (empty: the same):</translation>
    </message>
    <message>
      <source>Sumber data di matriks:</source>
      <translation>Data source in the matrix:</translation>
    </message>
    <message>
      <source>Dicetak di lampiran</source>
      <translation>Printed in the annex</translation>
    </message>
    <message>
      <source>Dicetak di matriks Eselon IV</source>
      <translation>Printed in the Echelon IV matrix</translation>
    </message>
    <message>
      <source>paragraf</source>
      <translation>paragraph</translation>
    </message>
    <message>
      <source>Cetak tiap paragraf dengan tanda ➢</source>
      <translation>Print each paragraph with a ➢ mark</translation>
    </message>
    <message>
      <source>Penjelasan (makna indikator, alasan pemilihan, cara perhitungan), satu paragraf per baris:</source>
      <translation>Explanation (meaning, reason for choosing, how it is computed), one paragraph per line:</translation>
    </message>
    <message>
      <source>&amp;Target per tahun:</source>
      <translation>&amp;Targets per year:</translation>
    </message>
    <message>
      <source>&amp;Realisasi per triwulan (nilai, atau pembilang dan penyebut):</source>
      <translation>&amp;Results per quarter (a value, or numerator and denominator):</translation>
    </message>
    <message>
      <source>(indikator tanpa nama)</source>
      <translation>(unnamed indicator)</translation>
    </message>
    <message>
      <source>Capaian = realisasi / target × 100 %.</source>
      <translation>Achievement = result / target × 100 %.</translation>
    </message>
    <message>
      <source>Polaritas negatif: capaian = (2 × target − realisasi) / target × 100 %.</source>
      <translation>Negative polarity: achievement = (2 × target − result) / target × 100 %.</translation>
    </message>
    <message>
      <source>Polaritas negatif: capaian = target / realisasi × 100 %.</source>
      <translation>Negative polarity: achievement = target / result × 100 %.</translation>
    </message>
    <message>
      <source>Persentase/indeks: realisasi tahunan = triwulan terakhir yang terisi.</source>
      <translation>Percentage/index: the year's result = the last filled quarter.</translation>
    </message>
    <message>
      <source>Jumlah: realisasi tahunan = jumlah triwulan.</source>
      <translation>Count: the year's result = sum of the quarters.</translation>
    </message>
    <message>
      <source>Indikator teks tidak dihitung capaiannya.</source>
      <translation>Text indicators have no computed achievement.</translation>
    </message>
  </context>
  <context>
    <name>JabatanEditor</name>
    <message>
      <source>&amp;Nama jabatan:</source>
      <translation>&amp;Position name:</translation>
    </message>
    <message>
      <source>&amp;Eselon:</source>
      <translation>&amp;Echelon:</translation>
    </message>
    <message>
      <source>&amp;Atasan:</source>
      <translation>&amp;Reports to:</translation>
    </message>
    <message>
      <source>&amp;Pemegang:</source>
      <translation>&amp;Holder:</translation>
    </message>
    <message>
      <source>&amp;Tugas:</source>
      <translation>&amp;Duty:</translation>
    </message>
    <message>
      <source>fungsi</source>
      <translation>function</translation>
    </message>
    <message>
      <source>&amp;Fungsi:</source>
      <translation>&amp;Functions:</translation>
    </message>
    <message>
      <source>Data</source>
      <translation>Data</translation>
    </message>
    <message>
      <source>Grafik capaian</source>
      <translation>Achievement chart</translation>
    </message>
    <message>
      <source>Perjanjian &amp;Kinerja</source>
      <translation>Performance &amp;Agreement</translation>
    </message>
    <message>
      <source>(tidak ada — pimpinan)</source>
      <translation>(none — head of office)</translation>
    </message>
    <message>
      <source>(belum diisi)</source>
      <translation>(not filled in)</translation>
    </message>
    <message>
      <source>(jabatan tanpa nama)</source>
      <translation>(unnamed position)</translation>
    </message>
  </context>
  <context>
    <name>JabatanTreeModel</name>
    <message>
      <source>Jabatan, sasaran, indikator</source>
      <translation>Positions, objectives, indicators</translation>
    </message>
    <message>
      <source>Ringkasan kecamatan</source>
      <translation>Sub-district overview</translation>
    </message>
    <message>
      <source>Kecamatan dan pegawai</source>
      <translation>Sub-district and staff</translation>
    </message>
    <message>
      <source>Keputusan dan matriks</source>
      <translation>Decree and matrix</translation>
    </message>
  </context>
  <context>
    <name>KecamatanEditor</name>
    <message>
      <source>Kecamatan dan pegawai</source>
      <translation>Sub-district and staff</translation>
    </message>
    <message>
      <source>&amp;Nama kecamatan:</source>
      <translation>&amp;Sub-district name:</translation>
    </message>
    <message>
      <source>&amp;Kabupaten:</source>
      <translation>&amp;Regency (kabupaten):</translation>
    </message>
    <message>
      <source>&amp;Tempat pada tanda tangan:</source>
      <translation>&amp;Place on signatures:</translation>
    </message>
    <message>
      <source>Tambah &amp;pegawai</source>
      <translation>Add &amp;staff member</translation>
    </message>
    <message>
      <source>&amp;Hapus pegawai…</source>
      <translation>&amp;Delete staff member…</translation>
    </message>
    <message>
      <source>Pe&amp;gawai (pemegang jabatan dan penanda tangan):</source>
      <translation>&amp;Staff (position holders and signers):</translation>
    </message>
    <message>
      <source>Hapus pegawai</source>
      <translation>Delete staff member</translation>
    </message>
    <message>
      <source>Hapus {0}? Jabatan yang dipegangnya menjadi kosong; keputusan yang sudah ditandatanganinya tidak berubah. Dapat diurungkan dengan Ctrl+Z.</source>
      <translation>Delete {0}? The positions they hold become vacant; decrees they signed do not change. This can be undone with Ctrl+Z.</translation>
    </message>
    <message>
      <source>Pegawai baru</source>
      <translation>New staff member</translation>
    </message>
    <message>
      <source>Nama (dengan gelar)</source>
      <translation>Name (with titles)</translation>
    </message>
    <message>
      <source>NIP</source>
      <translation>NIP</translation>
    </message>
    <message>
      <source>Pangkat/golongan</source>
      <translation>Rank/grade</translation>
    </message>
  </context>
  <context>
    <name>ListField</name>
    <message>
      <source>&amp;Tambah {0}</source>
      <translation>&amp;Add {0}</translation>
    </message>
    <message>
      <source>Hapus</source>
      <translation>Delete</translation>
    </message>
    <message>
      <source>Naik</source>
      <translation>Up</translation>
    </message>
    <message>
      <source>Turun</source>
      <translation>Down</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Batal</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>Membatalkan… (menunggu penulisan berhenti)</source>
      <translation>Cancelling… (waiting for the writing to stop)</translation>
    </message>
    <message>
      <source>Pulihkan dari cadangan</source>
      <translation>Restore from a backup</translation>
    </message>
    <message>
      <source>Data dipulihkan dari {0}.
Data sebelumnya disimpan di {1}.</source>
      <translation>Data restored from {0}.
The previous data was kept in {1}.</translation>
    </message>
    <message>
      <source>Mengulangi impor…</source>
      <translation>Redoing the import…</translation>
    </message>
    <message>
      <source>Mengurungkan impor…</source>
      <translation>Undoing the import…</translation>
    </message>
    <message>
      <source>Ekspor ke Excel</source>
      <translation>Export to Excel</translation>
    </message>
    <message>
      <source>Buku kerja Excel (*.xlsx)</source>
      <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
      <source>Diekspor ke {0}: {1} baris.</source>
      <translation>Exported to {0}: {1} rows.</translation>
    </message>
    <message>
      <source>Ekspor dibatalkan.</source>
      <translation>Export cancelled.</translation>
    </message>
    <message>
      <source>Mengekspor ke Excel…</source>
      <translation>Exporting to Excel…</translation>
    </message>
    <message>
      <source>Impor dari Excel</source>
      <translation>Import from Excel</translation>
    </message>
    <message>
      <source>Impor dibatalkan: tidak ada yang diubah.</source>
      <translation>Import cancelled: nothing was changed.</translation>
    </message>
    <message>
      <source>Membaca buku kerja…</source>
      <translation>Reading the workbook…</translation>
    </message>
    <message>
      <source>Diimpor dari {0}.</source>
      <translation>Imported from {0}.</translation>
    </message>
    <message>
      <source>Mengimpor…</source>
      <translation>Importing…</translation>
    </message>
    <message>
      <source>Impor dokumen</source>
      <translation>Import document</translation>
    </message>
    <message>
      <source>Dokumen Word atau teks (*.docx *.txt);;Semua berkas (*)</source>
      <translation>Word documents or text (*.docx *.txt);;All files (*)</translation>
    </message>
    <message>
      <source>Impor dokumen dibatalkan.</source>
      <translation>Document import cancelled.</translation>
    </message>
    <message>
      <source>Membaca dokumen…</source>
      <translation>Reading the document…</translation>
    </message>
    <message>
      <source>Periode «{0}» tidak dikenal. Tulis tahun awal dan akhir, mis. 2021-2026.</source>
      <translation>Period «{0}» is not understood. Write the first and last year, e.g. 2021-2026.</translation>
    </message>
    <message>
      <source>Berkas data: {0}</source>
      <translation>Data file: {0}</translation>
    </message>
    <message>
      <source>Belum ada perubahan</source>
      <translation>No changes yet</translation>
    </message>
    <message>
      <source>Memuat data…</source>
      <translation>Loading the data…</translation>
    </message>
    <message>
      <source>Memuat…</source>
      <translation>Loading…</translation>
    </message>
    <message>
      <source>(kecamatan belum diisi)</source>
      <translation>(sub-district not filled in)</translation>
    </message>
    <message>
      <source> (hanya baca)</source>
      <translation> (read only)</translation>
    </message>
    <message>
      <source>Mencadangkan data</source>
      <translation>Backing up the data</translation>
    </message>
    <message>
      <source>Semua data ada di satu berkas:
{0}

Tutup aplikasi, lalu salin berkas itu ke flashdisk. Salinan itu sudah lengkap; untuk memulihkan, salin kembali (aplikasi tertutup).</source>
      <translation>All data is in one file:
{0}

Close the app, then copy that file to a flash drive. The copy is complete; to restore, copy it back (with the app closed).</translation>
    </message>
    <message>
      <source>Atau, tanpa menutup aplikasi: Berkas → Cadangkan data… (salinan diperiksa), dan Berkas → Pulihkan dari cadangan…. Cadangan otomatis harian ada di folder «cadangan» di samping berkas data.</source>
      <translation>Or, without closing the app: File → Back up the data… (the copy is checked), and File → Restore from a backup…. Daily automatic backups are in the folder «cadangan» beside the data file.</translation>
    </message>
    <message>
      <source>Tentang {0}</source>
      <translation>About {0}</translation>
    </message>
    <message>
      <source>&lt;b&gt;{0}&lt;/b&gt; versi {1}&lt;p&gt;Indikator kinerja kecamatan dan lampiran Keputusan Camat, tanpa internet.&lt;/p&gt;&lt;p&gt;Berkas data: {2}&lt;/p&gt;</source>
      <translation>&lt;b&gt;{0}&lt;/b&gt; version {1}&lt;p&gt;Performance indicators of a sub-district and the annexes of the Camat's decree, offline.&lt;/p&gt;&lt;p&gt;Data file: {2}&lt;/p&gt;</translation>
    </message>
    <message>
      <source>Cadangkan data</source>
      <translation>Back up the data</translation>
    </message>
    <message>
      <source>Basis data Kinerja (*.db)</source>
      <translation>Kinerja database (*.db)</translation>
    </message>
    <message>
      <source>Cadangan tersimpan: {0}</source>
      <translation>Backup saved: {0}</translation>
    </message>
    <message>
      <source>Cadangan tersimpan dan sudah diperiksa:
{0}

Keutuhan baik; jumlah baris sama dengan data asli ({1} indikator, {2} realisasi).</source>
      <translation>Backup saved and checked:
{0}

Integrity good; the same number of rows as the data ({1} indicators, {2} results).</translation>
    </message>
    <message>
      <source>Berkas: {0}
Kecamatan: {1}, Kabupaten {2}
Periode: {3}
Isi: {4} jabatan, {5} indikator, {6} target, {7} realisasi
Perubahan terakhir: {8}</source>
      <translation>File: {0}
Sub-district: {1}, Regency {2}
Periods: {3}
Contents: {4} positions, {5} indicators, {6} targets, {7} results
Last change: {8}</translation>
    </message>
    <message>
      <source>(tidak tercatat)</source>
      <translation>(not recorded)</translation>
    </message>
    <message>
      <source>Basis data Kinerja (*.db);;Semua berkas (*)</source>
      <translation>Kinerja database (*.db);;All files (*)</translation>
    </message>
    <message>
      <source>Ganti data yang sekarang dengan isi cadangan ini?

{0}

Data yang sekarang disimpan dulu sebagai salinan pengaman di folder cadangan.</source>
      <translation>Replace the current data with this backup?

{0}

The current data is first kept as a safety copy in the backup folder.</translation>
    </message>
    <message>
      <source>&amp;Berkas</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>&amp;Edit</translation>
    </message>
    <message>
      <source>&amp;Cetak</source>
      <translation>&amp;Print</translation>
    </message>
    <message>
      <source>&amp;Data</source>
      <translation>&amp;Data</translation>
    </message>
    <message>
      <source>&amp;Anggaran (program, pagu, realisasi)…</source>
      <translation>&amp;Budget (programs, ceilings, spending)…</translation>
    </message>
    <message>
      <source>&amp;Lihat</source>
      <translation>&amp;View</translation>
    </message>
    <message>
      <source>Ban&amp;tuan</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <source>Cara &amp;mencadangkan data</source>
      <translation>How to &amp;back up the data</translation>
    </message>
    <message>
      <source>&amp;Tentang {0}</source>
      <translation>&amp;About {0}</translation>
    </message>
    <message>
      <source>&amp;Periode baru (salin periode ini)…</source>
      <translation>&amp;New period (copy of this one)…</translation>
    </message>
    <message>
      <source>&amp;Ubah periode…</source>
      <translation>Change &amp;period…</translation>
    </message>
    <message>
      <source>&amp;Hapus periode…</source>
      <translation>&amp;Delete period…</translation>
    </message>
    <message>
      <source>&amp;Impor dokumen…</source>
      <translation>&amp;Import document…</translation>
    </message>
    <message>
      <source>Ekspor ke E&amp;xcel…</source>
      <translation>Export to E&amp;xcel…</translation>
    </message>
    <message>
      <source>Impor &amp;dari Excel…</source>
      <translation>Import &amp;from Excel…</translation>
    </message>
    <message>
      <source>&amp;Cadangkan data…</source>
      <translation>&amp;Back up the data…</translation>
    </message>
    <message>
      <source>&amp;Pulihkan dari cadangan…</source>
      <translation>&amp;Restore from a backup…</translation>
    </message>
    <message>
      <source>&amp;Riwayat perubahan…</source>
      <translation>Change &amp;history…</translation>
    </message>
    <message>
      <source>Buka &amp;folder data</source>
      <translation>Open data &amp;folder</translation>
    </message>
    <message>
      <source>Pen&amp;gaturan…</source>
      <translation>&amp;Settings…</translation>
    </message>
    <message>
      <source>&amp;Keluar</source>
      <translation>&amp;Quit</translation>
    </message>
    <message>
      <source>&amp;Urungkan</source>
      <translation>&amp;Undo</translation>
    </message>
    <message>
      <source>Ula&amp;ngi</source>
      <translation>&amp;Redo</translation>
    </message>
    <message>
      <source>Tambah &amp;jabatan</source>
      <translation>Add &amp;position</translation>
    </message>
    <message>
      <source>Tambah &amp;sasaran</source>
      <translation>Add &amp;objective</translation>
    </message>
    <message>
      <source>Tambah &amp;indikator</source>
      <translation>Add &amp;indicator</translation>
    </message>
    <message>
      <source>&amp;Gandakan indikator</source>
      <translation>&amp;Duplicate indicator</translation>
    </message>
    <message>
      <source>Pindah ke &amp;atas</source>
      <translation>Move &amp;up</translation>
    </message>
    <message>
      <source>Pindah ke &amp;bawah</source>
      <translation>Move &amp;down</translation>
    </message>
    <message>
      <source>&amp;Hapus…</source>
      <translation>&amp;Delete…</translation>
    </message>
    <message>
      <source>&amp;Lampiran Keputusan Camat (semua jabatan)…</source>
      <translation>&amp;Annexes of the decree (all positions)…</translation>
    </message>
    <message>
      <source>Lampiran &amp;jabatan terpilih…</source>
      <translation>Annex of the selected &amp;position…</translation>
    </message>
    <message>
      <source>&amp;Matriks Indikator Kinerja Eselon IV…</source>
      <translation>Echelon IV indicator &amp;matrix…</translation>
    </message>
    <message>
      <source>&amp;Seluruh lampiran SK (menurut nomor), lalu matriks…</source>
      <translation>&amp;Whole decree: every annex (by number), then the matrix…</translation>
    </message>
    <message>
      <source>Laporan &amp;capaian (tahun dan triwulan terpilih)…</source>
      <translation>&amp;Achievement report (selected year and quarter)…</translation>
    </message>
    <message>
      <source>LKj&amp;IP (Bab III)…</source>
      <translation>Performance report (LKj&amp;IP, chapter III)…</translation>
    </message>
    <message>
      <source>&amp;Rencana aksi…</source>
      <translation>&amp;Action plan…</translation>
    </message>
    <message>
      <source>&amp;Pengukuran kinerja…</source>
      <translation>&amp;Performance measurement…</translation>
    </message>
    <message>
      <source>&amp;Cari</source>
      <translation>&amp;Find</translation>
    </message>
    <message>
      <source>&amp;Mutu data</source>
      <translation>&amp;Data quality</translation>
    </message>
    <message>
      <source>&amp;Ringkasan kecamatan</source>
      <translation>Sub-district &amp;overview</translation>
    </message>
    <message>
      <source>Perubahan terakhir: {0}</source>
      <translation>Last change: {0}</translation>
    </message>
    <message>
      <source>Simpan sebagai &amp;Word…</source>
      <translation>Save as &amp;Word…</translation>
    </message>
    <message>
      <source>Simpan sebagai Word</source>
      <translation>Save as Word</translation>
    </message>
    <message>
      <source>Dokumen Word (*.docx)</source>
      <translation>Word document (*.docx)</translation>
    </message>
    <message>
      <source>Disimpan: {0}</source>
      <translation>Saved: {0}</translation>
    </message>
    <message>
      <source>Penyimpanan Word dibatalkan; tidak ada berkas yang ditulis.</source>
      <translation>Saving as Word cancelled; no file was written.</translation>
    </message>
    <message>
      <source>Menyusun dokumen Word…</source>
      <translation>Building the Word document…</translation>
    </message>
    <message>
      <source>Pilih dulu jabatan yang lampirannya akan dicetak.</source>
      <translation>First select the position whose annex you want to print.</translation>
    </message>
    <message>
      <source>Mutu data</source>
      <translation>Data quality</translation>
    </message>
    <message>
      <source>Mutu data ({0} peringatan)</source>
      <translation>Data quality ({0} warnings)</translation>
    </message>
    <message>
      <source>Jabatan baru</source>
      <translation>New position</translation>
    </message>
    <message>
      <source>Sasaran baru</source>
      <translation>New objective</translation>
    </message>
    <message>
      <source>Indikator baru</source>
      <translation>New indicator</translation>
    </message>
    <message>
      <source>

Ikut terhapus: {0}.</source>
      <translation>

Also deleted: {0}.</translation>
    </message>
    <message>
      <source>

Tautan yang dilepas: {0}.</source>
      <translation>

Links removed: {0}.</translation>
    </message>
    <message>
      <source>Hapus {0} «{1}»?{2}

Penghapusan dapat diurungkan dengan Ctrl+Z selama aplikasi terbuka.</source>
      <translation>Delete {0} «{1}»?{2}

The deletion can be undone with Ctrl+Z while the app is open.</translation>
    </message>
    <message>
      <source>Hapus {0}</source>
      <translation>Delete {0}</translation>
    </message>
    <message>
      <source>Ubah tahun periode</source>
      <translation>Change the period's years</translation>
    </message>
    <message>
      <source>{0}

Tetap ubah tahun periode «{1}»?</source>
      <translation>{0}

Change the years of period «{1}» anyway?</translation>
    </message>
    <message>
      <source>Hapus periode «{0}» ({1}–{2})?

Ikut terhapus: {3} sasaran (dari {4} jabatan), {5} indikator, {6} target, {7} realisasi, {8} keputusan dengan {9} lampiran. Jabatan, fungsi dan pegawai tetap ada.

Penghapusan dapat diurungkan dengan Ctrl+Z selama aplikasi terbuka, atau dipulihkan dari Riwayat perubahan.</source>
      <translation>Delete period «{0}» ({1}–{2})?

Also deleted: {3} objectives (of {4} positions), {5} indicators, {6} targets, {7} results, {8} decrees with {9} annexes. Positions, functions and employees stay.

The deletion can be undone with Ctrl+Z while the app is open, or restored from the change history.</translation>
    </message>
    <message>
      <source>Hapus periode</source>
      <translation>Delete period</translation>
    </message>
    <message>
      <source>Periode</source>
      <translation>Period</translation>
    </message>
    <message>
      <source>s.d. TW {0}</source>
      <translation>up to Q{0}</translation>
    </message>
    <message>
      <source>&amp;Periode:</source>
      <translation>&amp;Period:</translation>
    </message>
    <message>
      <source>&amp;Tahun:</source>
      <translation>&amp;Year:</translation>
    </message>
    <message>
      <source>Cari jabatan, sasaran atau indikator… (Ctrl+F)</source>
      <translation>Find a position, objective or indicator… (Ctrl+F)</translation>
    </message>
  </context>
  <context>
    <name>Mulai</name>
    <message>
      <source>Terjadi kesalahan yang tidak terduga. Data yang sudah tersimpan aman.

Rinciannya dicatat di:
{0}</source>
      <translation>An unexpected error happened. The data already saved is safe.

The details are in:
{0}</translation>
    </message>
    <message>
      <source>Salin detail</source>
      <translation>Copy details</translation>
    </message>
    <message>
      <source>Berkas data rusak:
{0}

{1}</source>
      <translation>The data file is damaged:
{0}

{1}</translation>
    </message>
    <message>
      <source>

Tidak ada cadangan otomatis yang baik. Pulihkan dari cadangan di flashdisk (Berkas → Pulihkan dari cadangan).</source>
      <translation>

There is no good automatic backup. Restore from a backup on a flash drive (File → Restore from backup).</translation>
    </message>
    <message>
      <source>

Pulihkan dari cadangan otomatis terbaru yang baik?
{0}</source>
      <translation>

Restore the newest good automatic backup?
{0}</translation>
    </message>
  </context>
  <context>
    <name>NewPeriodDialog</name>
    <message>
      <source>Periode baru</source>
      <translation>New period</translation>
    </message>
    <message>
      <source>Periode baru disalin dari periode {0}: sasaran, indikator dan penjelasannya (tanpa target dan realisasi).</source>
      <translation>The new period is copied from period {0}: objectives, indicators and explanations (without targets and results).</translation>
    </message>
    <message>
      <source>Tahun &amp;awal:</source>
      <translation>&amp;First year:</translation>
    </message>
    <message>
      <source>Tahun a&amp;khir:</source>
      <translation>&amp;Last year:</translation>
    </message>
  </context>
  <context>
    <name>PkTab</name>
    <message>
      <source>Isi PK seperti ditandatangani (diambil dari IKU saat PK dibuat; target dapat diubah di PK ini):</source>
      <translation>The agreement as signed (taken from the IKU when it was made; targets editable in this agreement only):</translation>
    </message>
    <message>
      <source>&amp;Buat PK</source>
      <translation>&amp;Make agreement</translation>
    </message>
    <message>
      <source>Buat PK Pe&amp;rubahan</source>
      <translation>Make &amp;revised agreement</translation>
    </message>
    <message>
      <source>Hapus P&amp;K</source>
      <translation>Delete a&amp;greement</translation>
    </message>
    <message>
      <source>&amp;Cetak PK…</source>
      <translation>&amp;Print agreement…</translation>
    </message>
    <message>
      <source>Perbarui dari &amp;IKU &amp;&amp; anggaran…</source>
      <translation>Update from &amp;IKU &amp;&amp; budget…</translation>
    </message>
    <message>
      <source>Ambil lagi sasaran, indikator dan anggaran PK ini dari IKU dan anggaran sekarang (target PK yang sudah ada tetap). PK tidak pernah berubah sendiri.</source>
      <translation>Take this agreement's objectives, indicators and budget again from the IKU and the budget as they are now (the targets already on it stay). An agreement never changes by itself.</translation>
    </message>
    <message>
      <source>&amp;Tahun:</source>
      <translation>&amp;Year:</translation>
    </message>
    <message>
      <source>misalnya 02 Januari 2019 (kosong: belum bertanggal)</source>
      <translation>e.g. 02 Januari 2019 (blank: not dated yet)</translation>
    </message>
    <message>
      <source>Tem&amp;pat:</source>
      <translation>&amp;Place:</translation>
    </message>
    <message>
      <source>Tan&amp;ggal:</source>
      <translation>&amp;Date:</translation>
    </message>
    <message>
      <source>Pihak pertama (pemegang jabatan)</source>
      <translation>First party (holder of the post)</translation>
    </message>
    <message>
      <source>Pihak kedua (atasan langsung)</source>
      <translation>Second party (direct superior)</translation>
    </message>
    <message>
      <source>Diambil dari &amp;jabatan:</source>
      <translation>Taken from &amp;post:</translation>
    </message>
    <message>
      <source>Sasaran</source>
      <translation>Objective</translation>
    </message>
    <message>
      <source>Indikator</source>
      <translation>Indicator</translation>
    </message>
    <message>
      <source>Target IKU</source>
      <translation>IKU target</translation>
    </message>
    <message>
      <source>Target PK</source>
      <translation>Agreement target</translation>
    </message>
    <message>
      <source>Satuan</source>
      <translation>Unit</translation>
    </message>
    <message>
      <source>Jabatan ini belum punya Perjanjian Kinerja tahun {0}. Klik «Buat PK»: targetnya diambil dari target IKU tahun itu.</source>
      <translation>This post has no performance agreement for {0} yet. Click «Make agreement»: its targets are taken from that year's IKU targets.</translation>
    </message>
    <message>
      <source>Dicetak di kertas {0}.</source>
      <translation>Printed on {0} paper.</translation>
    </message>
    <message>
      <source>(diketik — Bupati atau lainnya)</source>
      <translation>(typed — the Bupati or another)</translation>
    </message>
    <message>
      <source>Perbarui PK</source>
      <translation>Update agreement</translation>
    </message>
    <message>
      <source>Ambil lagi sasaran, indikator, satuan, program, kegiatan dan anggaran {0} {1} dari IKU dan anggaran sekarang? Target yang sudah ada di PK ini tetap. Dapat dibatalkan dengan Ctrl+Z.</source>
      <translation>Take the objectives, indicators, units, programmes, activities and budget of {0} {1} again from the IKU and the budget as they are now? The targets already on this agreement stay. Can be undone with Ctrl+Z.</translation>
    </message>
    <message>
      <source>Hapus PK</source>
      <translation>Delete agreement</translation>
    </message>
    <message>
      <source>Hapus {0} jabatan ini? Dapat dibatalkan dengan Ctrl+Z.</source>
      <translation>Delete {0} of this post? Ctrl+Z takes it back.</translation>
    </message>
    <message>
      <source>Pratinjau cetak — Perjanjian Kinerja</source>
      <translation>Print preview — Performance agreement</translation>
    </message>
  </context>
  <context>
    <name>PratinjauDialog</name>
    <message>
      <source>Impor dari Excel: {0}</source>
      <translation>Import from Excel: {0}</translation>
    </message>
    <message>
      <source>Tempat</source>
      <translation>Place</translation>
    </message>
    <message>
      <source>Butir</source>
      <translation>Item</translation>
    </message>
    <message>
      <source>Lama</source>
      <translation>Old</translation>
    </message>
    <message>
      <source>Baru</source>
      <translation>New</translation>
    </message>
    <message>
      <source>Berubah ({0})</source>
      <translation>Changed ({0})</translation>
    </message>
    <message>
      <source>(tidak ada)</source>
      <translation>(none)</translation>
    </message>
    <message>
      <source>Baru ({0})</source>
      <translation>New ({0})</translation>
    </message>
    <message>
      <source>Di basis data</source>
      <translation>In the database</translation>
    </message>
    <message>
      <source>Di buku kerja</source>
      <translation>In the workbook</translation>
    </message>
    <message>
      <source>Konflik ({0})</source>
      <translation>Conflicts ({0})</translation>
    </message>
    <message>
      <source>Alasan</source>
      <translation>Reason</translation>
    </message>
    <message>
      <source>Ditolak ({0})</source>
      <translation>Refused ({0})</translation>
    </message>
    <message>
      <source>Tidak ada yang dapat diimpor dari buku kerja ini: lihat tab Konflik dan Ditolak.</source>
      <translation>Nothing in this workbook can be imported: see the Conflicts and Refused tabs.</translation>
    </message>
    <message>
      <source>Tidak ada yang diimpor: buku kerja sama dengan basis data.</source>
      <translation>Nothing to import: the workbook is the same as the database.</translation>
    </message>
    <message>
      <source>Konflik dan isian yang ditolak tidak diimpor. Impor menjadi satu langkah yang dapat diurungkan (Ctrl+Z) dan tercatat di riwayat.</source>
      <translation>Conflicts and refused cells are not imported. The import is one step that can be undone (Ctrl+Z) and is recorded in the history.</translation>
    </message>
    <message>
      <source>&amp;Impor</source>
      <translation>&amp;Import</translation>
    </message>
    <message>
      <source>&amp;Batal</source>
      <translation>&amp;Cancel</translation>
    </message>
  </context>
  <context>
    <name>PrintPreviewDialog</name>
    <message>
      <source>Pratinjau cetak — {0}</source>
      <translation>Print preview — {0}</translation>
    </message>
    <message>
      <source>Melintang (landscape)</source>
      <translation>Landscape</translation>
    </message>
    <message>
      <source>Tegak (portrait)</source>
      <translation>Portrait</translation>
    </message>
    <message>
      <source>Gambar &amp;tanda tangan…</source>
      <translation>&amp;Signature image…</translation>
    </message>
    <message>
      <source>Gambar ca&amp;p…</source>
      <translation>Stam&amp;p image…</translation>
    </message>
    <message>
      <source>Menyusun halaman… %p%</source>
      <translation>Laying out pages… %p%</translation>
    </message>
    <message>
      <source>&amp;Batalkan</source>
      <translation>&amp;Cancel</translation>
    </message>
    <message>
      <source>&amp;Cetak…</source>
      <translation>&amp;Print…</translation>
    </message>
    <message>
      <source>&amp;Simpan PDF…</source>
      <translation>&amp;Save PDF…</translation>
    </message>
    <message>
      <source>Buka di &amp;penampil PDF</source>
      <translation>Open in the PDF &amp;viewer</translation>
    </message>
    <message>
      <source>&amp;Tutup</source>
      <translation>&amp;Close</translation>
    </message>
    <message>
      <source>&amp;Kertas:</source>
      <translation>&amp;Paper:</translation>
    </message>
    <message>
      <source>&amp;Arah:</source>
      <translation>&amp;Orientation:</translation>
    </message>
    <message>
      <source>&amp;Margin:</source>
      <translation>&amp;Margin:</translation>
    </message>
    <message>
      <source>Gambar tanda tangan</source>
      <translation>Signature image</translation>
    </message>
    <message>
      <source>Gambar cap</source>
      <translation>Stamp image</translation>
    </message>
    <message>
      <source>Gambar PNG (*.png)</source>
      <translation>PNG image (*.png)</translation>
    </message>
    <message>
      <source>Menyusun PDF…</source>
      <translation>Building the PDF…</translation>
    </message>
    <message>
      <source>{0} halaman, {1} KB</source>
      <translation>{0} pages, {1} KB</translation>
    </message>
    <message>
      <source>Dibatalkan.</source>
      <translation>Cancelled.</translation>
    </message>
    <message>
      <source>Simpan PDF</source>
      <translation>Save PDF</translation>
    </message>
    <message>
      <source>Dokumen PDF (*.pdf)</source>
      <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
      <source>Disimpan: {0}</source>
      <translation>Saved: {0}</translation>
    </message>
    <message>
      <source>Tidak ada penampil PDF yang terpasang. Berkasnya ada di:
{0}</source>
      <translation>No PDF viewer is installed. The file is at:
{0}</translation>
    </message>
  </context>
  <context>
    <name>RealisasiTableModel</name>
    <message>
      <source>Pembilang</source>
      <translation>Numerator</translation>
    </message>
    <message>
      <source>Tahun</source>
      <translation>Year</translation>
    </message>
    <message>
      <source>TW</source>
      <translation>Q</translation>
    </message>
    <message>
      <source>Nilai</source>
      <translation>Value</translation>
    </message>
    <message>
      <source>Penyebut</source>
      <translation>Denominator</translation>
    </message>
    <message>
      <source>Catatan</source>
      <translation>Note</translation>
    </message>
    <message>
      <source>Realisasi s.d. TW</source>
      <translation>Result to date</translation>
    </message>
    <message>
      <source>Capaian</source>
      <translation>Achievement</translation>
    </message>
    <message>
      <source>Kategori</source>
      <translation>Category</translation>
    </message>
  </context>
  <context>
    <name>RiwayatDialog</name>
    <message>
      <source>Riwayat perubahan</source>
      <translation>Change history</translation>
    </message>
    <message>
      <source>Cari item, kolom, operator atau nilai…</source>
      <translation>Find an item, field, operator or value…</translation>
    </message>
    <message>
      <source>Semua jenis</source>
      <translation>All kinds</translation>
    </message>
    <message>
      <source>Semua aksi</source>
      <translation>All actions</translation>
    </message>
    <message>
      <source>&amp;Ekspor CSV…</source>
      <translation>&amp;Export CSV…</translation>
    </message>
    <message>
      <source>&amp;Pulihkan item terhapus</source>
      <translation>&amp;Bring back the deleted item</translation>
    </message>
    <message>
      <source>&amp;Tutup</source>
      <translation>&amp;Close</translation>
    </message>
    <message>
      <source>dari</source>
      <translation>from</translation>
    </message>
    <message>
      <source>sampai</source>
      <translation>to</translation>
    </message>
    <message>
      <source>{0} perubahan</source>
      <translation>{0} changes</translation>
    </message>
    <message>
      <source>Ekspor riwayat</source>
      <translation>Export the history</translation>
    </message>
    <message>
      <source>CSV (*.csv)</source>
      <translation>CSV (*.csv)</translation>
    </message>
    <message>
      <source>{0} baris diekspor ke {1}</source>
      <translation>{0} rows exported to {1}</translation>
    </message>
  </context>
  <context>
    <name>SasaranEditor</name>
    <message>
      <source>N&amp;omor (seperti tercetak):</source>
      <translation>N&amp;umber (as printed):</translation>
    </message>
    <message>
      <source>&amp;Kinerja utama / sasaran:</source>
      <translation>&amp;Objective (kinerja utama):</translation>
    </message>
    <message>
      <source>Nama di &amp;matriks (kosong: sama):</source>
      <translation>Name in the &amp;matrix (empty: the same):</translation>
    </message>
    <message>
      <source>tidak di matriks</source>
      <translation>not in the matrix</translation>
    </message>
    <message>
      <source>&amp;Urutan di matriks:</source>
      <translation>&amp;Order in the matrix:</translation>
    </message>
    <message>
      <source>Tambah &amp;indikator</source>
      <translation>Add &amp;indicator</translation>
    </message>
    <message>
      <source>Indikator:</source>
      <translation>Indicators:</translation>
    </message>
    <message>
      <source>Indikator baru</source>
      <translation>New indicator</translation>
    </message>
    <message>
      <source>(sasaran tanpa nama)</source>
      <translation>(unnamed objective)</translation>
    </message>
    <message>
      <source>(indikator tanpa nama)</source>
      <translation>(unnamed indicator)</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <source>Pengaturan</source>
      <translation>Settings</translation>
    </message>
    <message>
      <source>Kategori</source>
      <translation>Category</translation>
    </message>
    <message>
      <source>Capaian paling rendah (%)</source>
      <translation>Lowest achievement (%)</translation>
    </message>
    <message>
      <source>Warna</source>
      <translation>Colour</translation>
    </message>
    <message>
      <source>Tambah kategori</source>
      <translation>Add category</translation>
    </message>
    <message>
      <source>Hapus kategori</source>
      <translation>Delete category</translation>
    </message>
    <message>
      <source>&amp;Bahasa tampilan (berlaku setelah aplikasi dibuka ulang):</source>
      <translation>Display &amp;language (after restarting the app):</translation>
    </message>
    <message>
      <source>Nama &amp;operator di riwayat (kosong: nama pengguna Windows):</source>
      <translation>&amp;Operator name in the history (empty: the Windows user name):</translation>
    </message>
    <message>
      <source>Jumlah &amp;cadangan otomatis yang disimpan:</source>
      <translation>Automatic &amp;backups to keep:</translation>
    </message>
    <message>
      <source>&amp;Rumus capaian polaritas negatif:</source>
      <translation>&amp;Achievement formula for negative polarity:</translation>
    </message>
    <message>
      <source>Kategori capaian, dari yang terbaik; kategori terakhir tanpa batas bawah:</source>
      <translation>Achievement categories, best first; the last one has no lower bound:</translation>
    </message>
    <message>
      <source>Baris {0}: {1}</source>
      <translation>Row {0}: {1}</translation>
    </message>
    <message>
      <source>Ubah rumus polaritas negatif</source>
      <translation>Change the negative polarity formula</translation>
    </message>
  </context>
  <context>
    <name>TahunLkjipDialog</name>
    <message>
      <source>LKjIP (Bab III)</source>
      <translation>Performance report (LKjIP, chapter III)</translation>
    </message>
    <message>
      <source>Tabel Bab III LKjIP periode {0}: capaian indikator kinerja utama dan realisasi anggaran satu tahun.</source>
      <translation>Chapter III tables of the LKjIP, period {0}: achievement of the key performance indicators and budget spending of one year.</translation>
    </message>
    <message>
      <source>&amp;Tahun:</source>
      <translation>&amp;Year:</translation>
    </message>
  </context>
  <context>
    <name>WelcomeDialog</name>
    <message>
      <source>Selamat datang di {0}</source>
      <translation>Welcome to {0}</translation>
    </message>
    <message>
      <source>&lt;h2&gt;Selamat datang&lt;/h2&gt;&lt;p&gt;Belum ada data di komputer ini. Data akan disimpan di:&lt;br&gt;&lt;tt&gt;{0}&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Mulai dengan contoh lampiran Keputusan Camat Belawang Nomor 24 Tahun 2018 (dapat diubah atau dihapus kemudian), atau dengan kecamatan kosong.&lt;/p&gt;</source>
      <translation>&lt;h2&gt;Welcome&lt;/h2&gt;&lt;p&gt;There is no data on this computer yet. It will be kept in:&lt;br&gt;&lt;tt&gt;{0}&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Start with the sample annexes of decree No. 24/2018 of the Camat of Belawang (you can change or delete them later), or with an empty sub-district.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>Pakai &amp;contoh Kecamatan Belawang</source>
      <translation>Use the Belawang &amp;sample</translation>
    </message>
    <message>
      <source>Mulai kecamatan &amp;kosong</source>
      <translation>Start an &amp;empty sub-district</translation>
    </message>
    <message>
      <source>&amp;Periode kecamatan kosong:</source>
      <translation>&amp;Period of the empty sub-district:</translation>
    </message>
  </context>
  <context>
    <name>dialog</name>
    <message>
      <source>Pratinjau cetak — {0}</source>
      <translation>Print preview — {0}</translation>
    </message>
  </context>
  <context>
    <name>TargetTableModel</name>
    <message>
      <source>Target</source>
      <translation>Target</translation>
    </message>
    <message>
      <source>Realisasi</source>
      <translation>Result</translation>
    </message>
    <message>
      <source>Capaian</source>
      <translation>Achievement</translation>
    </message>
    <message>
      <source>Kategori</source>
      <translation>Category</translation>
    </message>
  </context>
  <context>
    <name>RiwayatTableModel</name>
    <message>
      <source>Waktu</source>
      <translation>Time</translation>
    </message>
    <message>
      <source>Operator</source>
      <translation>Operator</translation>
    </message>
    <message>
      <source>Aksi</source>
      <translation>Action</translation>
    </message>
    <message>
      <source>Jenis</source>
      <translation>Kind</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>Item</translation>
    </message>
    <message>
      <source>Kolom</source>
      <translation>Field</translation>
    </message>
    <message>
      <source>Nilai lama</source>
      <translation>Old value</translation>
    </message>
    <message>
      <source>Nilai baru</source>
      <translation>New value</translation>
    </message>
  </context>
  <context>
    <name>AksiTableModel</name>
    <message>
      <source>TW</source>
      <translation>Q</translation>
    </message>
    <message>
      <source>Target TW</source>
      <translation>Quarter target</translation>
    </message>
    <message>
      <source>Rencana aksi</source>
      <translation>Actions planned</translation>
    </message>
    <message>
      <source>Anggaran (Rp)</source>
      <translation>Budget (Rp)</translation>
    </message>
    <message>
      <source>Realisasi s.d. TW</source>
      <translation>Result to date</translation>
    </message>
    <message>
      <source>Capaian</source>
      <translation>Achievement</translation>
    </message>
    <message>
      <source>Kendala</source>
      <translation>Obstacles</translation>
    </message>
    <message>
      <source>Solusi / tindak lanjut</source>
      <translation>Follow-up</translation>
    </message>
    <message>
      <source>Bukti</source>
      <translation>Evidence</translation>
    </message>
  </context>
</TS>