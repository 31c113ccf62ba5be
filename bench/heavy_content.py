"""Heavy synthetic content shaped like the default content (issue #25 §3): every topic with a
message, a summary, nested points, a chart, a table and figures; takeaways that point at topics.

    .venv/bin/python bench/heavy_content.py N > heavy.yaml

Written by the benchmark into a temporary folder (never committed as a big file).
"""
from __future__ import annotations

import sys

KINDS = ("bar", "doughnut", "line", "column")


def _clock(seconds: int) -> str:
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


def _topic(i: int) -> list[str]:
    at = _clock(630 + i * 97)
    kind = KINDS[i % len(KINDS)]
    values = ", ".join(f"'{v:,}'" for v in (200_000 + i, 128_000 + 3 * i, 100_000 + 7 * i, 64_000 + i))
    return [
        f"  - id: topic-{i}",
        f"    title: 'Topic {i}: infrastructure, models and the policy around them'",
        f"    message: 'Topic {i} shows that clusters of {200 + i} thousand GPUs change what a lab can train.'",
        f"    at: {at}",
        "    tags: [technical, economics]",
        f"    summary: 'The discussion of topic {i} covers hardware, architecture choices and what they cost.'",
        "    points:",
        "      - text: 'Hardware optimization:'",
        "        points:",
        "          - Custom scheduling of GPU cores (SMs) across the cluster",
        "          - Direct programming at the PTX level, below CUDA",
        "          - Efficient handling of communication between GPUs",
        "      - text: 'Architecture choices:'",
        "        points:",
        "          - High-sparsity MoE reduces active parameters per token",
        "          - Multi-head Latent Attention reduces memory requirements",
        f"      - 'Implementation quality {i}: a highly optimized codebase for one model architecture and size'",
        "    charts:",
        f"      - id: chart-{i}",
        f"        title: 'Cluster sizes, topic {i}'",
        f"        message: 'The largest cluster of topic {i} runs {200_000 + i:,} GPUs.'",
        f"        kind: {kind}",
        "        unit: GPUs",
        "        categories: [xAI (Memphis), Meta, OpenAI/Microsoft, Others]",
        f"        series: [{{name: GPUs, values: [{values}]}}]",
        "        caption: GPUs per cluster; ~ marks an approximate figure.",
        "    tables:",
        f"      - id: table-{i}",
        f"        title: 'GPU export status, topic {i}'",
        "        columns: [GPU, Status, Note]",
        "        rows:",
        "          - [H100, Banned, Never allowed for export to China]",
        "          - [H800, Restricted, 'Initially allowed, then restricted']",
        "          - [H20, Permitted, Allowed with reduced capabilities]",
        "    figures:",
        f"      - {{value: '{27 + i % 50}x', label: 'cheaper than competitors in topic {i}', at: '{at}'}}",
        f"      - {{value: '{i % 9 + 1}.2 GW', label: 'planned power of the facility of topic {i}'}}",
    ]


def heavy_content(n: int) -> str:
    """YAML text of a content file with ``n`` topics shaped like the default content's heaviest."""
    lines = [
        f"title: Heavy synthetic briefing, {n} topics",
        "subtitle: A benchmark shaped like the default content",
        "date: 2025-02-03",
        "lang: en",
        "speakers:",
        "  - {name: Dylan Patel, role: Founder of SemiAnalysis}",
        "  - {name: Nathan Lambert, role: Research scientist at AI2}",
        "sources:",
        "  - {id: audio, name: Podcast audio, url: 'https://example.org/episode', deep_link: fragment}",
        "  - {id: video, name: Video, url: 'https://www.youtube.com/watch?v=abc', offset: '-9:55'}",
        "introduction: >-",
        "  Two analysts discuss semiconductors, GPUs and AI hardware, and what recent models mean for",
        "  the industry and for the policy around it.",
        "takeaways:",
    ]
    for t in range(0, n, max(1, n // 5))[:5]:
        lines += [f"  - text: 'Takeaway on topic {t}: its clusters and costs matter for everyone:'",
                  f"    at: {_clock(630 + t * 97)}",
                  "    points:",
                  "      - Puts pressure on companies to be more open",
                  "      - Could push others to build domestic capabilities faster"]
    lines.append("topics:")
    for i in range(n):
        lines += _topic(i)
    lines += ["conclusion: >-",
              "  The conversation highlights the pace of AI development and the interplay between technical",
              "  innovation, business strategy and geopolitics."]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.stdout.write(heavy_content(int(sys.argv[1])))
