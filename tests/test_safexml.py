"""XML from masters: DTDs refused in any encoding, and elements removed by their byte spans
with every other byte kept (prefixes, mc:Ignorable, attribute order)."""
from __future__ import annotations

import pytest

from generator.writers.pptx.safexml import XmlError, insert_before, parse_xml, remove_elements

DOC = ('<?xml version="1.0" encoding="UTF-8"?>\n<p:r xmlns:p="urn:p" xmlns:mc="urn:mc" mc:Ignorable="p14" '
       'b="2" a="1"><p:keep t="x &gt; y"/><p:drop a="1>2"/><p:box><p:drop/>text</p:box>'
       '<p:drop><p:drop/><p:inner>é</p:inner></p:drop><p:last/></p:r>').encode()


def drop(path, attrs):
    return 0 if path[-1] == "urn:p drop" else None


def test_removing_elements_keeps_every_other_byte():
    out, prefixes = remove_elements(DOC, drop)
    assert out == DOC.replace(b'<p:drop a="1>2"/>', b"").replace(b"<p:drop/>text", b"text").replace(
        "<p:drop><p:drop/><p:inner>é</p:inner></p:drop>".encode(), b"")
    assert prefixes == {"urn:p": "p", "urn:mc": "mc"}
    parse_xml(out)


def test_removing_a_parent_takes_what_was_removed_inside_it():
    out, _ = remove_elements(DOC, lambda path, attrs: 1 if path[-1] == "urn:p drop" and len(path) == 3 else None)
    assert b"box" not in out and b"inner" not in out and b"<p:keep" in out and b"<p:last/>" in out


def test_inserting_before_an_element_uses_the_roots_prefixes():
    out = insert_before(DOC, lambda path: path[-1] == "urn:p last", lambda prefixes: f"<{prefixes['urn:p']}:new/>".encode())
    assert out.endswith(b"<p:new/><p:last/></p:r>")
    with pytest.raises(XmlError):
        insert_before(DOC, lambda path: False, lambda prefixes: b"")


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_a_dtd_is_refused_by_both_parsers_in_any_encoding(encoding):
    bomb = (f'<?xml version="1.0" encoding="{encoding}"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa">'
            '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><r>&b;</r>').encode(encoding)
    with pytest.raises(XmlError, match="DTD"):
        parse_xml(bomb)
    with pytest.raises(XmlError, match="DTD" if encoding == "utf-8" else "UTF-8"):
        remove_elements(bomb, drop)


def test_an_undeclared_entity_and_broken_xml_are_errors():
    for blob in (b"<r>&x;</r>", b"<r><a></r>", b""):
        with pytest.raises(XmlError, match="not well-formed"):
            parse_xml(blob)
        with pytest.raises(XmlError, match="not well-formed"):
            remove_elements(blob, drop)
