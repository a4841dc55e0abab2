"""The etiquette prompt panel, the leader's script editor and the supervision figures."""
