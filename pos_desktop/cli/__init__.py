"""The ``pos-desktop`` command line: a thin front end over the services."""
