"""The bundle's program: `HeatDesk` (the workstation, or a command) like `heatdesk`."""

from app.entry import main

if __name__ == "__main__":
    main()
