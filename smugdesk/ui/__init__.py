"""Qt: main window, forms, table models, dialogs (the only package that imports Qt)."""
