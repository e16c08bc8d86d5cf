"""Hub report figures at the issue's scale: 10,000,000 catches (with their head counts
and assists), 200,000 busts and 500,000 cases in the hub's typed rows, as its settling
leaves them, on a throwaway server with durable settings; then one year's figures.

The rows (and their daily totals, by the settling's own statements) are made in
PostgreSQL itself (generate_series): pushing and settling ten
million changes would measure the sync, which bench_hub.py measures at a million.
Target (issue 13): one year's figures over 10,000,000 catches under 1 s.
"""

from __future__ import annotations

import time

import psycopg
from bench_report import YEAR
from common import report

from smugdesk.hub.connection import connect, target
from smugdesk.hub.figures import HubFigures
from smugdesk.hub.schema import initialise
from smugdesk.hub.settling import totals_sql
from smugdesk.reports.figures import compute_figures
from tests.hub import server as pg

CATCHES, BUSTS, CASES = 10_000_000, 200_000, 500_000
FILL = f"""
INSERT INTO hub.agency_facts (record, code, name, name_zh, jurisdiction)
    SELECT 'agency-' || i, c, c, c, CASE WHEN c LIKE 'HK%' THEN 'Hong Kong' ELSE 'mainland' END
    FROM unnest(ARRAY['GD-PSD','GX-PSD','YN-PSD','HKPF','HKID','MPS-BCB']) WITH ORDINALITY a(c, i);
INSERT INTO hub.case_facts (record, agency_id, category, cracked_on, approved)
    SELECT 'case-' || i, 1 + i % 6, (ARRAY['smuggling into mainland','smuggling to Hong Kong',
        'other'])[1 + i % 3], CASE WHEN i % 5 = 0 THEN NULL
        ELSE date '2015-01-01' + (i % 1060) END, i % 7 <> 0
    FROM generate_series(1, {CASES}) i;
INSERT INTO hub.catch_facts (record, date, agency_id, case_record, destination, reason,
        persons, approved, notable, ref, place, press_note)
    SELECT 'catch-' || i, date '2015-01-01' + (i % 1064), 1 + i % 6,
        CASE WHEN i % 5 = 0 THEN 'case-' || (1 + i % {CASES}) END,
        (ARRAY['mainland','Hong Kong','third country'])[1 + i % 3],
        (ARRAY['work','family','transit', NULL])[1 + i % 4], 1 + i % 30, i % 9 <> 0,
        i % 50000 = 0, 'CT-' || i, 'place', ''
    FROM generate_series(1, {CATCHES}) i;
INSERT INTO hub.catch_counts (record, nationality, persons)
    SELECT 'catch-' || i, (ARRAY['VNM','MMR','LAO','KHM','BGD','PAK','IND','NPL'])[1 + i % 8],
        1 + i % 30
    FROM generate_series(1, {CATCHES}) i;
INSERT INTO hub.catch_assists (record, line, agency_id)
    SELECT 'catch-' || i, 1, 1 + (i + 1) % 6 FROM generate_series(1, {CATCHES}, 4) i;
INSERT INTO hub.bust_facts (record, date, agency_id, gang, broken_up, arrested, approved,
        notable, ref, place, press_note)
    SELECT 'bust-' || i, date '2015-01-01' + (i % 1064), 1 + i % 6, 'gang ' || (i % 3000),
        i % 5 < 2, 1 + i % 9, i % 9 <> 0, i % 5000 = 0, 'GB-' || i, 'place', ''
    FROM generate_series(1, {BUSTS}) i;
INSERT INTO hub.bust_arrests (record, role, origin, arrested)
    SELECT 'bust-' || i, (ARRAY['director','recruiter','transporter'])[1 + i % 3],
        (ARRAY['HKG','CHN','VNM'])[1 + i % 3], 1 + i % 9
    FROM generate_series(1, {BUSTS}) i;
"""


def main() -> None:
    srv = pg.start(durable=True)
    try:
        with psycopg.connect(srv.url(), autocommit=True) as conn:
            conn.execute("CREATE DATABASE benchreport")
        owner = target(srv.url("benchreport"))
        with connect(owner) as conn:
            initialise(conn)
            start = time.perf_counter()
            with conn.transaction():
                conn.execute(FILL.encode())
                conn.execute(totals_sql(1, touched=False).encode())
            conn.execute("ANALYZE")
            conn.commit()
            report(
                "fill 10,000,000 catches' typed rows and totals", time.perf_counter() - start, "s"
            )
            for approved_only in (False, True):
                times = []
                for _ in range(3):
                    start = time.perf_counter()
                    compute_figures(HubFigures(conn, approved_only), YEAR)
                    times.append(time.perf_counter() - start)
                report(
                    "hub report figures, one year of 10,000,000 catches"
                    + (" (approved only)" if approved_only else ""),
                    sorted(times)[1],
                    "s",
                    "target < 1 s",
                )
    finally:
        pg.stop(srv)


if __name__ == "__main__":
    main()
