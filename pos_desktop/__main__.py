"""Allow ``python -m pos_desktop``."""

from pos_desktop.cli.main import main

if __name__ == "__main__":  # the import's spawned worker processes import this module again
    main()
