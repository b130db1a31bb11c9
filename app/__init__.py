"""Kinerja Kecamatan: indikator kinerja kecamatan dan lampiran SK Camat, tanpa internet."""

__version__ = "0.1.0"
APP_NAME = "Kinerja Kecamatan"
