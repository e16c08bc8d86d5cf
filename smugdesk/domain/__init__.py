"""Records, vocabularies, validation and counting rules. No Qt, no SQL."""
