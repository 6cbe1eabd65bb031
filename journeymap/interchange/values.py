"""The one place the interchange formats get derived numbers from (journeymap.model.derived).

Journey order, KPI readings, the worst and last moments: every slide and table asks here, and
here asks ``journeymap.model.derived`` (the single source of these numbers).
"""
from __future__ import annotations

from typing import Optional

from journeymap.model.schema import JourneyMap


def derived(jmap: JourneyMap, period_id: Optional[str] = None):
    from journeymap.model.derived import derive

    return derive(jmap, period_id)


def journey_order(jmap: JourneyMap) -> list[str]:
    return derived(jmap).journey_order
