"""Benchmarks that print figures (`python main.py bench ...`); never timed asserts."""
