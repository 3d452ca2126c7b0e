"""Generate realistic ~3 KB news articles for benchmarks (deterministic per seed).

Each article mixes datelines, leaders, ministries, cities, neutral reporting and, in a
share of articles, an alliance or threat sentence, so that the analysis does the work
it does on real news. Text is built from templates; nothing is downloaded.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

__all__ = ["articles_from_file", "generate_articles"]

_ACTORS = [
    ("Turkey", "Turkish", "Ankara", "Recep Tayyip Erdogan"),
    ("Azerbaijan", "Azerbaijani", "Baku", "Ilham Aliyev"),
    ("Armenia", "Armenian", "Yerevan", "Nikol Pashinyan"),
    ("Russia", "Russian", "Moscow", "Vladimir Putin"),
    ("France", "French", "Paris", "Emmanuel Macron"),
    ("Germany", "German", "Berlin", "Olaf Scholz"),
    ("Japan", "Japanese", "Tokyo", "Fumio Kishida"),
    ("India", "Indian", "New Delhi", "Narendra Modi"),
    ("Pakistan", "Pakistani", "Islamabad", "Shehbaz Sharif"),
    ("Iran", "Iranian", "Tehran", "Masoud Pezeshkian"),
    ("Israel", "Israeli", "Jerusalem", "Benjamin Netanyahu"),
    ("Brazil", "Brazilian", "Brasilia", "Luiz Inacio Lula da Silva"),
    ("Nigeria", "Nigerian", "Abuja", "Bola Tinubu"),
    ("Ukraine", "Ukrainian", "Kyiv", "Volodymyr Zelensky"),
    ("China", "Chinese", "Beijing", "Xi Jinping"),
    ("Canada", "Canadian", "Ottawa", "Justin Trudeau"),
]
_ALLIANCE = [
    "{a} pledged to stand shoulder to shoulder with {b} if its security is threatened.",
    "{a_adj} officials said {a} will support {b} and announced joint military exercises.",
    "The two governments signed a strategic partnership, and {a} promised military aid to {b}.",
]
_THREAT = [
    "{a} threatened to retaliate against {b} if the troops were not withdrawn.",
    "{a_adj} forces were massing troops on the border with {b}, officials warned.",
    "{a} issued an ultimatum to {b} over the disputed territory.",
]
_NEUTRAL = [
    "Officials in {cap} said the talks on trade and energy prices would resume next week.",
    "The {a_adj} central bank kept interest rates unchanged on Tuesday, citing inflation.",
    "Analysts expect growth of about 2.5 percent this year, according to a survey of economists.",
    "The ministry published new figures on exports, which rose for a third consecutive month.",
    "Local media reported heavy rain in several provinces, disrupting transport for hours.",
    "{leader} met business leaders in {cap} to discuss investment in infrastructure projects.",
    "A spokesman declined to comment on the details of the agreement, citing ongoing talks.",
    "Shares in the largest companies closed higher as investors weighed the latest data.",
    "The report said unemployment fell slightly, while wages grew faster than prices.",
    "Diplomats from both sides are expected to meet again before the end of the month.",
]


def _sentence(rng: random.Random, template: str, a: tuple[str, ...], b: tuple[str, ...]) -> str:
    return template.format(a=a[0], a_adj=a[1], cap=a[2], leader=a[3], b=b[0])


def _lead_pool(rng: random.Random, lead: str) -> list[str]:
    if lead == "alliance":
        return _ALLIANCE
    kind = rng.random()
    return _ALLIANCE if kind < 0.35 else _THREAT if kind < 0.6 else _NEUTRAL


def _article(rng: random.Random, index: int, target_bytes: int, lead: str) -> dict[str, str]:
    a, b = rng.sample(_ACTORS, 2)
    lead_pool = _lead_pool(rng, lead)
    lead = _sentence(rng, rng.choice(lead_pool), a, b)
    parts = [f"{a[2].upper()}, March {1 + index % 28} - {lead}"]
    while sum(len(p) + 1 for p in parts) < target_bytes:
        parts.append(_sentence(rng, rng.choice(_NEUTRAL), rng.choice((a, b)), a))
        if rng.random() < 0.15:
            parts.append("\n")
    title = f"{a[1]} and {b[1]} leaders discuss security and trade"
    return {"id": f"bench-{index}", "title": title, "text": " ".join(parts)[:target_bytes]}


def generate_articles(count: int, *, seed: int = 7, size: int = 3000,
                      lead: str = "mixed") -> Iterator[dict[str, str]]:
    """`count` article envelopes of about `size` characters; `lead="alliance"` makes every
    article open with an alliance sentence (for latency runs that need an alert each)."""
    rng = random.Random(seed)
    for index in range(count):
        yield _article(rng, index, size, lead)


def articles_from_file(path: str, count: int, *, size: int = 3000) -> Iterator[dict[str, str]]:
    """`count` envelopes of about `size` characters made of real texts from a JSONL file
    (consecutive records joined until long enough), e.g. the Reuters-21578 bodies."""
    from monitor import codec

    made, parts = 0, []
    with open(path, "rb") as lines:
        for line in lines:
            parts.append(str(codec.decode(line).get("text", "")))
            if sum(map(len, parts)) >= size:
                yield {"id": f"real-{made}", "text": "\n\n".join(parts)[:size]}
                made, parts = made + 1, []
                if made == count:
                    return
