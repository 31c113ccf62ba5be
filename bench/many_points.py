"""How rendering grows with one topic's points when the notes' overview names every one (issue #24: no work
that grows with the product of two inputs): a topic of N points that each share words with each of N takeaways,
rendered for each built-in audience; prints seconds per audience and N, asserts nothing.

    .venv/bin/python bench/many_points.py [--sizes 1000,2000,4000] [--audiences executive,policy,technical]

Near-linear work doubles with N; before attack10, named.naming counted every clause against every point (18 s
at 4,000) and weigh.outranked and titles._strongest read each point again on every call (10-16 s at 4,000).
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.audiences import load_audience  # noqa: E402
from generator.loader import load_content  # noqa: E402
from generator.render import render_document  # noqa: E402


def many_points(n: int) -> dict:
    """Content whose one large topic has ``n`` points, every one sharing six key words with each of ``n`` takeaways."""
    points = [f"Segment revenue grew {i}% as market share rose in region {i}" for i in range(n)]
    return {"title": "Many points", "lang": "en", "date": "2025-01-01",
            "takeaways": [{"text": f"Segment revenue grew and market share rose in region {i}"} for i in range(n)],
            "topics": [{"id": "big", "title": "Segment revenue and market share", "points": points},
                       {"id": "other", "title": "Other", "points": ["a b c", "d e f"]}],
            "sources": [{"id": "s", "name": "Src", "url": "https://example.com/x"}]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,2000,4000")
    parser.add_argument("--audiences", default="executive,policy,technical")
    args = parser.parse_args()
    audiences = args.audiences.split(",")
    print("points  " + "  ".join(f"{a:>10}" for a in audiences))
    with tempfile.TemporaryDirectory() as folder:
        for n in map(int, args.sizes.split(",")):
            path = Path(folder) / f"many-{n}.yaml"
            path.write_text(json.dumps(many_points(n)))
            content, seconds = load_content(path), []
            for name in audiences:
                start = time.perf_counter()
                render_document(content, load_audience(name))
                seconds.append(time.perf_counter() - start)
            print(f"{n:>6}  " + "  ".join(f"{s:>9.1f}s" for s in seconds))


if __name__ == "__main__":
    main()
