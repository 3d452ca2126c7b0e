"""Packaged alliance/threat cue lexicon (cues.txt) and its documentation (README.md)."""
