; Kinerja Kecamatan: per-user setup (no administrator rights), Indonesian.
; Built by installer/build_windows.sh:
;   makensis -DVERSION=x.y.z -DSRC=<bundle dir> -DOUT=<setup.exe> [-DPUBLISHER=...] [-DSIGN=<sign.sh>]
;
; Exit codes of setup.exe and uninstall.exe (silent /S runs never ask; they refuse instead):
;   0 done, 1 cancelled by the user, 2 aborted,
;   3 the app is running (named mutex ${MUTEX}, held by app/instance_mutex.py): nothing changed,
;   4 a newer version is installed (setup only; a downgrade is asked, refused when silent),
;   5 this Windows is not supported (older than Windows 10 1809, build ${MIN_BUILD}),
;   6 the uninstaller could not remove the program files (the Add/Remove entry stays).
Unicode true
Target amd64-unicode
ManifestDPIAware true
RequestExecutionLevel user
SetCompressor /SOLID lzma
AllowSkipFiles off

!include "MUI2.nsh"
!include "FileFunc.nsh"
!include "WordFunc.nsh"
!include "WinVer.nsh"
!include "LogicLib.nsh"
!include "Sections.nsh"

!define APPNAME "Kinerja Kecamatan"
!define APPDIR "KinerjaKecamatan"
!define EXE "KinerjaKecamatan.exe"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APPDIR}"
!define MUTEX "Local\KinerjaKecamatan"
!define MIN_BUILD 17763
!ifndef PUBLISHER
  !define PUBLISHER "Tim Pengembang Kinerja Kecamatan"
!endif
!define DATADIR "$LOCALAPPDATA\${APPDIR}"

; Optional Authenticode signing (build_windows.sh passes -DSIGN when a certificate is given):
; the uninstaller before it is packed into the setup, and the setup itself.
!ifdef SIGN
  !uninstfinalize 'bash "${SIGN}" "%1"' = 0
  !finalize 'bash "${SIGN}" "%1"' = 0
!endif

Name "${APPNAME} ${VERSION}"
OutFile "${OUT}"
InstallDir "$LOCALAPPDATA\Programs\${APPDIR}"
InstallDirRegKey HKCU "Software\${APPDIR}" "InstallDir"
BrandingText "${APPNAME} ${VERSION}"
VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=1057 "ProductName" "${APPNAME}"
VIAddVersionKey /LANG=1057 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1057 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1057 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=1057 "FileDescription" "Pemasang ${APPNAME}"
VIAddVersionKey /LANG=1057 "LegalCopyright" "© ${PUBLISHER}"

!define MUI_ICON "${SRC}\_internal\resources\ikon\kinerja.ico"
!define MUI_UNICON "${SRC}\_internal\resources\ikon\kinerja.ico"
!define MUI_ABORTWARNING
!define MUI_UNABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE}"
!define MUI_FINISHPAGE_RUN_TEXT "Buka ${APPNAME} sekarang"
!insertmacro MUI_PAGE_WELCOME
; NSIS's own Indonesian text of this page has an English "and" in it
!define MUI_COMPONENTSPAGE_TEXT_TOP "Centang komponen yang ingin dipasang. Program wajib dipasang; pintasan di desktop boleh dilewati. Tekan tombol Lanjut untuk melanjutkan."
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!define MUI_COMPONENTSPAGE_TEXT_TOP "Data Anda (basis data, pengaturan, catatan, serta cadangan di subfolder cadangan\) ada di $\r$\n${DATADIR}$\r$\nData tetap disimpan, kecuali Anda mencentang $\"Hapus data aplikasi$\"."
!define MUI_PAGE_CUSTOMFUNCTION_LEAVE un.ConfirmDataRemoval
!insertmacro MUI_UNPAGE_COMPONENTS
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "Indonesian"

