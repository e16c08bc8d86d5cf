"""Every live record as the data standard's flat rows (one per nationality line or
arrest line), for the workbook export.

Each query gives the sheet's columns in the standard's order, blanks as NULL, so that
the exporter only has to turn ISO dates into dates.
"""

from __future__ import annotations

from smugdesk.store.sql import assisting_codes

FLAT_ROWS = {
    "agency": """
        SELECT code, name, NULLIF(name_zh, ''), jurisdiction, NULLIF(kind, '') FROM agencies
        WHERE deleted_at IS NULL ORDER BY code""",
    "case": """
        SELECT c.case_no, c.opened_on, c.cracked_on, c.category, a.code, NULLIF(c.summary, '')
        FROM cases c JOIN agencies a ON a.id = c.agency_id
        WHERE c.deleted_at IS NULL ORDER BY c.opened_on, c.case_no""",
    "catch": f"""
        SELECT c.ref, c.date, a.code, {assisting_codes("catch_assists", "catch_id", "c")},
               c.province, NULLIF(c.place, ''), c.destination, NULLIF(c.reason, ''),
               n.nationality, n.persons, n.male, n.female, n.minors, k.case_no,
               CASE WHEN c.notable THEN 'yes' ELSE 'no' END,
               NULLIF(c.press_note, ''), NULLIF(c.notes, '')
        FROM catches c
        JOIN catch_counts n ON n.catch_id = c.id
        JOIN agencies a ON a.id = c.agency_id
        LEFT JOIN cases k ON k.id = c.case_id
        WHERE c.deleted_at IS NULL ORDER BY c.date, c.id, n.line""",
    "bust": f"""
        SELECT b.ref, b.date, a.code, {assisting_codes("bust_assists", "bust_id", "b")},
               b.province, NULLIF(b.place, ''), b.gang,
               CASE WHEN b.broken_up THEN 'yes' ELSE 'no' END,
               r.role, r.origin, r.arrested, k.case_no,
               CASE WHEN b.notable THEN 'yes' ELSE 'no' END,
               NULLIF(b.press_note, ''), NULLIF(b.notes, '')
        FROM busts b
        JOIN bust_arrests r ON r.bust_id = b.id
        JOIN agencies a ON a.id = b.agency_id
        LEFT JOIN cases k ON k.id = b.case_id
        WHERE b.deleted_at IS NULL ORDER BY b.date, b.id, r.line""",
}
