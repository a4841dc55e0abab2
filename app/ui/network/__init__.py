"""The heating network's screens (issue 16): the network window (F12), the outage line of
the screen pop with its script, and the shift leader's outage proposals."""
