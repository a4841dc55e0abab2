"""Service-quality reports of section 5: registry, season, satisfaction and complaints."""
