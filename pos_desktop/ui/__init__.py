"""The Qt desktop app. Screens call services through a ``Runner`` so no I/O blocks the UI thread."""
