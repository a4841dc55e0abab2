"""Messages for absent colleagues (rule 4.2(5))."""
