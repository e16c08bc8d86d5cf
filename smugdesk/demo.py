"""A deterministic, realistic demo campaign (January 2015 to November 2017).

Its figures reproduce the press article's under the data standard's counting
rules, for the campaign period 1 February 2016 to 30 November 2017:

- 67,642 persons caught ("more than 67,600"), mainly from South-eastern and
  Southern Asia;
- 293 cases of smuggling to Hong Kong cracked by mainland police ("more than
  290"), with 3,474 persons caught in them ("more than 3,470");
- 836 caught by Hong Kong agencies ("more than 830");
- 53 gangs smashed and 1,061 organizers arrested ("more than 1,060");
- 1,444 caught by Hong Kong agencies in January to November 2015 against 396
  in the same months of 2017;
- on 24 November 2017, Guangdong and Guangxi police caught 145 Vietnamese and
  17 organizers, breaking up a long-running gang.
"""

from __future__ import annotations

import datetime as dt
import random
from calendar import monthrange
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from smugdesk.demo_data import (
    AGENCIES,
    GANG_NAMES,
    LOCAL_AGENCIES,
    MIX,
    NOTES,
    ORIGINS,
    PLACES,
    PROVINCE_SHARE,
    REASONS,
    ROLE_SHARE,
)
from smugdesk.domain.records import Arrest, Bust, Case, Catch, HeadCount, Record
from smugdesk.store.records import Store

CAMPAIGN_START = dt.date(2016, 2, 1)
CAMPAIGN_END = dt.date(2017, 11, 30)

# The article's figures, as the demo builds them.
TOTAL_CAUGHT = 67_642
HK_CAUGHT = 836
HK_2015_JAN_NOV = 1_444
HK_2017_JAN_NOV = 396
TO_HK_CASES = 293
TO_HK_PERSONS = 3_474
GANGS_SMASHED = 53
ORGANIZERS = 1_061
BIG_CASE_PERSONS = 145
BIG_CASE_ORGANIZERS = 17


