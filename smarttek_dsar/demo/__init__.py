"""Synthetic, entirely fictional data for demonstrations, tests and benchmarks.

Nothing here describes a real person: names, codes and contact details are drawn at random
from a seed, and e-mail addresses use the reserved `.example` top-level domain.
"""
