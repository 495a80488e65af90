"""The database as both front ends see it: its schema's state, its upgrade, first start, and
a look at another database before choosing it.

Front ends (``ui/``, ``cli/``) import neither ``pos_desktop.storage`` nor SQLAlchemy (an
import-linter contract): what they need of the database is here.
"""

from pos_desktop.services.database_admin.admin import (
    DatabaseAdmin,
    DemoRequest,
    FirstStart,
    FirstStartOutcome,
    Startup,
    Upgrade,
)
from pos_desktop.services.database_admin.locations import (
    PROBE_TIMEOUT_S,
    Contents,
    DatabaseLocation,
    Probe,
    file_url,
    probe_database,
    same_database,
    server_url,
)
from pos_desktop.services.database_admin.schema_state import (
    SchemaState,
    SchemaStatus,
    describe_driver_error,
)

__all__ = [
    "PROBE_TIMEOUT_S",
    "Contents",
    "DatabaseAdmin",
    "DatabaseLocation",
    "DemoRequest",
    "FirstStart",
    "FirstStartOutcome",
    "Probe",
    "SchemaState",
    "SchemaStatus",
    "Startup",
    "Upgrade",
    "describe_driver_error",
    "file_url",
    "probe_database",
    "same_database",
    "server_url",
]
