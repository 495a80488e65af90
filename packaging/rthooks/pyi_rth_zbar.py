"""PyInstaller runtime hook: pyzbar finds the libzbar that the bundle carries.

pyzbar asks ``ctypes.util.find_library("zbar")`` on Linux and macOS, which looks only at the
system's library folders: on a machine without libzbar the zbar decoder would be missing. The
spec puts libzbar next to the other libraries (``sys._MEIPASS``); this hook runs before the
app and answers "zbar" with that file. On Windows pyzbar's wheel ships its DLLs (collected by
the pyzbar hook of pyinstaller-hooks-contrib) and never asks.
"""

import ctypes.util
import os
import sys

_system_find_library = ctypes.util.find_library


def _find_library(name):
    if name == "zbar":
        folder = getattr(sys, "_MEIPASS", "")
        for entry in sorted(os.listdir(folder)) if folder else ():
            if entry.startswith("libzbar"):
                return os.path.join(folder, entry)
    return _system_find_library(name)


ctypes.util.find_library = _find_library
