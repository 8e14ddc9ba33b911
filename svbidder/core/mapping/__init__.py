"""Linking activities to the council's outcomes: explained suggestions, the
links people confirm, and how well each priority is covered."""
