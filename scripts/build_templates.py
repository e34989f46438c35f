"""Build the house deck masters templates/staff.pptx and templates/ops.pptx.

Starts from python-pptx's default template (4:3, 2013) and makes a 16:9 master with named
layouts ("Title", "Content", "Chart", "Section", "Blank"), the house colours and Arial as the
theme font (PowerPoint users have it; the writer measures text with the metric-compatible
Liberation Sans in assets/fonts). The output has no slides. Run from the repository root:

    python scripts/build_templates.py
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from dataclasses import dataclass
from pathlib import Path

from lxml import etree
from pptx import Presentation
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.util import Emu, Inches

NS = {
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "p": "http://schemas.openxmlformats.org/presentationml/2006/main",
}
A = "{{{}}}".format(NS["a"])
WIDTH, HEIGHT = Emu(12192000), Emu(6858000)
SIDE = Inches(0.5)
FIXED_DATE = dt.datetime(2026, 1, 1, 0, 0, 0)

# Geometry shared with briefdeck.export.pptx (banners take 0.3 in top and bottom).
TITLE_BOX = (SIDE, Inches(0.42), WIDTH - 2 * SIDE, Inches(0.85))
RULE_BOX = (SIDE, Inches(1.30), WIDTH - 2 * SIDE, Inches(0.04))
BODY_BOX = (SIDE, Inches(1.42), WIDTH - 2 * SIDE, Inches(5.35))
COVER_TITLE_BOX = (Inches(0.9), Inches(1.9), WIDTH - Inches(1.8), Inches(1.5))
COVER_SUB_BOX = (Inches(0.9), Inches(3.6), WIDTH - Inches(1.8), Inches(2.0))
COVER_RULE_BOX = (Inches(1.0), Inches(3.45), Inches(3.0), Inches(0.06))  # under the text
SECTION_TITLE_BOX = (Inches(0.9), Inches(2.8), WIDTH - Inches(1.8), Inches(1.2))
SECTION_BODY_BOX = (Inches(0.9), Inches(4.1), WIDTH - Inches(1.8), Inches(1.0))


@dataclass(frozen=True)
class House:
    name: str
    label: str
    dark: bool
    colours: dict[str, str]  # theme colour slot -> RRGGBB
    title_colour: str  # theme slot used for titles
    title_size: int  # hundredths of a point
    body_size: int


STAFF = House(
    name="staff",
    label="briefdeck Staff",
    dark=False,
    colours={
        "dk1": "1F2937", "lt1": "FFFFFF", "dk2": "1F3A5F", "lt2": "E8EDF3",
        "accent1": "1F4E79", "accent2": "C0504D", "accent3": "6A9A3A", "accent4": "8064A2",
        "accent5": "2E8BA6", "accent6": "D9822B", "hlink": "1F4E79", "folHlink": "5B6B7F",
    },
    title_colour="tx2",
    title_size=3000,
    body_size=2200,
)
OPS = House(
    name="ops",
    label="briefdeck Ops",
    dark=True,
    colours={
        # Dark master: the colour map shows dk1 as background and lt1 as text.
        "dk1": "0B1320", "lt1": "E5E9F0", "dk2": "16233A", "lt2": "9FB3C8",
        "accent1": "4FA3E0", "accent2": "F26D6D", "accent3": "8BD17C", "accent4": "B19CD9",
        "accent5": "5CC8D8", "accent6": "F5A65B", "hlink": "4FA3E0", "folHlink": "9FB3C8",
    },
    title_colour="accent1",
    title_size=3000,
    body_size=2200,
)

KEEP = {  # default layout name -> house name
    "Title Slide": "Title",
    "Title and Content": "Content",
    "Title Only": "Chart",
    "Section Header": "Section",
    "Blank": "Blank",
}


def build(house: House) -> bytes:
    prs = Presentation()
    prs.slide_width, prs.slide_height = WIDTH, HEIGHT
    master = prs.slide_master
    _scale_x(master._element, WIDTH / 9144000)
    for layout in list(prs.slide_layouts):
        if layout.name not in KEEP:
            prs.slide_layouts.remove(layout)
            continue
        _scale_x(layout._element, WIDTH / 9144000)
        layout.name = KEEP[layout.name]
    _style_master(master, house)
    for layout in prs.slide_layouts:
        _place_layout(layout, house)
    _retheme(master.part.part_related_by(RT.THEME), house)
    props = prs.core_properties
    props.title = f"{house.label} theme"
    props.author = props.last_modified_by = "briefdeck"
    props.subject = "Deck master for briefdeck exports"
    props.created = props.modified = FIXED_DATE
    props.revision = 1
    buffer = io.BytesIO()
    prs.save(buffer)
    return _fixed_zip_times(buffer.getvalue())


def _scale_x(element: etree._Element, factor: float) -> None:
    """Stretch every shape's x and width from 4:3 to 16:9 (the height is the same 7.5 in)."""
    for off in element.iter(f"{A}off"):
        off.set("x", str(int(int(off.get("x")) * factor)))
    for ext in element.iter(f"{A}ext"):
        if ext.get("cx") is not None:
            ext.set("cx", str(int(int(ext.get("cx")) * factor)))


def _place(shape, box: tuple[int, int, int, int]) -> None:
    shape.left, shape.top, shape.width, shape.height = (Emu(v) for v in box)


