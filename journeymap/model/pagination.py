"""Which stages go together on one page or slide. Pure Python.

Stages stay in order and are never cut: a page takes the following stages while their widths fit
in the width available; a stage wider than a whole page gets a page of its own.
"""
from __future__ import annotations

from typing import Sequence


def stage_groups(widths: Sequence[float], available: float) -> list[list[int]]:
    """Consecutive groups of stage indices whose summed widths fit in ``available``."""
    groups: list[list[int]] = []
    used = 0.0
    for index, width in enumerate(widths):
        if groups and used + width <= available:
            groups[-1].append(index)
            used += width
        else:
            groups.append([index])
            used = width
    return groups
