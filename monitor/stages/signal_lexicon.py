"""Packaged cue table (cues.txt) → an Aho-Corasick automaton of cue phrases.

Each row of `monitor/resources/signals/cues.txt` is `phrase | kind | category |
cameo | strength | role`. A phrase is lower-case words with two expansion devices:
`{a,b,}` alternations (cartesian product) and a trailing `~` on a word for the
regular verb forms (threaten~ → threaten, threatens, threatened, threatening).
`kind` "block" marks anti-cues ("threat of rain") that silence overlapping cues.
A phrase "head ... tail" is a gapped cue: the automaton finds the head, and the hit
stands only when a tail form follows within `GAP_WORDS` words of the same clause
("fired … at", "release~ … prisoners"); a long-gapped cue's ("head .... tail") and a gapped
anti-cue's tail may start within `BLOCK_GAP_WORDS` words (a disaster's,
`DISASTER_GAP_WORDS`), and the anti-cue silences every cue
from its head through its tail ("floods … killed"). Rows sharing a surface form are tried
in turn — anti-cues, then gapped rows, then the plain one — and the first whose tail
follows stands ("expelled … diplomats" is a sanction, a bare "expelled" coercion). A
tail's regex runs only when one of the next words could start it (`Tail.follows`), and its
forms are factored as a trie, their words joined by spaces or hyphens ("air-defence systems").
`scan` runs the automaton once over a lower-cased field whose punctuation is mapped to
spaces and padded with a space each side; every key is a cue form between spaces, so
matches start and end on word boundaries by construction ("aid" never fires inside
"said"). The automata come from ahocorasick-rs, the gazetteer's library (≈ 1.4× faster
than pyahocorasick here): a bytes DFA for ASCII fields, most news, and a str contiguous
NFA for the rest.
Hits are plain `(start, end, entry, alone)` tuples, disjoint and in text order.
"""

from __future__ import annotations

import itertools
import operator
import re
import string
from dataclasses import dataclass, field
from importlib import resources
from typing import Any, Final

from ahocorasick_rs import AhoCorasick, BytesAhoCorasick, Implementation

__all__ = [
    "GAP_WORDS",
    "SPACES",
    "SPACES_ASCII",
    "CueEntry",
    "Hit",
    "Lexicon",
    "Tail",
    "ascii_bytes",
    "contains_any",
    "expand_phrase",
    "inflect",
    "lower_field",
    "parse_rows",
    "translate_fast",
]

VOWELS: Final = frozenset("aeiou")
# Every non-word character of news text becomes a space (offsets are kept). A str
# table: translate looks it up by index, cheaper than a dict; later code points stay.
_BLANKED: Final = frozenset(string.punctuation + string.whitespace + "“”‘’«»—–…·")
SPACES: Final = (
    "".join(" " if c in _BLANKED else c for c in map(chr, range(ord(max(_BLANKED)) + 1)))
)


def ascii_bytes(table: str) -> bytes:
    """The ASCII entries of a str translate table as a `bytes.translate` table."""
    if any(ord(table[code]) > 0x7F for code in range(0x80)):
        raise ValueError("an ASCII character must translate to an ASCII character")
    return bytes(ord(table[code]) for code in range(0x80)) + bytes(range(0x80, 0x100))


def contains_any(text: str, words: tuple[str, ...]) -> bool:
    """Whether any of `words` occurs in `text`: a cheap pre-check before a regex (a plain
    loop, which compiled code runs without the generator `any(…)` would build)."""
    for word in words:  # noqa: SIM110
        if word in text:
            return True
    return False


def translate_fast(text: str, table: str, ascii_table: bytes) -> str:
    """`text.translate(table)`; ASCII text goes through `bytes.translate` (≈ 3× faster)."""
    if text.isascii():
        return text.encode("ascii").translate(ascii_table).decode("ascii")
    return text.translate(table)


