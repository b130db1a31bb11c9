"""The Windows installer's side of the app: the named mutex it looks for, and the texts and
rules of installer/windows/kinerja.nsi that the Wine smoke test (installer/build_windows.sh)
cannot read back from the dialogs."""

import re
import sys
from pathlib import Path

import pytest

from app import instance_mutex

ROOT = Path(__file__).resolve().parents[1]
NSI = (ROOT / "installer" / "windows" / "kinerja.nsi").read_text(encoding="utf-8")


def test_the_mutex_name_is_the_one_the_installer_opens():
    define = re.search(r'^!define MUTEX "(.+)"$', NSI, re.M)
    assert define and define.group(1) == instance_mutex.MUTEX_NAME
    assert 'OpenMutexW(i 0x00100000, i 0, w "${MUTEX}")' in NSI


@pytest.mark.skipif(sys.platform == "win32", reason="off Windows only")
def test_no_mutex_off_windows():
    assert instance_mutex.hold() is None


def test_the_gui_start_holds_the_mutex():
    source = (ROOT / "app" / "ui" / "application.py").read_text(encoding="utf-8")
    run_gui = source[source.index("def run_gui"):source.index("def start_window")]
    assert "instance_mutex import hold" in run_gui and "hold()" in run_gui


def test_running_app_newer_version_and_old_windows_are_refused_in_silent_mode():
    # silent runs answer every question with its /SD default: cancel, no, ok → an exit code
    assert re.search(r'MessageBox MB_RETRYCANCEL\|MB_ICONEXCLAMATION "\$\(MSG_RUNNING\)" /SD IDCANCEL', NSI)
    assert re.search(r'"\$\(MSG_DOWNGRADE\)" /SD IDNO IDYES', NSI)
    assert "${AtLeastBuild} ${MIN_BUILD}" in NSI and "!define MIN_BUILD 17763" in NSI
    for code in (3, 4, 5):
        assert f"SetErrorLevel {code}" in NSI


def test_data_kept_unless_ticked_and_confirmed():
    assert 'Section /o "un.Hapus data aplikasi" UnData' in NSI
    assert 'Section /o "un.Hapus juga cadangan" UnBackups' in NSI
    assert '${AndIf} $1 != "cadangan"' in NSI  # the data section leaves the backups alone
    assert "MUI_PAGE_CUSTOMFUNCTION_LEAVE un.ConfirmDataRemoval" in NSI
    assert "MB_DEFBUTTON2" in NSI[NSI.index("Function un.ConfirmDataRemoval"):]


def test_labels_fit_and_texts_are_indonesian():
    # the components tree cuts a label after about 24 characters ("Program Kinerja Kecamata")
    labels = re.findall(r'^Section (?:/o )?"(?:un\.)?([^"]+)"', NSI, re.M)
    labels = [label.replace("${APPNAME}", "Kinerja Kecamatan") for label in labels]
    assert labels and all(len(label) <= 22 for label in labels), labels
    texts = re.findall(r'^LangString \S+ \$\{LANG_INDONESIAN\} "(.*)"$', NSI, re.M)
    texts += re.findall(r'^!define MUI_\w*TEXT\w* "(.*)"$', NSI, re.M)
    assert texts and not [t for t in texts if re.search(r"\band\b", t)]
    # NSIS's own Indonesian components text has an English "and": both pages override it
    assert NSI.count("MUI_COMPONENTSPAGE_TEXT_TOP") == 2


def test_publisher_names_who_makes_it():
    publisher = re.search(r'!define PUBLISHER "(.+)"', NSI).group(1)
    assert publisher != "Kinerja Kecamatan" and "Tim" in publisher
    assert 'WriteRegStr HKCU "${UNINST_KEY}" "Publisher" "${PUBLISHER}"' in NSI


def test_windows_wheels_are_pinned_with_hashes():
    lines = [line for line in (ROOT / "installer" / "windows" / "requirements-windows.txt").read_text().splitlines()
             if line and not line.startswith("#")]
    assert lines and all(re.fullmatch(r"[\w.-]+==[\w.]+ --hash=sha256:[0-9a-f]{64}", line) for line in lines)
    names = {line.split("==")[0].lower() for line in lines}
    assert {"pyside6-essentials", "pyside6-addons", "peewee", "reportlab", "pyinstaller"} <= names
    pyside = [line for line in lines if line.lower().startswith("pyside6-essentials==")][0]
    pinned = re.search(r'"PySide6-Essentials==([\d.]+)"', (ROOT / "pyproject.toml").read_text()).group(1)
    assert pyside.split("==")[1].split()[0] == pinned


def test_silent_data_switches_select_the_same_sections_as_the_page():
    init = NSI[NSI.index("Function un.onInit"):]
    init = init[:init.index("FunctionEnd")]
    assert '"/HAPUSDATA"' in init and '"/HAPUSCADANGAN"' in init
    assert init.index("Call un.CheckRunning") < init.index("GetOptions")  # a running app is refused first
    # the sections must be declared before the function that selects them
    assert NSI.index('Section /o "un.Hapus juga cadangan" UnBackups') < NSI.index("Function un.onInit")
