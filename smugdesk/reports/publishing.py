"""Publishing a report's figures, and telling whether the records still give them.

A publication keeps the figures as canonical JSON (without what changes whenever
anything is written: the time of the data, the counts of records not approved or in
conflict) and their SHA-256. Checking one computes the figures again from the records
as they are now: the same hash, or which figures changed, by how much, and through which
records (those changed by changes the publication's basis did not hold)."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

from smugdesk.accounts.roles import Can
from smugdesk.reports.figures import Figures, compute_figures
from smugdesk.reports.options import ReportOptions
from smugdesk.reports.periods import Period
from smugdesk.stations.changes import canonical
from smugdesk.store import Store
from smugdesk.store.publications import (
    Publication,
    Touched,
    basis,
    changed_since,
    publications,
    publish,
    touched_by,
)

# What a report shows of the state of its records, not figures a press release quotes.
_NOT_FROZEN = ("data_as_of", "unapproved", "disputed")


def frozen(figures: Figures) -> str:
    """The figures as a publication keeps them: canonical JSON."""
    data = orjson.loads(orjson.dumps(figures))
    for key in _NOT_FROZEN:
        data.pop(key, None)
    return canonical(data)


def sha256(text: str | bytes) -> str:
    return hashlib.sha256(text.encode() if isinstance(text, str) else text).hexdigest()


def publish_report(
    store: Store,
    figures: Figures,
    options: ReportOptions,
    approved_only: bool,
    documents: tuple[Path | None, Path | None],
) -> Publication:
    """Keep ``figures`` (and the hashes of the documents written from them) as published."""
    text = frozen(figures)
    spec = {
        "period": [figures.period.start.isoformat(), figures.period.end.isoformat()],
        "comparison": [figures.comparison.start.isoformat(), figures.comparison.end.isoformat()],
        "approved_only": approved_only,
        "options": orjson.loads(orjson.dumps(options)),
    }
    hashes = tuple(sha256(p.read_bytes()) if p else "" for p in documents)
    return publish(store, spec, text, sha256(text), (hashes[0], hashes[1]), basis(store))


@dataclass(frozen=True, slots=True)
class Revision:
    publication: Publication
    figures: tuple[tuple[str, Any, Any], ...]  # (figure, as published, now) that differ
    records: tuple[str, ...]  # keys of records changed since its basis

    @property
    def revised(self) -> bool:
        return bool(self.figures)


def check(store: Store, pub: Publication) -> Revision:
    """Whether the records still give the publication's figures, and if not which."""
    spec = pub.spec
    period = Period(*(dt.date.fromisoformat(d) for d in spec["period"]))
    comparison = Period(*(dt.date.fromisoformat(d) for d in spec["comparison"]))
    source = store.figures(Can.REPORT, bool(spec["approved_only"]))
    now = frozen(compute_figures(source, period, comparison))
    if sha256(now) == pub.sha256:
        return Revision(pub, (), ())
    return Revision(pub, differences(pub.figures, now), tuple(changed_since(store, pub)))


def revised_by(store: Store, touched: Touched) -> list[Revision]:
    """The publications that records taken in (a merge, a pull) revised: only those
    whose periods they touched are computed again. Nothing for who may not report."""
    if not store.access.may(Can.REPORT):
        return []
    return [r for p in touched_by(store, touched) if (r := check(store, p)).revised]


def differences(before: str, after: str) -> tuple[tuple[str, Any, Any], ...]:
    """The figures (by path) whose values differ between two frozen figure texts, the
    headline totals first."""
    a, b = flat(orjson.loads(before)), flat(orjson.loads(after))
    names = sorted(set(a) | set(b), key=lambda n: (not n.startswith(_HEADLINE), n))
    return tuple((n, a.get(n), b.get(n)) for n in names if a.get(n) != b.get(n))


_HEADLINE = ("total.", "gangs_smashed")


def earlier_differing(store: Store, figures: Figures) -> list[Publication]:
    """Earlier publications of the same period whose figures differ from these."""
    now = sha256(frozen(figures))
    period = [figures.period.start.isoformat(), figures.period.end.isoformat()]
    return [p for p in publications(store) if p.spec["period"] == period and p.sha256 != now]


def flat(value: Any, path: str = "") -> dict[str, Any]:
    """Every leaf of the figures by a readable path; rows of a table are named by their
    first text field (an agency's code, a nationality), not their position:
    "agencies[GX-PSD].counts.current.persons", "origins[VNM][1]"."""
    out: dict[str, Any] = {}
    if isinstance(value, dict):
        for k, v in value.items():
            out.update(flat(v, f"{path}.{k}" if path else k))
    elif isinstance(value, list):
        for n, item in enumerate(value):
            name = None
            if isinstance(item, dict):
                name = next((v for v in item.values() if isinstance(v, str)), None)
            elif isinstance(item, list) and item and isinstance(item[0], str):
                name = item[0]  # (country code, arrested)
            out.update(flat(item, f"{path}[{name if name is not None else n}]"))
    else:
        out[path] = value
    return out
