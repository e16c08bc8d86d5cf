"""Workbook import and export, exactly as the data standard says."""