SPACES_ASCII: Final = ascii_bytes(SPACES)
# The cue automata read every digit as "0" ("f-16s" and "f-35s" are one key, " f 00s "):
# with a space, "0" and the 26 letters the ASCII automaton tells 28 byte classes apart,
# under 32, which halves its table (≈ 95 → 50 MB) and the pages a scan walks through
KEY_FOLD: Final = SPACES.translate(str.maketrans("123456789", "000000000"))
KEY_FOLD_ASCII: Final = ascii_bytes(KEY_FOLD)


@dataclass(frozen=True, slots=True)
class CueEntry:
    """One reviewed cue: what it signals, its codes, strength and dyad role."""

    phrase: str
    kind: str  # "alliance", "threat", "counter" or "block"
    category: str  # PLOVER category
    cameo: str
    strength: float  # 0..1
    role: str  # "verb", "noun" or "sym"
    tail: tuple[str, ...] = ()  # gapped cue: " form " of a word run that must follow
    tail_check: Tail | None = field(default=None, compare=False, repr=False)
    # named as what a disapproval verb of the same kind reacts to ("condemned the attack"):
    # never the main event of its sentence (`signal_objects`)
    reacted: bool = False

    @property
    def alone(self) -> bool:
        """Whether the cue counts on its own (is not ambient: see `AMBIENT`)."""
        return self.strength >= WEAK or (self.strength > FAINT and self.category not in AMBIENT)


# A cue occurrence: [start, end) in the field, its entry, and whether it counts alone.
Hit = tuple[int, int, CueEntry, bool]


def as_objects(hits: list[Hit]) -> list[Any]:
    """`hits` itself, typed so that a hit taken from it is passed on as the same object.

    Compiled code (mypyc) unboxes a hit read from a `list[Hit]` into its four fields and
    boxes it afresh (a tuple and two ints) when it enters another list; a loop that
    keeps some hits unchanged appends `as_objects(hits)[i]` instead.
    """
    return hits


WEAK: Final = 0.6  # cues below this strength are weak ...
FAINT: Final = 0.35  # ... and those this weak, or weak talk/agreement words, are ambient:
AMBIENT: Final = frozenset({"CONSULT", "AGREE"})  # they need a stronger cue or two countries


DISASTER: Final = "DISASTER"  # an anti-cue's category: a disaster or accident as the killer
# … whose toll may follow as a participle after a comma, later in its sentence, perhaps after
# another participle and "and" ("…, toppling thousands of buildings and killing more than 2,000")
TOLL: Final = re.compile(
    r"[^.;!?]*?,\s+(?:(?:[a-z]+ing\b[^.;!?,]*?\sand\s+)?(killing|injuring|wounding)\b"
    r"|leaving\b[^.;!?,]{0,40}?\b(dead)\b)"  # "…, leaving at least 78 people dead"
)
# a disaster's further casualties after its tail ("… killed one tourist and injured another")
MORE_CASUALTIES: Final = re.compile(
    r"[^.;!?,]{0,40}?\sand\s+(?:injured|injuring|wounded|wounding|maimed|displaced)\b"
)
# … and the damage told with it ("…, killing at least 21 people and destroying 3,000 homes")
DAMAGE: Final = re.compile(r"[^.;!?,]*?\sand\s+(destroying|damaging|displacing|flattening)\b")


def inflect(verb: str) -> tuple[str, ...]:
    """The regular forms of an English verb: base, 3rd person, past, gerund."""
    if verb.endswith("y") and len(verb) > 2 and verb[-2] not in VOWELS:
        return (verb, verb[:-1] + "ies", verb[:-1] + "ied", verb + "ing")
    if verb.endswith("ee"):
        return (verb, verb + "s", verb + "d", verb + "ing")
    if verb.endswith("e"):
        return (verb, verb + "s", verb + "d", verb[:-1] + "ing")
    third = verb + "es" if verb.endswith(("s", "x", "z", "ch", "sh")) else verb + "s"
    return (verb, third, verb + "ed", verb + "ing")


def expand_phrase(phrase: str) -> tuple[str, ...]:
    """Every surface form of a cue phrase (alternations and `~` verbs expanded)."""
    forms: list[str] = []
    for variant in _braces(phrase):
        slots = [inflect(w[:-1]) if w.endswith("~") else (w,) for w in variant.split()]
        forms.extend(" ".join(combo) for combo in itertools.product(*slots))
    return tuple(dict.fromkeys(f for f in forms if f))


