"""Mermaid ``journey`` text (for Markdown docs): one section per stage, one task per step.

Mermaid scores run 1..5, so the expected emotion −2..+2 becomes 1..5 (a step without an emotion
is neutral, 3). The actors of a task are its lane (channel) and its owner. Mermaid's separators
(``;`` and ``#`` everywhere, ``:`` in task names, ``,`` in actors) and line breaks inside user
text are replaced by look-alike characters so that they cannot end a statement early.
"""
from __future__ import annotations

from pathlib import Path

from journeymap.interchange.values import journey_order
from journeymap.model.io import write_atomic
from journeymap.model.schema import JourneyMap

LINE = {";": "⁏", "#": "♯", "%": "٪"}  # Mermaid ends a statement at ; and # (and %% starts a comment)
LINE_UNSAFE = str.maketrans(LINE)
TASK_UNSAFE = str.maketrans({**LINE, ":": "꞉"})  # a task's name ends at ':'
ACTOR_UNSAFE = str.maketrans({**LINE, ":": "꞉", ",": "‚"})  # actors are separated by ','


def safe(text: str, table=LINE_UNSAFE) -> str:
    """One line of ``text`` with Mermaid's separators replaced by look-alike characters."""
    return " ".join(text.translate(table).split())


def mermaid_score(jmap: JourneyMap, score: int | None) -> int:
    """The emotion on Mermaid's 1..5 scale (the map's scale stretched onto it)."""
    if score is None:
        return 3
    low, high = jmap.emotion_scale.min, jmap.emotion_scale.max
    return 1 + round(4 * (score - low) / (high - low))


def mermaid_text(jmap: JourneyMap) -> str:
    lanes = {lane.id: lane.name for lane in jmap.lanes}
    position = {node_id: i for i, node_id in enumerate(journey_order(jmap))}
    lines = ["journey", f"  title {safe(jmap.title)}"]
    for stage in jmap.stages:
        nodes = sorted((n for n in jmap.nodes if n.stage_id == stage.id), key=lambda n: position[n.id])
        if not nodes:
            continue
        lines.append(f"  section {safe(stage.name)}")
        for node in nodes:
            score = node.expected_emotion.score if node.expected_emotion else None
            actors = ", ".join(safe(a, ACTOR_UNSAFE) for a in (lanes[node.lane_id], node.owner) if a.strip())
            task = f"    {safe(node.title, TASK_UNSAFE)}: {mermaid_score(jmap, score)}"
            lines.append(task + (f": {actors}" if actors else ""))
    return "\n".join(lines) + "\n"


def write_mermaid(jmap: JourneyMap, path: str | Path) -> list[Path]:
    write_atomic(path, mermaid_text(jmap).encode("utf-8"), keep_backup=False)
    return [Path(path)]
