"""PresentationML and DrawingML text the deck writer writes: namespaces, content types, and the
fixed parts of slide and notes XML, in one place (the namespaces themselves: namespaces.py)."""
from .namespaces import A_NS, C_NS, DECORATIVE_NS, P_NS, R_NS, TABLE_NS
from .package import XML_HEAD

SLIDE_XMLNS = f'xmlns:a="{A_NS}" xmlns:p="{P_NS}" xmlns:r="{R_NS}"'
CT = "application/vnd.openxmlformats-officedocument."
CT_SLIDE, CT_NOTES, CT_CHART = CT + "presentationml.slide+xml", CT + "presentationml.notesSlide+xml", CT + "drawingml.chart+xml"
CT_XLSX = CT + "spreadsheetml.sheet"
_GROUP = ('<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm>'
          '<a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>')
SLIDE_HEAD = f"{XML_HEAD}<p:sld {SLIDE_XMLNS}><p:cSld>{{background}}<p:spTree>{_GROUP}"
BACKGROUND = '<p:bg><p:bgPr><a:solidFill><a:srgbClr val="{}"/></a:solidFill><a:effectLst/></p:bgPr></p:bg>'
# a shape that only decorates: screen readers and PowerPoint's accessibility checker pass over it
DECORATIVE = ('<a:extLst><a:ext uri="{C183D7F6-B498-43B3-948B-1728B52AA6E4}"><adec:decorative '
              f'xmlns:adec="{DECORATIVE_NS}" val="1"/></a:ext></a:extLst>')
# a title placeholder takes the master's title style (centred, in capitals, ...): the deck's own look is restated
TITLE_STYLE = ('<a:lstStyle><a:lvl1pPr marL="0" indent="0" algn="l"><a:spcBef><a:spcPts val="0"/></a:spcBef>'
               '<a:spcAft><a:spcPts val="0"/></a:spcAft><a:buNone/><a:defRPr i="0" u="none" strike="noStrike" '
               'cap="none" spc="0" baseline="0"/></a:lvl1pPr></a:lstStyle>')
SLIDE_TAIL = "</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>"
# a dark slide maps the link colour to the light one (a viewer draws links in the theme's link colour)
DARK_TAIL = ('</p:spTree></p:cSld><p:clrMapOvr><a:overrideClrMapping bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" '
             'accent1="accent1" accent2="accent2" accent3="accent3" accent4="accent4" accent5="accent5" '
             'accent6="accent6" hlink="{link}" folHlink="{link}"/></p:clrMapOvr></p:sld>')
NOTES_HEAD = (f"{XML_HEAD}<p:notes {SLIDE_XMLNS}><p:cSld><p:spTree>{_GROUP}"
              '<p:sp><p:nvSpPr><p:cNvPr id="2" name="Slide Image Placeholder 1"/><p:cNvSpPr><a:spLocks noGrp="1" '
              'noRot="1" noChangeAspect="1"/></p:cNvSpPr><p:nvPr><p:ph type="sldImg"/></p:nvPr></p:nvSpPr><p:spPr/></p:sp>'
              '<p:sp><p:nvSpPr><p:cNvPr id="3" name="Notes Placeholder 2"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr>'
              '<p:nvPr><p:ph type="body" idx="1"/></p:nvPr></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/><a:lstStyle/>')
NOTES_TAIL = "</p:txBody></p:sp></p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:notes>"
TABLE_URI = TABLE_NS
TABLE_STYLE = "{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}"  # Medium Style 2 - Accent 1, PowerPoint's default
CHART_URI = C_NS
