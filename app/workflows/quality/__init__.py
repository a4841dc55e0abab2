"""Heating-quality figures of rules 5.1.1-5.1.3: sampling plans, room samples, outdoor means,
hot water, qualification rates and the unqualified homes that need a work order."""
