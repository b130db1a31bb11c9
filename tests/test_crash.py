"""A shorter run of bench/crash_test.py (100 kills there, quoted in the notes)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def test_killed_writer_loses_no_committed_edit():
    from bench.crash_test import run

    result = run(kills=12, seed=3)
    assert result["edits_reported"] > 12
