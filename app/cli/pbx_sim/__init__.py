"""A fake Asterisk PBX speaking the Manager Interface, for tests and for trying the desk.

`server.py` is the AMI server (asyncio), `traces.py` writes events in Asterisk's own field
names and order, `scenarios.py` the scripted calls. Run it with `python main.py pbx-sim`.
"""
