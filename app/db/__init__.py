"""Engine, sessions and migrations: the bottom layer every other layer stands on."""
