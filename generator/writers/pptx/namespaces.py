"""The XML namespaces of the deck's package, each written once: OOXML (PresentationML, DrawingML,
SpreadsheetML, the package), the document properties' Dublin Core, and the relationship types
built from them. A leaf module: every part of the deck writer imports from here."""

OOXML = "http://schemas.openxmlformats.org/"
P_NS = OOXML + "presentationml/2006/main"
A_NS = OOXML + "drawingml/2006/main"
C_NS = OOXML + "drawingml/2006/chart"  # (also the graphicData uri of a chart)
TABLE_NS = OOXML + "drawingml/2006/table"  # the graphicData uri of a table
R_NS = OOXML + "officeDocument/2006/relationships"
SML_NS = OOXML + "spreadsheetml/2006/main"
PKG_NS = OOXML + "package/2006/"  # + content-types, relationships
CP_NS = PKG_NS + "metadata/core-properties"
RT = R_NS + "/"  # + a relationship's kind
CORE_RT = PKG_NS + "relationships/metadata/core-properties"
DC_NS = "http://purl.org/dc/elements/1.1/"
DCTERMS_NS = "http://purl.org/dc/terms/"
DCMITYPE_NS = "http://purl.org/dc/dcmitype/"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
DECORATIVE_NS = "http://schemas.microsoft.com/office/drawing/2017/decorative"
