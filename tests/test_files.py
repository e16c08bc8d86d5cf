"""Files written whole or not at all, and failures that name the file asked for."""

import pytest

from smugdesk.files import atomic_path, atomic_stream


def test_a_failure_names_the_file_asked_for_not_the_temporary_one(tmp_path):
    folder = tmp_path / "a folder"
    folder.mkdir()
    with pytest.raises(IsADirectoryError) as info, atomic_stream(folder) as out:
        out.write(b"report")
    assert info.value.filename == str(folder)
    missing = tmp_path / "no such folder" / "r.pdf"
    with pytest.raises(FileNotFoundError) as info, atomic_path(missing):
        pass
    assert info.value.filename == str(missing)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a folder"]


def test_a_failure_of_the_work_itself_goes_on_as_it_was(tmp_path):
    other = tmp_path / "other.txt"
    with pytest.raises(FileNotFoundError) as info, atomic_path(tmp_path / "r.pdf"):
        other.read_text()
    assert info.value.filename == str(other)
    assert list(tmp_path.iterdir()) == []
