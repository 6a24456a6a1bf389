"""Prometheus metrics, right with several worker processes: with more than one worker
`serve` sets PROMETHEUS_MULTIPROC_DIR, every process writes its figures there, and a
scrape adds them up (prometheus-client's multiprocess mode)."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator

from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest, multiprocess
from prometheus_client.core import REGISTRY, GaugeMetricFamily, Metric
from prometheus_client.registry import Collector

REQUESTS = Counter("aftersales_requests_total", "HTTP requests", ["method", "route", "status"])
LATENCY = Histogram("aftersales_request_seconds", "HTTP request latency", ["method", "route"])
TICKETS_OPENED = Counter("aftersales_tickets_opened_total", "Tickets opened", ["kind"])
TRANSITIONS = Counter("aftersales_transitions_total", "Workflow transitions", ["trigger"])
ESCALATIONS = Counter("aftersales_escalations_total", "Tickets raised a level", ["source"])


class Overdue(Collector):
    """Open tickets with a missed deadline, counted by the database at scrape time (the
    same in every process)."""

    def __init__(self, count: Callable[[], int]) -> None:
        self.count = count

    def collect(self) -> Iterator[Metric]:
        yield GaugeMetricFamily(
            "aftersales_overdue_tickets", "Open tickets with a missed deadline", self.count()
        )


def exposition(overdue: Callable[[], int]) -> bytes:
    if "PROMETHEUS_MULTIPROC_DIR" in os.environ:
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)  # type: ignore[no-untyped-call]
        counted = generate_latest(registry)
    else:
        counted = generate_latest(REGISTRY)
    domain = CollectorRegistry()
    domain.register(Overdue(overdue))
    return counted + generate_latest(domain)


WEBHOOK_ATTEMPTS = Counter("aftersales_webhook_attempts_total", "Webhook delivery attempts", ["outcome"])
WEBHOOK_FAILED = Counter(
    "aftersales_webhook_deliveries_failed_total", "Webhook deliveries given up after the retry schedule"
)
