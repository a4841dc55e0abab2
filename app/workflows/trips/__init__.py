"""Field trips (rule 3.8): plan the route, phone ahead, print the route sheet with the
visit notices, enter what was found on site, and report after the trip."""
