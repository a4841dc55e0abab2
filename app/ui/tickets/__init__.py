"""UI pieces of the work-order domain that other screens reuse (incident line, ...)."""
