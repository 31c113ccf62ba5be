"""A bottom-line item is a statement chosen whole, not a sentence cut to length (review 12, finding 4).

The bottom line holds three to five statements, each shown in at most the audience's ``summary_words``
(15 in the executive deck, 20 in the others; one word more, SLACK, where the sentence is whole: "~15"; up to
NUMBERED_MOST where it says a quantity or a consequence, ``consequence_phrases``: the executive gets the
consequence rather than the mechanism, review 13's finding 2). A statement is shortened only
by dropping a detail clause (fitted.fitted, clauses.whole_statement) — never by deleting its subject
(frames.unframed keeps a frame whose rest has no verb) or its reason (cut_rule). One that cannot be shown
so is not cut further: the bottom line takes another statement. Never on it (words of
``generator/lang/<code>.yaml``, matched as whole words, case-folded):

- a statement that only announces (``announcement_phrases``: "Java 26 est là", "the company is
  optimistic", "may have unintended consequences"): it gives way to the statement of the topic it names
  (overview.named: the topic's message, else its first statement), which says what it changes
  (``concrete``), else it is left out;
- trivia about the occasion (``trivia_phrases``: "the celebration includes a special setup"), and who was heard
  (``witness_phrases``: "received testimony from…", ``heard``): the procedure of a hearing, not its outcome;
- a statement under a section's prefix ("China: The average worker…", "Committee on Commerce: …"): a label
  of fewer than four words or a name heads it, and the item would not stand without it (a short label over a
  statement that names what it is about is dropped as it is shown: ``heads_only``, fitted.fitted);
- a statement in a speaker's own voice (``in_voice``: a first-person subject of ``speaker_voice``, "We must address
  learning loss", "אני מציע ש…"): a speaker's turn is evidence, shown on its slide with its speaker, not a claim the
  deck makes in its own voice — unless it states a decision (``decision_phrases``: "we approved the order");
- a fragment that is no full sentence (``fragment``): one the notes cut off ("…suffered disproportionately
  high levels…", a transcript's "…את האופציה- - -"), a quotation cut inside (its opening mark without its closing
  one), shorthand with an arrow ("Incompatibilité Log4j → migration vers Logback"), or one without its subject,
  opening on a participle (a capitalised word ending as ``participle_endings`` says, before a word that is no name:
  "Returned $89 million to shareholders…"; "Advanced Micro Devices…" is a name), or one that ends leading into what
  it does not show (``lead_in_phrases``: "…使用以下系统调用", "uses the following system calls").
"""
from __future__ import annotations

from collections.abc import Callable, Sequence

import re

from .bottom_line import is_statement
from .clauses import labelled_list
from .contrast_titles import WIDER, paired_title, pairs
from .frames import FRAME_WORDS
from .headline import count_words, is_name, labelled, sentences
from .key_words import holds, keys, phrases
from .inline import plain
from .overview import named
from .standalone import names_nothing
from .weigh import has_quantity

_CUT_OFF = re.compile(r"(?:…|\.\.\.|(?:\s*[-–—]){2,})[\"”’')]*$")  # (an ellipsis; a transcript's "- - -": cut off)
_NAMED = re.compile(r"(?<=[\w,;)] )[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)+")  # (capitalised words after a word: a name)
_ARROW = re.compile(r"→|->|=>|⇒")
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")  # (a script written without spaces: its phrases are read by characters)
_ENDED = re.compile(r"[.!?。！？…][\"”’')\]]*$")
_SENTENCE_END = re.compile(r"(?<=[.;!?])\s+(?=\S)")  # (a point's sentences and its parts between "; ")
LEAD_IN = 4  # words at the end of a statement that may lead into what follows ("…listed below")
SLACK = 1  # words over the bound a whole statement may have ("~15": a whole sentence of 16 rather than a cut one)
NUMBERED_MOST = 18  # words a statement that says a quantity may have in any case ("…held 41% of capacity on 1 March")
STATED = "stated"  # the key (true) of a bottom-line item that is a takeaway shown whole (``whole_takeaway``)
STATED_MOST = 22  # words a takeaway the notes state may keep whole on any bottom line (review 19: the lead's decision)


