"""Benchmarks of MissionWatch: a synthetic corpus generator and side-by-side comparisons with peers.

Not part of the installed package: run the scripts from the repository root
(``python bench/synth.py …``, ``python bench/compare.py …``) or import ``bench.synth`` from there.
"""
