"""Whether a figure's share moved against its value: a title that says the value rose must not hide it (review 21).

AMD's Data Center segment operating income was "$1.1 billion, or 25% of revenue, compared to $1 billion a year ago,
or 29% of revenue": the income rose and its share of revenue fell. The grid's title said "Segment operating income rose
for Data Center …", and the table under it showed 29% → 25%. A label whose remark on the value (a quantity of another
kind than the value's: "25% of revenue") and the same kind of quantity after its earlier value ("29% of revenue")
moved the other way from the value is a mixed move: the title names that item with the language's ``moved_mixed``
("mixed for Data Center"), not with the value's direction alone (grid_titles.py). Both numbers are the notes' own.
"""
from __future__ import annotations

from .figure_labels import compared
from .quantities import quantity_of, said_quantities


def share_against(value: str, label: str, words: dict, direction: int) -> bool:
    """Whether the figure ``value`` labelled ``label``, whose value moved ``direction`` (1 up, -1 down) from the
    earlier value the label gives, has a share in its label that moved the other way (see the module doc)."""
    now = quantity_of(value)
    found = compared(label, words)[:1]
    if now is None or not found or not direction:
        return False
    start = found[0][0]
    kind = (now[0], now[3])
    shares = [q for _, _, q in said_quantities(label[:start]) if (q[0], q[3]) != kind and q[2] is None]
    earlier = [q for _, _, q in said_quantities(label[start:])[1:] if (q[0], q[3]) != kind and q[2] is None]
    for share in shares[:1]:
        then = next((q for q in earlier if (q[0], q[3]) == (share[0], share[3])), None)
        if then is not None and then[1] != share[1]:
            return (1 if share[1] > then[1] else -1) != direction
    return False
