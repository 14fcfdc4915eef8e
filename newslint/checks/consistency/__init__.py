"""Consistency rules (C): one story, one spelling of each name, word and figure."""