def _months(start: dt.date, end: dt.date) -> list[tuple[int, int]]:
    out = []
    y, m = start.year, start.month
    while (y, m) <= (end.year, end.month):
        out.append((y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


@dataclass
class _Campaign:
    rng: random.Random
    records: list[Record] = field(default_factory=list)
    seq: dict[str, int] = field(default_factory=dict)

    def next(self, prefix: str) -> int:
        self.seq[prefix] = self.seq.get(prefix, 0) + 1
        return self.seq[prefix]

    def pick(self, weighted: Sequence[tuple[str, int]]) -> str:
        return self.rng.choices([w[0] for w in weighted], [w[1] for w in weighted])[0]

    def spread(self, total: int, parts: int, low: int = 0) -> list[int]:
        """``parts`` whole numbers, each at least ``low``, summing to ``total``, uneven."""
        weights = [self.rng.uniform(0.6, 1.4) for _ in range(parts)]
        free = total - low * parts
        out = [low + int(free * w / sum(weights)) for w in weights]
        for i in range(total - sum(out)):
            out[i % parts] += 1
        return out

    def sizes(self, total: int) -> list[int]:
        """Catch sizes summing to ``total``: mostly small groups, now and then a large one."""
        out = []
        while total > 0:
            band = self.rng.choices(((1, 6), (7, 20), (21, 45), (46, 90)), (55, 33, 10, 2))[0]
            size = min(total, self.rng.randint(*band))
            out.append(size)
            total -= size
        return out

    def day(
        self, year: int, month: int, first: dt.date | None = None, last: dt.date | None = None
    ) -> dt.date:
        lo = dt.date(year, month, 1)
        hi = dt.date(year, month, monthrange(year, month)[1])
        lo, hi = max(lo, first or lo), min(hi, last or hi)
        return lo + dt.timedelta(days=self.rng.randint(0, (hi - lo).days))

    def counts(self, persons: int, mix: Sequence[tuple[str, int]]) -> tuple[HeadCount, ...]:
        kinds = 1 if persons < 4 else self.rng.choices((1, 2, 3), (70, 24, 6))[0]
        nationalities: list[str] = []
        while len(nationalities) < min(kinds, persons):
            code = self.pick(mix)
            if code not in nationalities:
                nationalities.append(code)
        out = []
        for code, n in zip(nationalities, self.spread(persons, len(nationalities), 1), strict=True):
            if self.rng.random() < 0.15:  # sex not recorded
                out.append(HeadCount(code, n))
                continue
            female = int(n * self.rng.uniform(0.05, 0.35))
            minors = int(n * self.rng.uniform(0, 0.12)) if self.rng.random() < 0.4 else 0
            out.append(HeadCount(code, n, n - female, female, minors))
        return tuple(out)

    def catch(
        self,
        when: dt.date,
        province: str,
        persons: int,
        *,
        destination: str,
        agency: str | None = None,
        case_no: str = "",
        assisting: tuple[str, ...] = (),
        counts: tuple[HeadCount, ...] = (),
        notable: bool = False,
        press_note: str = "",
        notes: str | None = None,
        place: str | None = None,
    ) -> Catch:
        agency = agency or self.rng.choice(AGENCIES[province])
        record = Catch(
            ref=f"CT-{when.year}-{self.next(f'CT{when.year}'):06d}",
            date=when,
            agency=agency,
            province=province,
            destination=destination,
            counts=counts or self.counts(persons, MIX[province]),
            assisting_agencies=assisting,
            place=place if place is not None else self.rng.choice(PLACES[province]),
            reason=self.pick(REASONS),
            case_no=case_no,
            notable=notable,
            press_note=press_note,
            notes=notes if notes is not None else self.rng.choice(NOTES),
        )
        self.records.append(record)
        return record

    def case(
        self,
        agency: str,
        opened: dt.date,
        category: str,
        cracked: dt.date | None,
        summary: str = "",
    ) -> Case:
        record = Case(
            f"{agency}-{opened.year}-{self.next(agency + str(opened.year)):04d}",
            opened,
            category,
            agency,
            cracked,
            summary,
        )
        self.records.append(record)
        return record

    def arrests(self, total: int) -> tuple[Arrest, ...]:
        tally: dict[tuple[str, str], int] = {}
        for _ in range(total):
            role = self.pick(ROLE_SHARE)
            key = (role, self.pick(ORIGINS[role]))
            tally[key] = tally.get(key, 0) + 1
        return tuple(Arrest(role, origin, n) for (role, origin), n in sorted(tally.items()))

    def bust(
        self,
        when: dt.date,
        province: str,
        gang: str,
        broken_up: bool,
        arrests: tuple[Arrest, ...],
        case_no: str,
        *,
        agency: str | None = None,
        assisting: tuple[str, ...] = (),
        notable: bool = False,
        press_note: str = "",
        notes: str = "",
        place: str = "",
    ) -> Bust:
        record = Bust(
            ref=f"GB-{when.year}-{self.next(f'GB{when.year}'):04d}",
            date=when,
            agency=agency or self.rng.choice(AGENCIES[province]),
            province=province,
            gang=gang,
            broken_up=broken_up,
            arrests=arrests,
            assisting_agencies=assisting,
            place=place or self.rng.choice(PLACES[province]),
            case_no=case_no,
            notable=notable,
            press_note=press_note,
            notes=notes,
        )
        self.records.append(record)
        return record


def _hong_kong(c: _Campaign) -> None:
    """Hong Kong agencies' catches, falling year on year as the campaign bites."""
    spans = (
        (dt.date(2015, 1, 1), dt.date(2015, 11, 30), HK_2015_JAN_NOV),
        (dt.date(2015, 12, 1), dt.date(2016, 1, 31), 179),
        (dt.date(2016, 2, 1), dt.date(2016, 12, 31), HK_CAUGHT - HK_2017_JAN_NOV),
        (dt.date(2017, 1, 1), dt.date(2017, 11, 30), HK_2017_JAN_NOV),
    )
    for first, last, total in spans:
        months = _months(first, last)
        for (y, m), month_total in zip(months, c.spread(total, len(months), 1), strict=True):
            for size in c.sizes(month_total):
                c.catch(c.day(y, m), "Hong Kong", size, destination="Hong Kong", place=None)


def _to_hong_kong_cases(c: _Campaign) -> None:
    """Mainland cases of smuggling to Hong Kong cracked in the campaign, with their catches."""
    per_case = c.spread(TO_HK_PERSONS, TO_HK_CASES, 3)
    for persons in per_case:
        opened = CAMPAIGN_START + dt.timedelta(days=c.rng.randint(0, 620))
        cracked = min(opened + dt.timedelta(days=c.rng.randint(10, 90)), CAMPAIGN_END)
        province = c.pick((("Guangdong", 85), ("Guangxi", 15)))
        agency = c.rng.choice(AGENCIES[province])
        case = c.case(
            agency,
            opened,
            "smuggling to Hong Kong",
            cracked,
            "Group moving people from the mainland to Hong Kong by "
            + c.rng.choice(("speedboat.", "lorry.", "fishing boat.", "hill path.")),
        )
        parts = c.spread(persons, c.rng.choice((1, 1, 2, 3)) if persons > 6 else 1, 1)
        for size in parts:
            span = (cracked - opened).days
            when = opened + dt.timedelta(days=c.rng.randint(0, span))
            c.catch(
                when, province, size, destination="Hong Kong", agency=agency, case_no=case.case_no
            )


def _big_case(c: _Campaign) -> tuple[Case, int]:
    """The case of 24 November 2017 (145 Vietnamese, 17 organizers)."""
    day = dt.date(2017, 11, 24)
    case = c.case(
        "GD-PSD",
        dt.date(2017, 3, 8),
        "smuggling into mainland",
        day,
        "A gang that had long smuggled Vietnamese people into Guangdong, Hong Kong "
        "and Macao, run from Hong Kong with recruiters in Viet Nam.",
    )
    note = (
        "Guangdong and Guangxi police caught 145 Vietnamese illegal immigrants and 17 "
        "organizers, breaking up a gang that had long smuggled Vietnamese people into "
        "Guangdong, Hong Kong and Macao."
    )
    c.catch(
        day,
        "Guangdong",
        BIG_CASE_PERSONS,
        destination="mainland",
        agency="GD-PSD",
        case_no=case.case_no,
        assisting=("GX-PSD",),
        counts=(HeadCount("VNM", BIG_CASE_PERSONS, 101, 44, 9),),
        notable=True,
        press_note=note,
        place="Dongguan, Humen",
        notes="Joint operation; the group was held in three rented houses.",
    )
    arrests = (
        Arrest("director", "HKG", 2),
        Arrest("recruiter", "VNM", 5),
        Arrest("transporter", "CHN", 7),
        Arrest("harbourer", "CHN", 3),
    )
    assert sum(a.arrested for a in arrests) == BIG_CASE_ORGANIZERS
    c.bust(
        day,
        "Guangdong",
        "Vietnam-Guangdong long-haul ring",
        True,
        arrests,
        case.case_no,
        agency="GD-PSD",
        assisting=("GX-PSD",),
        notable=True,
        press_note=note,
        notes="Two directors from Hong Kong and five recruiters from Viet Nam among those held.",
        place="Dongguan, Humen",
    )
    return case, BIG_CASE_ORGANIZERS


def _mainland(c: _Campaign) -> None:
    """All other mainland catches, month by month; some grouped into cases."""
    in_campaign = TOTAL_CAUGHT - HK_CAUGHT - TO_HK_PERSONS - BIG_CASE_PERSONS
    spans = (
        (dt.date(2015, 1, 1), dt.date(2016, 1, 31), 24_900),
        (CAMPAIGN_START, CAMPAIGN_END, in_campaign),
    )
    for first, last, total in spans:
        months = _months(first, last)
        for (y, m), month_total in zip(months, c.spread(total, len(months)), strict=True):
            sizes = c.sizes(month_total)
            index = 0
            while index < len(sizes):
                province = c.pick(PROVINCE_SHARE)
                agency = c.rng.choice(AGENCIES[province])
                # About one catch in six belongs to a case cracked within a few weeks.
                group = c.rng.choice((1, 2, 3)) if c.rng.random() < 0.16 else 0
                case_no, cracked = "", None
                if group:
                    opened = c.day(y, m)
                    cracked = opened + dt.timedelta(days=c.rng.randint(5, 60))
                    if c.rng.random() < 0.1 or cracked > CAMPAIGN_END:
                        cracked = None
                    case_no = c.case(
                        agency,
                        opened,
                        "smuggling into mainland",
                        cracked,
                        "Smuggling route across the "
                        + {
                            "Guangxi": "Sino-Vietnamese",
                            "Yunnan": "Sino-Myanmar",
                            "Guangdong": "coastal",
                        }[province]
                        + " border.",
                    ).case_no
                for size in sizes[index : index + max(group, 1)]:
                    joint = c.rng.random() < 0.05
                    assisting = (c.rng.choice(("MPS-BCB", "HKPF")),) if joint else ()
                    destination = (
                        "mainland"
                        if case_no
                        else c.pick(
                            (
                                ("mainland", 78),
                                ("Hong Kong", 6),
                                ("Macao", 3),
                                ("other", 5),
                                ("unknown", 8),
                            )
                        )
                    )
                    c.catch(
                        c.day(y, m, last=cracked),
                        province,
                        size,
                        agency=agency,
                        case_no=case_no,
                        assisting=assisting,
                        destination=destination,
                    )
                index += max(group, 1)


def _gangs(c: _Campaign, big_case_organizers: int) -> None:
    """Gang busts: 53 gangs broken up in the campaign, others hit but not broken.

    Each gang has one case, cracked on the day of the bust that broke it up.
    """
    names = [f"{c.rng.choice(GANG_NAMES)} gang {i:02d}" for i in range(1, 75)]
    smashed = names[: GANGS_SMASHED - 1]  # the 53rd is the big case's gang
    hit_only, earlier = names[GANGS_SMASHED - 1 : 66], names[66:]
    plans: list[tuple[str, list[dt.date], bool]] = []
    for gang in smashed + hit_only:
        n = c.rng.choice((1, 1, 2, 3)) if gang in smashed else c.rng.choice((1, 2))
        days = sorted(CAMPAIGN_START + dt.timedelta(days=c.rng.randint(0, 660)) for _ in range(n))
        plans.append((gang, days, gang in smashed))
    # The campaign's organizers, the big case's apart, spread over every bust.
    arrests = iter(
        c.spread(ORGANIZERS - big_case_organizers, sum(len(days) for _g, days, _s in plans), 1)
    )
    for gang, days, broken in plans:
        province = c.pick((("Guangdong", 40), ("Guangxi", 30), ("Yunnan", 20), ("Hong Kong", 10)))
        agency = c.rng.choice(AGENCIES[province])
        category = (
            "smuggling to Hong Kong" if province == "Hong Kong" else "smuggling into mainland"
        )
        case = c.case(
            agency,
            days[0] - dt.timedelta(days=c.rng.randint(20, 200)),
            category,
            days[-1] if broken else None,
            f"Investigation into the {gang}.",
        )
        for i, when in enumerate(days):
            last = broken and i == len(days) - 1
            c.bust(
                when,
                province,
                gang,
                last,
                c.arrests(next(arrests)),
                case.case_no,
                agency=agency,
                notes="Leaders arrested; the network is broken up."
                if last
                else "Members arrested; the leaders remain at large.",
            )
    for gang in earlier:  # before the campaign: in the comparison year only
        when = dt.date(2015, 1, 1) + dt.timedelta(days=c.rng.randint(0, 390))
        province = c.pick(PROVINCE_SHARE)
        c.bust(when, province, gang, True, c.arrests(c.rng.randint(6, 20)), "")


def build_demo() -> list[Record]:
    """Every record of the demo campaign, in the order they can be written."""
    c = _Campaign(random.Random(20171124))
    _hong_kong(c)
    _to_hong_kong_cases(c)
    _, big_organizers = _big_case(c)
    _mainland(c)
    _gangs(c, big_organizers)
    kinds: list[type] = [Case, Catch, Bust]
    return [*LOCAL_AGENCIES, *sorted(c.records, key=lambda r: kinds.index(type(r)))]


def load_demo(store: Store, progress: Callable[[str], None] | None = None) -> dict[str, int]:
    """Write the demo campaign into the store (one transaction); return the records
    added by kind ("agency", "case", "catch", "bust")."""
    records = build_demo()
    return dict(store.write_batch(records, progress=progress).added)
