"""A shorter run of bench/crash_test.py (100 kills there, quoted in the notes), and the
bench's own honesty: every acknowledgement the parent receives is checked (finding 14)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

# Acknowledges, in the very write that says it is ready, an edit it never made, then a
# line the kill cuts short; then waits to be killed.
LYING_CHILD = r"""
import os, threading
os.write(1, b"siap\ntarget 1 2018 999999999\nsatuan 2 - 12")
threading.Event().wait()  # until the kill
"""


def test_killed_writer_loses_no_committed_edit():
    from bench.crash_test import run

    result = run(kills=12, seed=3, min_acks=1)
    assert result["edits_reported"] >= 12  # at least one acknowledged edit before every kill
    assert result["problems"] == [] and result["lost"] == 0


def test_every_acknowledgement_received_is_checked():
    """An acknowledgement that arrives together with "siap" is checked like any other
    (a lost edit is reported, not missed); a line cut short is counted, not misread."""
    from bench.crash_test import run

    result = run(kills=1, max_delay=0.0, child_code=LYING_CHILD)
    assert result["edits_reported"] == 1
    assert result["lost"] == 1 and "LOST target 1 2018 = 999999999" in result["problems"][0]
    assert result["cut_lines"] == 1
