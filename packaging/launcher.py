"""The frozen app's entry point: what the wheel's ``pos-desktop`` console script runs.

The import and audit-verify workers, which start ``sys.executable -c ...`` from a venv, stay in
the process when frozen (``sys.frozen``: services/customer_import.py, audit_verify_workers.py),
so the bundle never has to act as a Python interpreter.
"""

from pos_desktop.cli.main import main

if __name__ == "__main__":
    main()
