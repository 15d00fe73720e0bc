"""TinyDB adapter: where sessions live on disk, durable writes, locking.

The CLI builds a `TinyArchive(default_data_dir(...))` and hands it to the core
as a `sitzung.ports.Archive`; nothing else in the app imports this package.
"""

from storage import words  # noqa: F401  (registers the storage's words)
from storage.archive import TinyArchive, TinySessionLog, default_data_dir
from storage.durable import DurableStorage
from storage.lock import WriterLock

__all__ = ["DurableStorage", "TinyArchive", "TinySessionLog", "WriterLock", "default_data_dir"]
