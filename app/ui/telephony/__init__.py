"""The desk's side of telephony (issue 18): the PBX link's state in the status bar, the
phone system's calls driving the desk's call, click-to-dial (Ctrl+Shift+C), and the PBX
figures beside the etiquette figures (rule 5.4)."""
