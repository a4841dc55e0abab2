"""The customer archive's screens (issue 14)."""
