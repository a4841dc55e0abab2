"""The work-order queues window (issue 3): queue list, filter bar, keyset table, detail."""
