"""Settings: one typed object, from defaults, a TOML file and the environment, in that order.

* File: ``config.toml`` in the platform's config folder (``platformdirs``), or the file named by
  ``POS_CONFIG``. Sections and keys as in :class:`Settings` (``[smtp]`` ``host = ...``).
* Environment: ``POS_<SECTION>_<KEY>`` for any key (``POS_SMTP_HOST``, ``POS_PRINTER_URL``,
  ``POS_DATABASE_URL``); section names hold no underscore, so the first one splits.
* Command line: front ends pass overrides (``--database``), which beat everything.

Every value remembers where it came from, so ``pos-desktop config show`` can tell a cashier's
admin why the app talks to that database.

``sections.py`` declares the sections and their checks; ``loading.py`` reads the sources.
Import from here: ``from pos_desktop.config import Settings, load_settings``.
"""

from pos_desktop.config.loading import (
    ENV_PREFIX,
    RETIRED,
    SECRET_KEYS,
    _apply,
    is_secret,
    load_settings,
    masked,
)
from pos_desktop.config.sections import (
    APP_NAME,
    AccountingSettings,
    BackupSettings,
    BillingSettings,
    ConfigError,
    CustomerSettings,
    DatabaseSettings,
    DocumentSettings,
    EmailSettings,
    LogSettings,
    OfflineSettings,
    PosSettings,
    PrinterSettings,
    ScannerSettings,
    SecuritySettings,
    SellerSettings,
    Settings,
    ShopSettings,
    SmtpSettings,
    UiSettings,
    WorkshopSettings,
    default_config_file,
    default_data_dir,
    default_database_url,
    default_log_folder,
)

__all__ = [
    "APP_NAME",
    "ENV_PREFIX",
    "RETIRED",
    "SECRET_KEYS",
    "AccountingSettings",
    "BackupSettings",
    "BillingSettings",
    "ConfigError",
    "CustomerSettings",
    "DatabaseSettings",
    "DocumentSettings",
    "EmailSettings",
    "LogSettings",
    "OfflineSettings",
    "PosSettings",
    "PrinterSettings",
    "ScannerSettings",
    "SecuritySettings",
    "SellerSettings",
    "Settings",
    "ShopSettings",
    "SmtpSettings",
    "UiSettings",
    "WorkshopSettings",
    "_apply",
    "default_config_file",
    "default_data_dir",
    "default_database_url",
    "default_log_folder",
    "is_secret",
    "load_settings",
    "masked",
]
