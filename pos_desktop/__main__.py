"""Allow ``python -m pos_desktop``."""

from pos_desktop.cli.main import main

main()
