"""Which words of a point can title a slide: a statement that stands alone and fits a title whole, its
first sentence where it closes its quotations, its leading statement that says its measurement, or a
label that says no quantity with its list's first item that says one.
"""
from __future__ import annotations

from .asked import asks_in
from .bottom_line import is_statement
from .clause_bounds import list_items
from .clauses import whole_statement
from .headline import count_words, headline, is_name
from .narration import narrates
from .standalone import refers_back
from .weigh import has_quantity

MOST_WORDS = 15  # a title of at most two lines at title size


def is_stated(title: str, words: dict) -> bool:
    """Whether ``title`` is a statement that stands alone: not a name or a run of headings ("Core
    Concepts & Main Points"), nor a question or an outline's item (asked.asks_in), nor one that refers back
    (see refers_back) or narrates ("Discussion of …": narration.narrates)."""
    return (is_statement(title) and not asks_in(title, words) and not is_name(title) and not refers_back(title, words)
            and not narrates(title, words))


def whole_title(text: str, words: dict, most: int = MOST_WORDS) -> str:
    """``text`` as a title when it is a statement that stands alone and fits one whole (at most ``most``
    words), else "" (a continuation of another measure takes its first point so: continued.py)."""
    title, rest = headline(text, most)
    return title if not rest and is_stated(title, words) else ""


def balanced(text: str) -> bool:
    """Whether ``text`` closes every quotation it opens (a quotation's first sentence is no title)."""
    return text.count("“") == text.count("”") and text.count('"') % 2 == 0 and text.count("«") == text.count("»")


def numbered_label(text: str, label: str, whole: str, most: int) -> tuple[str, ...]:
    """A label that says no quantity, with the first item of its list that says one, as a title ("Résultats
    spectaculaires après migration vers GraalVM Native Image : réduction des réplicas de 43 à 12"), the
    label again and the list's other items (the slide's first point) where that fits ``most`` words,
    else ()."""
    items = list_items(whole)
    if has_quantity(label) or len(items) < 2 or not has_quantity(items[0]) or not whole.startswith(items[0]):
        return ()
    title = text[:len(text) - len(whole)] + items[0]
    return (title, title, whole[len(items[0]):].lstrip(" ,;")) if count_words(label) + count_words(items[0]) <= most else ()


def leading(text: str, most: int) -> str:
    """The leading whole statement of ``text`` that says its measurement, when ``text`` is too long for a
    title ("Data Center segment revenue increased 22% year-over-year to a record $4.3 billion", the rest,
    "driven by Instinct series GPUs…", staying on the slide first), else ""."""
    lead = whole_statement(text, most, keeps_rest=True).rstrip(" ,;:–—-")
    return lead if lead and text.startswith(lead) and has_quantity(lead) else ""
