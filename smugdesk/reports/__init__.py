"""Figures for a period -> PDF and Excel documents."""
