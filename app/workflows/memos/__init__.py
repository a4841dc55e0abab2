"""Messages for absent colleagues (rule 4.2(5)): leave one, see them at login and in the
list, mark done, reply, turn one into a work order, pass them on at a handover, and let a
leader see those left unread too long."""