LangString MSG_RUNNING ${LANG_INDONESIAN} "${APPNAME} sedang dibuka.$\r$\n$\r$\nTutup dahulu semua jendela ${APPNAME} (simpan pekerjaan Anda), lalu tekan Coba Lagi (Retry). Tekan Batal (Cancel) untuk berhenti tanpa mengubah apa pun."
LangString MSG_DOWNGRADE ${LANG_INDONESIAN} "Versi yang terpasang ($R0) lebih baru daripada versi pemasang ini (${VERSION}).$\r$\n$\r$\nMemasang versi lama dapat membuat data yang sudah disimpan versi baru tidak dapat dibuka. Tetap pasang versi ${VERSION}?"
LangString MSG_WINDOWS ${LANG_INDONESIAN} "${APPNAME} memerlukan Windows 10 versi 1809 (build ${MIN_BUILD}) atau yang lebih baru, 64-bit.$\r$\n$\r$\nWindows di komputer ini (build $R0) tidak didukung. Pemasangan dibatalkan; tidak ada yang diubah."
LangString MSG_NOT_REMOVED ${LANG_INDONESIAN} "Sebagian berkas program di $INSTDIR tidak dapat dihapus (mungkin sedang dipakai). Tutup ${APPNAME}, lalu jalankan penghapusan sekali lagi. Data Anda tidak diubah."
LangString MSG_CONFIRM_DATA ${LANG_INDONESIAN} "Anda memilih menghapus data aplikasi di$\r$\n${DATADIR}$\r$\n(basis data kinerja.db, pengaturan, catatan).$\r$\n$\r$\nCadangan di subfolder cadangan\ tetap disimpan.$\r$\n$\r$\nData yang dihapus tidak dapat dikembalikan. Hapus data?"
LangString MSG_CONFIRM_ALL ${LANG_INDONESIAN} "Anda memilih menghapus data aplikasi DAN SEMUA CADANGANNYA di$\r$\n${DATADIR}$\r$\n(basis data kinerja.db, pengaturan, catatan, subfolder cadangan\).$\r$\n$\r$\nSetelah ini tidak ada salinan yang tersisa di komputer ini; data tidak dapat dikembalikan. Hapus semuanya?"

; ---------------------------------------------------------------- checks shared by both
!macro KINERJA_CHECKS UN
; The app holds the named mutex while it runs: ask to close it (retry / cancel); silent: exit 3.
Function ${UN}CheckRunning
  retry:
  System::Call 'kernel32::OpenMutexW(i 0x00100000, i 0, w "${MUTEX}") p .r0'
  ${If} $0 != 0
    System::Call 'kernel32::CloseHandle(p r0)'
    MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(MSG_RUNNING)" /SD IDCANCEL IDRETRY retry
    SetErrorLevel 3
    Quit
  ${EndIf}
FunctionEnd
!macroend
!insertmacro KINERJA_CHECKS ""
!insertmacro KINERJA_CHECKS "un."

Function .onInit
  ; 64-bit only (this setup is itself a 64-bit program: a 32-bit Windows cannot start it at
  ; all and says so itself); Windows 10 1809 or newer, as Qt 6 needs
  ${WinVerGetBuild} $R0
  ${IfNot} ${AtLeastWin10}
  ${OrIfNot} ${AtLeastBuild} ${MIN_BUILD}
    MessageBox MB_OK|MB_ICONSTOP "$(MSG_WINDOWS)" /SD IDOK
    SetErrorLevel 5
    Quit
  ${EndIf}
  Call CheckRunning
  ReadRegStr $R0 HKCU "${UNINST_KEY}" "DisplayVersion"
  ${If} $R0 != ""
    ${VersionCompare} "$R0" "${VERSION}" $R1  ; 1: the installed one is newer
    ${If} $R1 == 1
      MessageBox MB_YESNO|MB_ICONEXCLAMATION|MB_DEFBUTTON2 "$(MSG_DOWNGRADE)" /SD IDNO IDYES downgrade
      SetErrorLevel 4
      Quit
      downgrade:
    ${EndIf}
  ${EndIf}
FunctionEnd

; ---------------------------------------------------------------- install
Section "${APPNAME}" SecProgram
  SectionIn RO
  Call CheckRunning  ; started again while the pages were shown?
  ; an upgrade replaces only the program files; the data (in ${DATADIR}) stays
  RMDir /r "$INSTDIR\_internal"
  SetOutPath "$INSTDIR"
  File /r "${SRC}\*"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortCut "$SMPROGRAMS\${APPNAME}.lnk" "$INSTDIR\${EXE}"
  WriteRegStr HKCU "Software\${APPDIR}" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayName" "${APPNAME}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINST_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\${EXE}"
  WriteRegStr HKCU "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINST_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKCU "${UNINST_KEY}" "EstimatedSize" $0
SectionEnd

Section "Pintasan di desktop" SecDesktop
  CreateShortCut "$DESKTOP\${APPNAME}.lnk" "$INSTDIR\${EXE}"
SectionEnd

LangString DESC_Program ${LANG_INDONESIAN} "Program ${APPNAME} (wajib)."
LangString DESC_Desktop ${LANG_INDONESIAN} "Pintasan ${APPNAME} di desktop."
!insertmacro MUI_FUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${SecProgram} $(DESC_Program)
  !insertmacro MUI_DESCRIPTION_TEXT ${SecDesktop} $(DESC_Desktop)
!insertmacro MUI_FUNCTION_DESCRIPTION_END

