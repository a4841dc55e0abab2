"""Visitors at the service hall (rule 3.7.2): the reception record and the visitor
summary by day and month."""
