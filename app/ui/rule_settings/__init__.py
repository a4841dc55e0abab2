"""The rule settings a leader decides (issue 13): one dialog, one menu entry."""
