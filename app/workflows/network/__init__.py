"""The heating network (issue 16): the tree, the equipment register, outages, detection."""