; ---------------------------------------------------------------- uninstall
Section "un.${APPNAME}" UnProgram
  SectionIn RO
  Call un.CheckRunning
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${EXE}"
  ${If} ${FileExists} "$INSTDIR\${EXE}"
  ${OrIf} ${FileExists} "$INSTDIR\_internal\*.*"
    ; something is still in use: keep the uninstaller and the Add/Remove entry for a retry
    MessageBox MB_OK|MB_ICONSTOP "$(MSG_NOT_REMOVED)" /SD IDOK
    SetErrorLevel 6
    Quit
  ${EndIf}
  Delete "$SMPROGRAMS\${APPNAME}.lnk"
  Delete "$DESKTOP\${APPNAME}.lnk"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINST_KEY}"
  DeleteRegKey HKCU "Software\${APPDIR}"
SectionEnd

; Off unless ticked (and confirmed once more): the data stays after an uninstall. The
; backups (cadangan\) stay even then, unless the second box is ticked too.
Section /o "un.Hapus data aplikasi" UnData
  FindFirst $0 $1 "${DATADIR}\*"
  ${DoWhile} $1 != ""
    ${If} $1 != "."
    ${AndIf} $1 != ".."
    ${AndIf} $1 != "cadangan"
      ${If} ${FileExists} "${DATADIR}\$1\*.*"
        RMDir /r "${DATADIR}\$1"
      ${Else}
        Delete "${DATADIR}\$1"
      ${EndIf}
    ${EndIf}
    FindNext $0 $1
  ${Loop}
  FindClose $0
  RMDir "${DATADIR}"  ; only when nothing is left in it
SectionEnd

Section /o "un.Hapus juga cadangan" UnBackups
  RMDir /r "${DATADIR}\cadangan"
  RMDir "${DATADIR}"
SectionEnd

Var DataWasTicked
; Silent (IT staff): uninstall.exe /S keeps all data; /HAPUSDATA deletes the data but keeps
; the backups; /HAPUSCADANGAN deletes the backups too.
Function un.onInit
  Call un.CheckRunning
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/HAPUSDATA" $R1
  ${IfNot} ${Errors}
    !insertmacro SelectSection ${UnData}
  ${EndIf}
  ClearErrors
  ${GetOptions} $R0 "/HAPUSCADANGAN" $R1
  ${IfNot} ${Errors}
    !insertmacro SelectSection ${UnData}
    !insertmacro SelectSection ${UnBackups}
  ${EndIf}
  StrCpy $DataWasTicked 0
  ${If} ${SectionIsSelected} ${UnData}
    StrCpy $DataWasTicked 1
  ${EndIf}
FunctionEnd

LangString DESC_UnProgram ${LANG_INDONESIAN} "Program, pintasan, entri di daftar aplikasi Windows. Data tidak ikut terhapus."
LangString DESC_UnData ${LANG_INDONESIAN} "Menghapus basis data (kinerja.db), pengaturan, catatan di folder data. Subfolder cadangan\ tetap ada kecuali kotak berikutnya dicentang."
LangString DESC_UnBackups ${LANG_INDONESIAN} "Menghapus juga semua cadangan otomatis (subfolder cadangan\). Setelah itu tidak ada salinan data yang tersisa."
!insertmacro MUI_UNFUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${UnProgram} $(DESC_UnProgram)
  !insertmacro MUI_DESCRIPTION_TEXT ${UnData} $(DESC_UnData)
  !insertmacro MUI_DESCRIPTION_TEXT ${UnBackups} $(DESC_UnBackups)
!insertmacro MUI_UNFUNCTION_DESCRIPTION_END

; The backups go only with the data: ticking them ticks the data, unticking the data unticks them.
Function un.onSelChange
  ${If} ${SectionIsSelected} ${UnBackups}
  ${AndIfNot} ${SectionIsSelected} ${UnData}
    ${If} $DataWasTicked == 1
      !insertmacro UnselectSection ${UnBackups}
    ${Else}
      !insertmacro SelectSection ${UnData}
    ${EndIf}
  ${EndIf}
  StrCpy $DataWasTicked 0
  ${If} ${SectionIsSelected} ${UnData}
    StrCpy $DataWasTicked 1
  ${EndIf}
FunctionEnd

; The second confirmation: leaving the page with the data ticked asks once more (No: back to the page).
Function un.ConfirmDataRemoval
  ${If} ${SectionIsSelected} ${UnData}
    ${If} ${SectionIsSelected} ${UnBackups}
      MessageBox MB_YESNO|MB_ICONEXCLAMATION|MB_DEFBUTTON2 "$(MSG_CONFIRM_ALL)" IDYES confirmed
    ${Else}
      MessageBox MB_YESNO|MB_ICONEXCLAMATION|MB_DEFBUTTON2 "$(MSG_CONFIRM_DATA)" IDYES confirmed
    ${EndIf}
    Abort
    confirmed:
  ${EndIf}
FunctionEnd
