"""What the app calls each field of a record, in the app's language: the lists' column
titles, and the field names the history, the provenance and the conflicts show (records'
changes and validation problems name some fields otherwise: ``case`` for the case
number, ``assists`` for the assisting agencies)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication


def field_titles() -> dict[str, str]:
    titles = {  # each a literal call: lupdate finds only those
        "date": QApplication.translate("fields", "Date"),
        "ref": QApplication.translate("fields", "Reference"),
        "agency": QApplication.translate("fields", "Agency"),
        "assisting_agencies": QApplication.translate("fields", "Assisting"),
        "province": QApplication.translate("fields", "Province"),
        "place": QApplication.translate("fields", "Place"),
        "persons": QApplication.translate("fields", "Persons"),
        "nationality": QApplication.translate("fields", "Nationalities"),
        "destination": QApplication.translate("fields", "Destination"),
        "case_no": QApplication.translate("fields", "Case"),
        "notable": QApplication.translate("fields", "Notable"),
        "gang": QApplication.translate("fields", "Gang"),
        "broken_up": QApplication.translate("fields", "Broken up"),
        "arrested": QApplication.translate("fields", "Arrested"),
        "opened_on": QApplication.translate("fields", "Opened"),
        "cracked_on": QApplication.translate("fields", "Cracked"),
        "category": QApplication.translate("fields", "Category"),
        "summary": QApplication.translate("fields", "Summary"),
        "code": QApplication.translate("fields", "Code"),
        "name": QApplication.translate("fields", "Name"),
        "name_zh": QApplication.translate("fields", "Chinese name"),
        "jurisdiction": QApplication.translate("fields", "Jurisdiction"),
        "kind": QApplication.translate("fields", "Kind"),
        "approved": QApplication.translate("fields", "Approved"),
        "counts": QApplication.translate("fields", "Head counts"),
        "arrests": QApplication.translate("fields", "Arrests"),
        "reason": QApplication.translate("fields", "Reason"),
        "press_note": QApplication.translate("fields", "Press note"),
        "notes": QApplication.translate("fields", "Notes"),
        "male": QApplication.translate("fields", "Male"),
        "female": QApplication.translate("fields", "Female"),
        "minors": QApplication.translate("fields", "Minors"),
        "role": QApplication.translate("fields", "Role"),
        "origin": QApplication.translate("fields", "Origin"),
        "_deleted": QApplication.translate("fields", "Deleted"),
    }
    titles["case"] = titles["case_no"]
    titles["assists"] = titles["assisting_agencies"]
    return titles


def kind_titles() -> dict[str, str]:
    """What the app calls one record of each kind."""
    return {
        "catch": QApplication.translate("fields", "Catch"),
        "bust": QApplication.translate("fields", "Gang bust"),
        "case": QApplication.translate("fields", "Case"),
        "agency": QApplication.translate("fields", "Agency"),
    }
