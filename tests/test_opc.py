"""The package writer: zips any reader opens, the same bytes every time, and a deck read and
written again keeps every part and relationship."""
from __future__ import annotations

import io
import os
import zipfile

from generator.writers.pptx import package as opc, zipwrite
from generator.writers.pptx.opc_read import read_package


def test_zip_opens_with_names_times_and_contents_as_written():
    big = os.urandom(1_500_000) + b"<a/>" * 300_000  # over the size where parts are compressed on every core
    entries = [("[Content_Types].xml", b"<Types/>"), ("ppt/m\u00e9dia/caf\u00e9.xml", "\u6df1\u5ea6".encode() * 50),
               ("empty.bin", b""), ("big.xml", big)]
    data = zipwrite.write_zip(entries, epoch=1_700_000_000)
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        assert z.testzip() is None
        assert [(i.filename, z.read(i)) for i in z.infolist()] == entries
        assert {i.date_time for i in z.infolist()} == {(2023, 11, 14, 22, 13, 20)}
        assert all(i.compress_type == zipfile.ZIP_DEFLATED for i in z.infolist())
    assert zipwrite.write_zip(entries, epoch=1_700_000_000) == data  # repeatable
    assert zipwrite._deflate_all([big] * 3) == [zipwrite._deflate_all([big])[0]] * 3  # threads change nothing


def test_a_deck_read_and_written_again_keeps_its_parts_and_relationships(built):
    source = (built / "deepseek-technical.pptx").read_bytes()
    again = read_package(source).to_bytes(0)
    with zipfile.ZipFile(io.BytesIO(source)) as a, zipfile.ZipFile(io.BytesIO(again)) as b:
        assert a.namelist() == b.namelist()
        assert all(a.read(name) == b.read(name) for name in a.namelist())


def test_relationship_ids_fill_gaps_and_are_reused_for_the_same_target():
    rels = opc.Rels()
    part = opc.Part("/ppt/slides/slide1.xml", "application/xml")
    assert rels.add("t", part, rid="rId2") == "rId2"
    assert rels.add("t", opc.Part("/x.xml", "application/xml")) == "rId1"
    assert rels.add("t", opc.Part("/y.xml", "application/xml")) == "rId3"
    assert rels.relate("t", part) == "rId2" and rels.relate("u", "https://example.com", True) == "rId4"
    assert rels.relate("u", "https://example.com", True) == "rId4"


def test_a_zip_with_too_many_entries_for_plain_records_goes_to_zipfile(monkeypatch):
    """65,535 entries need zip64 records, which zipfile writes: the fallback gives the same entries
    (the limit is lowered here; a 65,535-entry run took 4 s and was checked by hand)."""
    monkeypatch.setattr(zipwrite, "ZIP64_ENTRIES", 3)
    entries = [(f"ppt/slides/slide{i}.xml", b"<p:sld/>" * i) for i in range(5)]
    data = zipwrite.write_zip(entries, epoch=0)
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        assert z.testzip() is None and [(i.filename, z.read(i)) for i in z.infolist()] == entries
    assert zipwrite.write_zip(entries, epoch=0) == data
