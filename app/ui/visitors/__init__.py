"""Walk-in visitors at the service hall (rule 3.7.2)."""