def _braces(text: str) -> list[str]:
    """Expand `{a,b}` groups (nested allowed) into every alternative text."""
    start = text.find("{")
    if start < 0:
        return [text]
    depth, cut, options = 0, start + 1, []
    for index in range(start, len(text)):
        char = text[index]
        depth += (char == "{") - (char == "}")
        if depth == 1 and char == ",":
            options.append(text[cut:index])
            cut = index + 1
        elif depth == 0:
            options.append(text[cut:index])
            rest = text[index + 1 :]
            return [r for o in options for r in _braces(text[:start] + o + rest)]
    raise ValueError(f"unbalanced braces in cue phrase: {text!r}")


def parse_rows(text: str) -> tuple[CueEntry, ...]:
    """Parse the `|`-separated cue table (comments start with #, blank lines ignored)."""
    entries = []
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        phrase, kind, category, cameo, strength, role = (c.strip() for c in line.split("|"))
        head, long, tail = phrase.partition(" .... ")
        if not long:
            head, _, tail = phrase.partition(" ... ")
        tails = tuple(f" {form} " for form in expand_phrase(tail)) if tail else ()
        gap = BLOCK_GAP_WORDS if kind == "block" or long else GAP_WORDS
        if category == DISASTER:
            gap = DISASTER_GAP_WORDS  # a disaster's toll may lie further on
        pattern = Tail(tails, gap) if tails else None
        entries.append(CueEntry(head, kind, category, cameo, float(strength), role, tails, pattern))
    return tuple(entries)


GAP_WORDS: Final = 3  # words a gapped cue's tail may start after its head
# … and a gapped anti-cue's ("a blaze at a hotel in China killed"), or a long-gapped cue's
# ("head .... tail": "transferred a third decommissioned Hamilton-class cutter to")
BLOCK_GAP_WORDS: Final = 6
# … and a disaster's ("a fuel tanker explosion on a highway in Nigeria's Niger state killed")
DISASTER_GAP_WORDS: Final = 10
# a word of the gap: clause marks end the gap, but not the separators inside a number, nor
# its unit hyphened on ("called up 300,000 reservists", "sent $1.5 billion in weapons",
# "deliveries of 2,000-pound bombs"), nor quotes around one word ('vows "merciless"
# response'), nor the dots of an abbreviation ("will target U.S. bases");
# atomic, so a failed try gives up the word at once instead
# of letter by letter
GAP_WORD: Final = (
    r"(?>[$€£]?\d+(?:[.,]\d+)*(?:-[a-z]+)*(?=\s)|(?:[a-z]\.){2,}(?=\s)|[\"“”]?[^\s,;:.!?()\"“”]+[\"“”]?(?=\s))"
)

# one whole word of the gap (GAP_WORD's branches without their lookaheads), and the run of
# word characters a tail form's first word must fill up to a mark
GAP_TOKEN: Final = re.compile(
    r"[$€£]?\d+(?:[.,]\d+)*(?:-[a-z]+)*|(?:[a-z]\.){2,}|[\"“”]?[^\s,;:.!?()\"“”]+[\"“”]?"
)
WORD_RUN: Final = re.compile(r"[\w-]+")
CLOSERS: Final = ",.;:!?)\"”'’"  # marks that may close a word of the gap or a tail form's first
QUOTES: Final = "\"”'’"  # … of which these end no gap


