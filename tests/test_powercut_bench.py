"""Smoke test of bench/powercut.py (a real commit that grows the file, SIGKILLed by strace
at one of its writes; the whole sweep is run by hand): three kill points, only where
strace is installed."""

import shutil
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

pytestmark = pytest.mark.skipif(shutil.which("strace") is None, reason="strace tidak terpasang")


@pytest.fixture(scope="module")
def cuts(tmp_path_factory):
    """Kills at the journal's first write, at a write of the file halfway through its
    growth (the file is then shorter than its header says) and at the journal's unlink
    (the commit point)."""
    from bench import powercut

    work = tmp_path_factory.mktemp("powercut")
    template, points, before, after = powercut.prepare(work)
    to_file = [p for p in points if p.syscall == "pwrite64" and "-journal" not in p.what]
    chosen = {"journal": points[0], "file": to_file[len(to_file) // 2],
              "unlink": next(p for p in points if p.syscall == "unlink")}
    assert chosen["journal"].syscall == "pwrite64" and "-journal" in chosen["journal"].what
    return {name: powercut.run_point(template, work, points.index(p) + 1, p, before, after, cli=False)
            for name, p in chosen.items()}


def test_a_cut_commit_is_wholly_absent_and_acknowledged_edits_stay(cuts):
    """Plain SQLite (the reference): integrity ok, the three acknowledged edits there, the
    half-done commit wholly absent, at every point; the kill landed where intended."""
    for name, row in cuts.items():
        assert row.landed, name
        assert len(row.acks) == 3 and not row.big_acked, (name, row.acks)
        assert row.ref_ok and row.ref.endswith("big absent"), (name, row.ref)
    assert cuts["file"].short and "hot" in cuts["file"].journal  # the state of finding 6


def test_the_app_opens_the_file_after_every_cut(cuts):
    """Store.open, and Store.open(read_only=True), find what plain SQLite finds."""
    for name, row in cuts.items():
        assert row.app_ok, (name, row.app)
        assert row.ro_ok, (name, row.ro)