def announces(text: str, words: dict) -> bool:
    """Whether ``text`` only announces (a phrase of ``announcement_phrases``)."""
    return holds(text, phrases(words, "announcement_phrases"))


def is_trivia(text: str, words: dict) -> bool:
    """Whether ``text`` tells of the occasion rather than the content (a phrase of ``trivia_phrases``)."""
    return holds(text, phrases(words, "trivia_phrases"))


def heard(text: str, words: dict) -> bool:
    """Whether ``text`` says who was heard (a phrase of ``witness_phrases``: "The committee received testimony from
    non-governmental witnesses on…"): the procedure, not what came of it (review 16: a hearing's line says what it
    examined; review 21: on the bottom line of a week's notes it said again what the quote beside it states)."""
    return holds(text, phrases(words, "witness_phrases"))


def consequential(text: str, words: dict) -> bool:
    """Whether ``text`` says what could follow, a risk (a phrase of ``consequence_phrases``: "could push China
    to develop domestic capabilities faster"): the executive gets the consequence, not the mechanism, so such a
    statement may run to NUMBERED_MOST words, as one with a number may (review 13's finding 2)."""
    return holds(text, phrases(words, "consequence_phrases"))


def in_voice(text: str, words: dict) -> bool:
    """Whether ``text`` speaks in a speaker's own voice (a first-person subject of ``speaker_voice``, not its verb endings
    "-X", which only titles read: title_voice.py; "We must address learning loss"; not a name of capitalised words
    inside a sentence, "…run on We Chat") and states no decision (``decision_phrases``): a speaker's turn, no
    statement of the deck's."""
    voice = ", ".join(p for p in words.get("speaker_voice", "").split(",") if not p.strip().startswith("-"))
    said = _NAMED.sub(" ", text)
    return holds(said, phrases({"voice": voice}, "voice")) and not holds(said, phrases(words, "decision_phrases"))


def whole_takeaway(text: str, most: int, words: dict) -> str:
    """A takeaway the notes state (``text``) as the bottom line shows it whole, in at most STATED_MOST words (or
    ``most`` where that is more), where it may stand there (``briefed``); else "" (it is fitted as any statement is):
    the notes' own conclusion is kept in its words rather than cut or dropped (review 19: guide's executive bottom
    line kept 2 of its 5 takeaways, three of 18–21 words)."""
    said = " ".join(text.split())
    bound = max(most, STATED_MOST)
    return briefed(said, bound, words, text) if said and count_words(said) <= bound and not narrated(said, words) else ""


def narrated(text: str, words: dict) -> bool:
    """Whether ``text`` opens on where it was said ("AMD's Q3 2025 earnings call highlighted…": a word of
    ``frame_subjects`` in its first FRAME_WORDS words, then a ``frame_verbs`` verb): the notes' summary of the
    occasion, which is fitted (frames.unframed) rather than kept whole."""
    head = " ".join(text.split()[:FRAME_WORDS + 2])
    return holds(head, phrases(words, "frame_subjects")) and holds(head, phrases(words, "frame_verbs"))


def prefixed(text: str) -> bool:
    """Whether ``text`` opens on a section's prefix: a ``Label: `` of fewer than four words or a name
    ("China: …", "Committee on Appropriations: …")."""
    label, _ = labelled(plain(text))  # (a link's text as shown: "[Samsung BM9K1: Erste SSD…](…)")
    return bool(label) and (count_words(label) < 4 or is_name(label))


