"""The heating-quality screens: technician entry, sampling plan, outdoor means, hot water,
unqualified homes (rules 5.1.1-5.1.3)."""
