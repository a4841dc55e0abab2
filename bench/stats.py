"""Small statistics for benchmark figures: nearest-rank percentiles in milliseconds."""

from __future__ import annotations

import math
from collections.abc import Sequence


def percentile(values: Sequence[float], fraction: float) -> float:
    """Nearest-rank percentile: the smallest value with `fraction` of the values at or below."""
    if not values:
        raise ValueError("no values")
    ordered = sorted(values)
    rank = max(1, math.ceil(fraction * len(ordered)))
    return ordered[rank - 1]


def summary_ms(seconds: Sequence[float]) -> dict[str, float]:
    """p50, p95, p99 and max of durations given in seconds, as milliseconds."""
    return {
        "p50": round(percentile(seconds, 0.50) * 1000, 3),
        "p95": round(percentile(seconds, 0.95) * 1000, 3),
        "p99": round(percentile(seconds, 0.99) * 1000, 3),
        "max": round(max(seconds) * 1000, 3),
    }
