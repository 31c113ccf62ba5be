"""The claims of a content file, where they are in it, and the hints its times give: every
takeaway and point at every level, every figure (a topic's and the takeaways' key figures), every quote."""
from __future__ import annotations

from ..content import Content
from ..yamlio import Located


def _text(item) -> str | None:
    if isinstance(item, str):
        return item
    if isinstance(item, dict):
        if isinstance(item.get("text"), str):
            return item["text"]
        if isinstance(item.get("value"), str) and isinstance(item.get("label"), str):  # a figure
            return f"{item['value']} {item['label']}"
    return None


def collect_claims(located: Located, content: Content, offset: int):
    """The claims of ``located`` (validated as ``content``) in file order; hints are in the
    transcript's timeline (the content's times plus ``offset``)."""
    from .align import Claim

    starts = {i: t.at for i, t in enumerate(content.topics) if t.at is not None}  # (untimed topics: no hint)
    order = sorted(starts, key=lambda i: starts[i])
    spans: dict[int, tuple[float, float] | None] = dict.fromkeys(range(len(content.topics)))
    for k, i in enumerate(order):
        end = starts[order[k + 1]] if k + 1 < len(order) else starts[i] + 3600
        spans[i] = (starts[i] + offset, max(end, starts[i] + 60) + offset)
    claims: list[Claim] = []

    def add(path: tuple, item, hint, group) -> None:
        text = _text(item)
        if not text or not text.strip():
            return
        line, col = located.where(path + ("text",) if isinstance(item, dict) and "text" in item else path)
        claims.append(Claim(text, path, line, col, hint, group))
        for j, child in enumerate(item.get("points") or [] if isinstance(item, dict) else []):
            add(path + ("points", j), child, hint, group)

    data = located.data
    for i, point in enumerate(data.get("takeaways") or []):
        at = content.takeaways[i].at
        hint = next((spans[t] for t in reversed(order) if at is not None and starts[t] <= at), None)
        add(("takeaways", i), point, hint, None)
    for i, figure in enumerate(data.get("figures") or []):  # the takeaways' key figures: no topic, so no hint
        add(("figures", i), figure, None, None)
    for t, topic in enumerate(data.get("topics") or []):
        for kind in ("points", "figures", "quotes"):
            for j, item in enumerate(topic.get(kind) or []):
                add(("topics", t, kind, j), item, spans[t], ("topic", t))
    return sorted(claims, key=lambda c: (c.line, c.col))