def fragment(text: str, words: dict) -> bool:
    """Whether ``text`` is no full sentence (see the module doc): cut off, a quotation cut inside, shorthand, or
    without its subject."""
    said = text.split()
    endings = tuple(phrases(words, "participle_endings"))
    opens_on_participle = bool(endings and len(said) > 1 and said[0][:1].isupper() and len(said[0]) > 4
                               and said[0].casefold().endswith(endings) and not said[1][:1].isupper())
    unclosed = (text.count("“") > text.count("”") and "„" not in text) or text.count('"') % 2  # (a quotation cut)
    return bool(_CUT_OFF.search(text) or _ARROW.search(text) or unclosed) or opens_on_participle or leads_in(text, words)


def leads_in(text: str, words: dict) -> bool:
    """Whether ``text`` ends leading into what it does not show (a phrase of ``lead_in_phrases`` in its last LEAD_IN
    words, or characters in a script without spaces: "…会把该 fd 添加到 epoll 中，使用以下系统调用", "…uses the calls
    listed below"; review 21: the list or the command followed in the notes, the bottom line showed the sentence alone)."""
    tail = plain(text).rstrip(" .。:：")
    last = " ".join(tail.split()[-LEAD_IN:])
    return any(p in tail[-2 * LEAD_IN:] if _UNSPACED.search(p) else holds(last, [p]) for p in phrases(words, "lead_in_phrases"))


def briefed(shown: str, most: int, words: dict, text: str = "") -> str:
    """``shown`` (a statement as the bottom line would show it: fitted.fitted) where it may stand there: at most ``most``
    words (SLACK more; NUMBERED_MOST where it says a quantity or a consequence: the bottom line says the number, and a
    cut would lose it), no section prefix, no statement cut at its colon (``_colon_lead``), no announcement, no trivia,
    no fragment, not in a speaker's voice (``in_voice``), and ``text`` (the statement as written) whole where it is a
    labelled list ("Approche recommandée : A, B": clauses.labelled_list, shown whole or not at all); else "".
    """
    bound = max(most + SLACK, NUMBERED_MOST if has_quantity(plain(shown)) or consequential(shown, words) else 0,
                int(most * WIDER) if paired(shown) else 0)
    if (not shown or count_words(shown) > bound or prefixed(shown) or announces(shown, words) or _colon_lead(shown, text)
            or is_trivia(shown, words) or fragment(shown, words) or in_voice(shown, words) or heard(shown, words)
            or (labelled_list(text) and shown != " ".join(text.split()))):
        return ""
    return shown


def paired(text: str) -> bool:
    """Whether a later sentence or part (after "; ") of ``text`` pairs with the rest as a contrast (contrast_titles.pairs:
    "…; meanwhile, Apple is investing…"): one claim, which the bottom line shows whole (``whole_pair``)."""
    return any(pairs(part) for part in _SENTENCE_END.split(" ".join(plain(text).split()))[1:])


def whole_pair(shown: str, text: str, most: int) -> str | None:
    """``text`` (a statement as written) whole, where ``shown`` (as cut for the bottom line) leaves out the part of it
    that pairs with the rest as a contrast (contrast_titles.pairs: "The US is spending 52 billion…; meanwhile, Apple is
    investing over 200 billion into China" cut before "meanwhile"): one claim, said whole or not at all (review 18,
    finding 2: the contrast is lost, and its second half stood as another item). Two sentences are joined as
    contrast_titles.paired_title joins them, in at most half as many words again (WIDER); "" where it is longer (no
    item); None where nothing is left out or no part pairs."""
    said = " ".join(plain(text).split())
    if not shown or not said or " ".join(plain(shown).split()).rstrip(" .") == said.rstrip(" ."):
        return None
    if not paired(said):
        return None
    first = sentences(said)[0]
    joined = paired_title(said, first, most) if len(sentences(said)) == 2 else said.rstrip(" .")
    return joined if count_words(joined) <= int(most * WIDER) else ""


