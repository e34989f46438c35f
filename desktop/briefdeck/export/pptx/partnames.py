"""Part names for a long deck in linear time.

python-pptx names every new notes slide, chart and embedded workbook by walking all the
package's parts (`Package.next_partname`), so a deck of N slides takes O(N^2) time: about
13 s of a 30 s export at 900 slides. This remembers the names instead."""

from __future__ import annotations

from typing import Any


def remember_partnames(package: Any) -> None:
    """Give `package` a next_partname that keeps the names it has handed out."""
    from pptx.opc.packuri import PackURI

    taken = {str(part.partname) for part in package.iter_parts()}
    last: dict[str, int] = {}

    def next_partname(tmpl: str) -> PackURI:
        n = last.get(tmpl, 0) + 1
        while tmpl % n in taken:
            n += 1
        last[tmpl] = n
        taken.add(tmpl % n)
        return PackURI(tmpl % n)

    package.next_partname = next_partname
