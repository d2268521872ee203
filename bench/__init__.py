"""Benchmarks of the generated SDK (``make bench``); see bench/__main__.py."""