def _colon_lead(shown: str, text: str) -> bool:
    """Whether ``shown`` is only the statement ``text`` leads with before its colon ("Native Image impose la
    \"closed-world assumption\"" of "…: tous les chemins d'exécution doivent être connus"): the colon leads into what
    the statement says (review 16)."""
    label, body = labelled(" ".join(plain(text).split()))
    return bool(label and body) and " ".join(plain(shown).split()).rstrip(" .…") == label.rstrip(" :")


def concrete(items: list, shown: Sequence[dict], fits: Callable[[str], str], words: dict) -> list:
    """``items`` (bottom-line points), each that only announces (``announces``) as a statement of the topic of
    ``shown`` it names (overview.named): its message, else a sentence of its points ("Java 26 est une version
    non-LTS avec 10 JEPs." of "Java est le langage de la JVM… ; Java 26 est une version…"), those that share a
    number or key word with the item first, that ``fits`` and is itself no announcement, no commentary, no
    biography; at the item's time or the topic's, once. One whose topic has none stays (``fits`` then
    leaves it out)."""
    out: list = []
    taken = {p["text"] for p in items}
    aside = phrases(words, "commentary_phrases") + phrases(words, "bio_phrases") + phrases(words, "description_phrases")
    for item in items:
        about = named(item["text"], shown) if announces(item["text"], words) else set()
        topic = next((t for t in shown if t["id"] in about), None)
        if topic is not None:
            said = [topic["message"]] if topic.get("message") else []
            said += [part for p in topic["points"] for part in _SENTENCE_END.split(" ".join(p["text"].split()))]
            numbers, stems = keys(item["text"])
            said.sort(key=lambda s: not (keys(s)[0] & numbers or keys(s)[1] & stems))
            found = next((s for s in said if s not in taken and is_statement(s) and fits(s)
                          and not announces(s, words) and not holds(s, aside)), None)
            if found is not None:
                taken.add(found)
                item = {**item, "text": found, "at": item.get("at") or topic["at"], "children": []}
        out.append(item)
    return out


def concrete_texts(texts: Sequence[str], shown: Sequence[dict], fits: Callable[[str], str], words: dict) -> list[str]:
    """``texts`` (the introduction's sentences the bottom line takes) as ``concrete`` says them."""
    return [p["text"] for p in concrete([{"text": t, "at": None} for t in texts], shown, fits, words)]


def sentenced(items: list, fits: Callable[[str], str], whole: bool = False) -> list:
    """``items`` (takeaways) each as itself where it ``fits``, else as its first sentence that does ("We must address
    learning loss." of a takeaway of four sentences: a statement of its own, chosen, not cut), else left out.
    Where ``whole`` (no other statement of the notes fits): after each one's first, their next sentences that fit,
    in turn; all of them whole where none fits (the author's own rather than none)."""
    told = [[p] if fits(p["text"]) else [{**p, "text": s, "children": []} for s in sentences(" ".join(p["text"].split()))
                                         if fits(s)] for p in items]
    out = [p for n in range(max(map(len, told), default=0) if whole else 1) for said in told if n < len(said)
           for p in [said[n]]]
    return out or (items if whole else [])


def ended(shown: str) -> str:
    """``shown`` (a statement as cut for the bottom line) without a last sentence it cuts short ("…a priority for
    Republicans. In government-run K-12 schools across the country" says "…a priority for Republicans."):
    its whole sentences, where it has one before the cut; else as it is."""
    said = sentences(shown)
    if len(said) > 1 and not _ENDED.search(said[-1]):
        return " ".join(said[:-1])
    return shown


def heads_only(label: str, body: str) -> bool:
    """Whether a short ``label`` (under four words) only heads ``body``, a statement that names what it is about
    ("DeepSeek's Impact: The release of DeepSeek's models…" says "The release of DeepSeek's models…"); a statement
    that names nothing needs its label ("China: The average worker…": standalone.labelled_place) and is no item."""
    return count_words(label) < 4 and is_statement(body) and not names_nothing(body)