class Tail:
    """A gapped cue's tail: the regex matching, right after a head, up to `gap` words then
    a tail form, and the tail forms' first words, which rule most heads out before it runs."""

    __slots__ = ("firsts", "gap", "marked", "pattern")

    def __init__(self, tails: tuple[str, ...], gap: int = GAP_WORDS) -> None:
        forms = sorted({t.strip() for t in tails})
        self.pattern = re.compile(
            rf"\s+(?:{GAP_WORD}\s+){{0,{gap}}}(?:{_alternation(forms)})(?![\w-])"
        )
        self.gap = gap
        self.firsts = frozenset(f.split()[0] for f in forms if f)
        self.marked = tuple(f for f in self.firsts if WORD_RUN.fullmatch(f) is None)

    def match(self, lowered: str, end: int) -> re.Match[str] | None:
        """The gap and tail right after `end`, if any."""
        return self.pattern.match(lowered, end)

    def follows(self, lowered: str, end: int) -> bool:
        """Whether a tail form starts within `gap` words after `end`, in the same clause.

        The regex runs only when one of the next words could start a form: each word
        before it must be a gap word, and a word that is neither ends the search (a
        clause mark: "provided, however"). That rules most heads out for a few set
        lookups (≈ 3× cheaper than the regex on news, where numbers and commas abound).
        """
        count = self.gap + 1
        words = lowered[end : end + TAIL_WINDOW].split(None, count)
        if len(words) <= count and end + TAIL_WINDOW < len(lowered):
            return self.pattern.match(lowered, end) is not None  # a word may be cut short
        firsts = self.firsts
        for word in words[:count]:
            if word in firsts:
                return self.pattern.match(lowered, end) is not None
            if word.isalnum():
                continue  # a gap word no form starts: it would have to be a form's first word
            if self.marked and word.startswith(self.marked):
                return self.pattern.match(lowered, end) is not None
            core = word.rstrip(CLOSERS)  # "tanks," → "tanks"; "air-defence" stays
            if core.replace("-", "").isalnum():
                if core in firsts or self._hyphen_start(core):
                    return self.pattern.match(lowered, end) is not None
                if not word[len(core) :].strip(QUOTES):
                    continue  # a gap word, perhaps quoted ('"merciless"' without its opener)
                return False  # a clause mark ends the gap, and no form starts before it
            head = WORD_RUN.match(word)  # rare: a mark inside the word ("iran's", "u.s.")
            run = head.group() if head is not None else ""
            if run in firsts or self._hyphen_start(run):
                return self.pattern.match(lowered, end) is not None
            if GAP_TOKEN.fullmatch(word) is None:
                return False  # the gap ends at this word, before any form could start
        return False

    def _hyphen_start(self, word: str) -> bool:
        """Whether a form's first word fills `word` up to one of its hyphens (the words of
        a form may be joined by hyphens: "air-defence systems", "prisoners-of-war")."""
        at = word.find("-", 1)
        while at > 0:
            if word[:at] in self.firsts:
                return True
            at = word.find("-", at + 1)
        return False


_Trie = dict[str, "_Trie"]  # a char → the forms' rest; "" marks the end of a form


def _alternation(forms: list[str]) -> str:
    """A regex for any of `forms`, factored as a trie ("p(?:resident|rime minister)"), so a
    try at a gap word fails on its first letters instead of on every form in turn; the
    longer form is tried first."""
    trie: _Trie = {}
    for form in forms:
        node = trie
        for char in form:
            node = node.setdefault(char, {})
        node[""] = {}  # a form ends here

    def emit(node: _Trie) -> str:
        branches = [
            (r"[\s-]+" if char == " " else re.escape(char)) + emit(child)
            for char, child in node.items()
            if char
        ]
        if not branches:
            return ""
        group = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        if "" in node:
            return f"(?:{group})?"
        return group

    return emit(trie)


BLOCK: Final = Tail(())  # `Lexicon.scan`'s mark of an anti-cue's key (never run) …
FALLBACK: Final = Tail(())  # … and of a head form shared by several rows
TAIL_WINDOW: Final = 100  # chars read for the words after a head (else the regex decides)


def _keys(form: str) -> tuple[str, ...]:
    """The automaton keys of a cue form: its words between single spaces, and, when a mark
    before a space leaves two in the scanned text ("u.s. troops" → "u s  troops", "analysts'
    estimates"), also that spelling, which is the one news text has."""
    folded = form.translate(KEY_FOLD).strip()
    single = " ".join(folded.split())
    return (f" {single} ",) if single == folded else (f" {single} ", f" {folded} ")


