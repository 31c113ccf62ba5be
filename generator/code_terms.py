"""Implementation detail is no executive's takeaway (review 18, finding 2: talkgo's exec bottom line was the
``epoll_data_t`` pointer while the notes said "300+ Go services").

A statement names code where it holds an identifier as a program spells it: a name joined by underscores
(``epoll_data_t``, ``MAX_PROCS``), a name called (``UUID.ofEpochMillis()``), a member of a lower-case name
(``runtime.g``, ``os.exit``) or text the notes mark as code (between backticks). Names as people write them
("DeepSeek", "OpenAI", "TikTok", "GraalVM") are no code. The bottom line of an audience that weighs outcomes
ranks such a statement that says no quantity below a plain one (consequence.PRIORITIES "detail"): statements of
scale and result come first; the technical reader, who weighs mechanisms, reads it as any other.
"""
from __future__ import annotations

import re

_CODE = re.compile(r"`[^`]+`|\b[A-Za-z]\w*_\w*[A-Za-z0-9]\b|\b\w+\(\)|\b[a-z]\w*\.[a-z_]\w*\b(?!\.)")
_ADDRESS = re.compile(r"\b[a-z0-9-]+\.(?:com|org|net|io|fm|ai|co|tv|dev|app|fr|de|cn|gov|edu)\b", re.IGNORECASE)


def names_code(text: str) -> bool:
    """Whether ``text`` holds an identifier as a program spells it (see the module doc); a web address is none."""
    return bool(_CODE.search(_ADDRESS.sub(" ", text)))
