"""Write plain data (a content file the importer or ``briefing align`` made) as YAML that
``yamlio.load_yaml_text`` reads back the same: every scalar plain where it cannot be read as another
type, quoted otherwise; short lists in flow style, prose as folded blocks."""
from __future__ import annotations

import re

_LOOKS_TYPED = re.compile(r"(?i)[-+]?[\d,._:]+(e[-+]?\d+)?|y|n|yes|no|true|false|on|off|null|\.nan|[-+]?\.inf")
_TIMES = {"at", "offset", "duration"}


def _scalar(value: str, key: str | None = None) -> str:
    """``value`` plain when every YAML reader reads it back as the same text, else double-quoted."""
    plain = (value and value == value.strip() and (value[0].isalnum() or value[0] in "(_" or value[0] > "\x7f")
             and "\n" not in value
             and ": " not in value and " #" not in value and not value.endswith(":")
             and value not in ("null", "Null", "NULL")  # null under any key, times included
             and (key in _TIMES or not _LOOKS_TYPED.fullmatch(value))
             and all(c.isprintable() for c in value))
    return value if plain else _quoted(value)


_FLOW_KEYS = {"tags", "keywords", "categories", "values", "columns", "rows"}


def _flow_ok(items: list, key: str | None) -> bool:
    return key in _FLOW_KEYS and all(isinstance(i, str) for i in items) and sum(len(i) + 2 for i in items) < 70


def _flow_item(value: str) -> str:
    return _quoted(value) if any(c in value for c in ",[]{}") else _scalar(value)


def dump_yaml(data: dict, header: str = "") -> str:
    """Block-style YAML as a person would write it (plain text where safe, quotes where needed).

    Every scalar is text, so ``load_yaml_text(dump_yaml(d))`` gives ``d`` back.
    """
    out = [f"# {line}".rstrip() for line in header.splitlines()]

    def emit(value, indent: int, key: str | None) -> list[str]:
        pad = "  " * indent
        if isinstance(value, dict):
            lines = []
            for k, v in value.items():
                if isinstance(v, (dict, list)) and v:
                    if isinstance(v, list) and _flow_ok(v, k):
                        lines.append(f"{pad}{k}: [{', '.join(_flow_item(i) for i in v)}]")
                        continue
                    lines.append(f"{pad}{k}:")
                    lines += emit(v, indent + 1, k)
                elif isinstance(v, str) and k in _PROSE and (block := _block(v, pad)):
                    lines += [f"{pad}{k}: {block[0]}", *block[1:]]
                else:
                    lines.append(f"{pad}{k}: {_scalar(v, k) if isinstance(v, str) else '[]' if v == [] else '{}'}")
            return lines
        lines = []
        for item in value:
            if isinstance(item, (dict, list)) and not item:
                lines.append(f"{pad}- {'[]' if item == [] else '{}'}")
            elif isinstance(item, list) and _flow_ok(item, key):
                lines.append(f"{pad}- [{', '.join(_flow_item(i) for i in item)}]")
            elif isinstance(item, (dict, list)):
                inner = emit(item, indent + 1, key)
                if indent == 1 and lines and key == "topics":
                    lines.append("")  # a blank line between topics, as people write them
                lines.append(f"{pad}- {inner[0].lstrip()}")
                lines += inner[1:]
            else:
                lines.append(f"{pad}- {_scalar(item)}")
        return lines

    previous = 1
    for key, value in data.items():
        block = emit({key: value}, 0, None)
        if out and (len(block) > 1 or previous > 1 or isinstance(value, (dict, list))):
            out.append("")
        out += block
        previous = len(block)
    return "\n".join(out) + "\n"


_PROSE = {"introduction", "conclusion", "summary", "caption"}
_WIDTH = 100


def _block(value: str, pad: str) -> list[str] | None:
    """A long text as a folded (``>-``) or literal (``|-``) block, when that reads back the same."""
    lines = value.split("\n")
    if len(value) <= _WIDTH - len(pad) - 16 and len(lines) == 1:
        return None
    if any(line != line.strip() or not all(c.isprintable() for c in line) for line in lines):
        return None
    inner = pad + "  "
    if len(lines) > 1:
        return ["|-", *[f"{inner}{line}" if line else "" for line in lines]]
    words, out, current = re.split(r"(?<=\S) (?=\S)", value), [], ""
    for word in words:
        if current and len(inner) + len(current) + 1 + len(word) > _WIDTH:
            out.append(inner + current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    out.append(inner + current)
    return [">-", *out]


def _quoted(value: str) -> str:
    import json

    return json.dumps(value, ensure_ascii=False)