class Lexicon:
    """The compiled cue automata; build once with `Lexicon.load()` and share."""

    def __init__(self, entries: tuple[CueEntry, ...]) -> None:
        self.entries = entries
        rows: dict[str, list[CueEntry]] = {}  # key " form " → the rows sharing it
        for entry in entries:
            for form in expand_phrase(entry.phrase):
                for key in _keys(form):
                    rows.setdefault(key, []).append(entry)
        # Per key the best row stands for it. A gapped row whose tail is missing gives way
        # to the next: "expelled … diplomats" is a sanction, "backs … bill" an anti-cue, and
        # a bare "expelled" or "backs" still the plain cue of that form.
        chosen: dict[str, CueEntry] = {}
        chains: dict[str, tuple[CueEntry, ...]] = {}
        # keys with a non-ASCII letter ("détente") come last: the ASCII automaton leaves
        # them out (no ASCII text holds them), keeping the ids of all the others
        for key, candidates in sorted(rows.items(), key=lambda row: not row[0].isascii()):
            ranked = sorted(candidates, key=_rank, reverse=True)  # stable: ties keep file order
            chosen[key] = ranked[0]
            plain = next((i for i, e in enumerate(ranked) if not e.tail), len(ranked) - 1)
            if plain > 0:
                chains[key] = tuple(ranked[: plain + 1])
        # per key id: the rows a head form shared by several rows tries in turn, or None
        self._chains = [chains.get(key) for key in chosen]
        # pattern id (its index among the keys) → entry, and whether it counts alone
        self._entries = list(chosen.values())
        self._alone = [entry.alone for entry in self._entries]
        # a bytewise automaton for ASCII text (most news), a str one for the rest; both
        # report offsets in their input. The ASCII one is a DFA: ≈ 20-25% faster than the
        # contiguous NFA on news text, for more memory (≈ 50 MB in all) and 60 ms at load
        dfa, nfa = Implementation.DFA, Implementation.ContiguousNFA
        ascii_keys = [key.encode() for key in chosen if key.isascii()]
        self._ascii = BytesAhoCorasick(ascii_keys, implementation=dfa)
        self._unicode = AhoCorasick(list(chosen), implementation=nfa)
        # per key: None for a plain cue, BLOCK for an anti-cue, FALLBACK for a head form
        # shared by several rows, else a gapped cue's tail
        self._checks = [
            BLOCK
            if e.kind == "block" and e.tail_check is None
            else FALLBACK
            if key in chains
            else e.tail_check
            for key, e in chosen.items()
        ]

    @classmethod
    def load(cls) -> Lexicon:
        """Build from the packaged `cues.txt`."""
        table = resources.files("monitor.resources.signals").joinpath("cues.txt")
        return cls(parse_rows(table.read_text(encoding="utf-8")))

    def scan(self, lowered: str) -> list[Hit]:
        """Word-bounded, non-overlapping hits in a lower-cased field; anti-cues removed."""
        if lowered.isascii():
            padded = b" " + lowered.encode("ascii").translate(KEY_FOLD_ASCII) + b" "
            found = self._ascii.find_matches_as_indexes(padded, True)
        else:
            found = self._unicode.find_matches_as_indexes(f" {lowered.translate(KEY_FOLD)} ", True)
        # a key " form " at padded [start, end) covers the field's [start, end - 2)
        entries, alone, checks = self._entries, self._alone, self._checks
        # One pass notes what the plain rules below would change: an anti-cue, a head form
        # shared by several rows, a gapped cue whose tail follows (one whose tail does not
        # is no match, and overlaps nothing), or a hit starting before the previous hit's
        # end (matches come in end order). Without any of them `_longest` would keep every
        # hit, in this order, and no anti-cue is to be removed.
        last, tangled = 0, False
        shared: dict[tuple[int, int], int] = {}  # span → key id, for shared head forms
        hits = [
            (start, (last := end - 2), entries[key], alone[key])
            for key, start, end in found
            if (
                (check := checks[key]) is None
                or (check is BLOCK and (tangled := True))
                or (check is FALLBACK and shared.setdefault((start, end - 2), key) >= 0)
                or (check.follows(lowered, end - 2) and (tangled := True))
            )
            and (start >= last or (tangled := True))
        ]
        if shared:
            hits, blocked = self._resolved(lowered, hits, shared)
            tangled = tangled or blocked
        if not tangled:
            return hits
        if len(hits) > 1:
            hits = _longest(hits)
        same = as_objects(hits)
        kept: list[Hit] = [same[i] for i, h in enumerate(hits) if h[2].kind != "block"]
        return kept if len(kept) == len(hits) else _uncovered(lowered, hits, kept)

    def _resolved(
        self, lowered: str, hits: list[Hit], shared: dict[tuple[int, int], int]
    ) -> tuple[list[Hit], bool]:
        """`hits` with each hit of a shared head form (`shared`: span → key id) read as the
        first of its rows whose tail follows (or that has none), or dropped if none does;
        and whether an anti-cue stood."""
        out: list[Any] = []
        blocked = False
        same = as_objects(hits)
        for i, hit in enumerate(hits):
            key = shared.get((hit[0], hit[1]))
            chain = self._chains[key] if key is not None else None
            if chain is None:
                out.append(same[i])
                continue
            for row in chain:
                if row.tail_check is None or row.tail_check.follows(lowered, hit[1]):
                    out.append((hit[0], hit[1], row, row.alone))
                    blocked = blocked or row.kind == "block"
                    break
        return out, blocked


