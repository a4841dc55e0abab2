"""Field trips (rule 3.8): planner, phone results, feedback, papers and report."""
