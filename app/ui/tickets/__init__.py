"""The work-order screens: the queues window (F6), the incidents window (F7), the shift
leader's overdue alerts, and pieces other screens reuse (the screen pop's incident line)."""
