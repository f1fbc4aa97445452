"""The one atomic writer: whole files or nothing, no temporary left behind, devices written through."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from factcheck.files import atomic_write


def test_replaces_the_file_whole_and_leaves_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    target.write_text("old", encoding="utf-8")
    atomic_write(target, "new")
    assert target.read_text(encoding="utf-8") == "new"
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]


def test_a_link_at_the_target_is_replaced_not_written_through(tmp_path: Path) -> None:
    outside = tmp_path / "outside.txt"
    outside.write_text("keep", encoding="utf-8")
    (tmp_path / "repo").mkdir()
    link = tmp_path / "repo" / "baseline.json"
    link.symlink_to(outside)
    atomic_write(link, "new")
    assert outside.read_text(encoding="utf-8") == "keep"
    assert not link.is_symlink() and link.read_text(encoding="utf-8") == "new"


def test_a_missing_folder_is_refused_unless_asked_for(tmp_path: Path) -> None:
    with pytest.raises(OSError):
        atomic_write(tmp_path / "no" / "file.json", "x")
    atomic_write(tmp_path / "no" / "file.json", "x", parents=True)
    assert (tmp_path / "no" / "file.json").read_text(encoding="utf-8") == "x"


def test_a_device_is_written_through_never_replaced(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
    try:
        atomic_write(fifo, "through the pipe")
        assert os.read(reader, 100) == b"through the pipe"
    finally:
        os.close(reader)
    assert fifo.is_fifo()
    atomic_write(Path(os.devnull), "nothing")  # `--output /dev/null` must not replace /dev/null
    assert Path(os.devnull).is_char_device()