def _rank(entry: CueEntry) -> tuple[bool, bool, float]:
    """Rows sharing a surface form, best first: anti-cues, then gapped rows (whose tail
    may be missing), then the stronger."""
    return (entry.kind == "block", bool(entry.tail), entry.strength)


def _uncovered(lowered: str, hits: list[Hit], kept: list[Hit]) -> list[Hit]:
    """The kept cues minus those a gapped anti-cue covers from its head to its tail
    ("floods in southern Spain killed": the disaster, not a killer), and minus the
    casualty participle closing the sentence of a disaster anti-cue ("an earthquake
    struck western Japan on Monday, killing 200": its toll), with the damage told after it
    ("…, killing 21 people and destroying 3,000 homes")."""
    for start, end, entry, _ in hits:
        if entry.kind != "block":
            continue
        if entry.tail_check is not None:
            found = entry.tail_check.match(lowered, end)
            end = found.end() if found else end
            if found and entry.category == DISASTER:  # "… killed one tourist and injured another"
                more = MORE_CASUALTIES.match(lowered, end)
                end = more.end() if more else end
            kept = [h for h in kept if not start <= h[0] < end]
        if entry.category == DISASTER:
            toll = TOLL.match(lowered, end)
            if toll is not None:
                at = toll.start(toll.lastindex or 1)  # the one participle group that matched
                damage = DAMAGE.match(lowered, toll.end())
                also = damage.start(1) if damage is not None else at
                kept = [h for h in kept if h[0] != at and h[0] != also]
    return kept


_START, _END = operator.itemgetter(0), operator.itemgetter(1)


def _longest(hits: list[Hit]) -> list[Hit]:
    """Drop hits overlapped by a longer (or earlier equally long) hit."""
    end = 0
    for hit in hits:  # in end order: usually disjoint, hence already in start order
        if hit[0] < end:
            break
        end = hit[1]
    else:
        return hits
    # by start, the longer first: two stable sorts on C key functions, not a lambda
    ordered = sorted(hits, key=_END, reverse=True)
    ordered.sort(key=_START)
    kept: list[Hit] = []
    for hit in ordered:
        if kept and hit[0] < kept[-1][1]:
            if hit[1] - hit[0] > kept[-1][1] - kept[-1][0]:
                kept[-1] = hit
            continue
        kept.append(hit)
    return kept


def lower_field(text: str) -> str:
    """Lower-case `text` keeping offsets (one char in, one char out; quotes unified)."""
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = "".join(c.lower()[0] for c in text)
    return lowered.replace("’", "'").replace("‘", "'")