def _style_master(master, house: House) -> None:
    for ph in master.placeholders:
        kind = ph.placeholder_format.type
        if ph.placeholder_format.idx == 0:
            _place(ph, TITLE_BOX)
        elif ph.placeholder_format.idx == 1:
            _place(ph, BODY_BOX)
        _no_autofit(ph)
        del kind
    root = master._element
    if house.dark:
        clr_map = root.find("p:clrMap", NS)
        clr_map.attrib.update({"bg1": "dk1", "tx1": "lt1", "bg2": "dk2", "tx2": "lt2"})
    title = root.find("p:txStyles/p:titleStyle/a:lvl1pPr", NS)
    title.set("algn", "l")
    rpr = title.find("a:defRPr", NS)
    rpr.set("sz", str(house.title_size))
    rpr.set("b", "1")
    _scheme_fill(rpr, house.title_colour)
    body = root.find("p:txStyles/p:bodyStyle", NS)
    for level in range(1, 10):
        ppr = body.find(f"a:lvl{level}pPr", NS)
        if ppr is None:
            continue
        size = house.body_size - 400 * min(level - 1, 2)
        ppr.find("a:defRPr", NS).set("sz", str(size))
        spc = ppr.find("a:spcBef/a:spcPct", NS)
        if spc is not None:  # a fixed gap the writer can measure, not a percentage
            gap = spc.getparent()
            gap.remove(spc)
            etree.SubElement(gap, f"{A}spcPts").set("val", "600")


def _no_autofit(shape) -> None:
    body_pr = shape._element.find(".//a:bodyPr", NS)
    if body_pr is None:
        return
    for child in list(body_pr):
        if child.tag in (f"{A}normAutofit", f"{A}spAutoFit"):
            body_pr.remove(child)
    if body_pr.find("a:noAutofit", NS) is None:
        etree.SubElement(body_pr, f"{A}noAutofit")


def _scheme_fill(rpr: etree._Element, slot: str) -> None:
    for old in rpr.findall("a:solidFill", NS):
        rpr.remove(old)
    fill = etree.Element(f"{A}solidFill")
    etree.SubElement(fill, f"{A}schemeClr").set("val", slot)
    rpr.insert(0, fill)


def _place_layout(layout, house: House) -> None:
    name = layout.name
    for ph in layout.placeholders:
        idx, kind = ph.placeholder_format.idx, ph.placeholder_format.type
        if idx >= 10:  # date, footer, number: the writer puts its own footer on each slide
            continue
        box = {
            ("Title", 0): COVER_TITLE_BOX, ("Title", 1): COVER_SUB_BOX,
            ("Section", 0): SECTION_TITLE_BOX, ("Section", 1): SECTION_BODY_BOX,
        }.get((name, idx), TITLE_BOX if idx == 0 else BODY_BOX)
        _place(ph, box)
        _no_autofit(ph)
        body_pr = ph._element.find(".//a:bodyPr", NS)
        if name == "Title" and idx == 0:
            body_pr.set("anchor", "b")
        if name in ("Title", "Section"):
            _left_align(ph)
        del kind
    rule = {"Content": RULE_BOX, "Chart": RULE_BOX, "Title": COVER_RULE_BOX,
            "Section": COVER_RULE_BOX[:1] + (Inches(4.0),) + COVER_RULE_BOX[2:]}.get(name)
    if rule:
        _add_rule(layout, rule)


def _left_align(ph) -> None:
    lst = ph._element.find(".//a:lstStyle", NS)
    if lst is None:
        return
    for child in list(lst):
        lst.remove(child)
    lvl = etree.SubElement(lst, f"{A}lvl1pPr", algn="l", marL="0", indent="0")
    etree.SubElement(lvl, f"{A}buNone")


def _add_rule(layout, box: tuple[int, int, int, int]) -> None:
    """A thin accent bar: the house mark under the title (not a placeholder, so it stays put)."""
    tree = layout.shapes._spTree
    next_id = max(int(e.get("id")) for e in tree.iter(f"{{{NS['p']}}}cNvPr")) + 1
    x, y, cx, cy = (int(v) for v in box)
    xml = (
        f'<p:sp xmlns:p="{NS["p"]}" xmlns:a="{NS["a"]}"><p:nvSpPr>'
        f'<p:cNvPr id="{next_id}" name="House rule"/><p:cNvSpPr/><p:nvPr userDrawn="1"/></p:nvSpPr>'
        f'<p:spPr><a:xfrm><a:off x="{x}" y="{y}"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        '<a:solidFill><a:schemeClr val="accent1"/></a:solidFill><a:ln><a:noFill/></a:ln></p:spPr>'
        "</p:sp>"
    )
    tree.append(etree.fromstring(xml))


def _retheme(theme_part, house: House) -> None:
    root = etree.fromstring(theme_part.blob)
    root.set("name", house.label)
    scheme = root.find(".//a:clrScheme", NS)
    scheme.set("name", house.label)
    for slot, hex_colour in house.colours.items():
        holder = scheme.find(f"a:{slot}", NS)
        for child in list(holder):
            holder.remove(child)
        etree.SubElement(holder, f"{A}srgbClr").set("val", hex_colour)
    fonts = root.find(".//a:fontScheme", NS)
    fonts.set("name", house.label)
    for part in ("majorFont", "minorFont"):
        latin = fonts.find(f"a:{part}/a:latin", NS)
        latin.set("typeface", "Arial")
        latin.attrib.pop("panose", None)
    theme_part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8",
                                      standalone=True)


def _fixed_zip_times(data: bytes) -> bytes:
    """Same input, same bytes: rewrite the zip with a fixed timestamp on every member."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED_DATE.timetuple()[:6])
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


def main() -> None:
    folder = Path(__file__).resolve().parents[1] / "templates"
    folder.mkdir(exist_ok=True)
    for house in (STAFF, OPS):
        target = folder / f"{house.name}.pptx"
        target.write_bytes(build(house))
        print(f"wrote {target}")


if __name__ == "__main__":
    main()
