"""Stations and their changes, as they travel between databases: who wrote a change
(a station and its gapless sequence number: the change's dot), what it had seen (its
causal context), when (a hybrid logical clock), and the hash and signature that let
another station trust it. Pure: no SQL, no Qt; the store keeps the change log and the
bundles use it."""
