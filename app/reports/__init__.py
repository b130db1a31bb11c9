"""The printed documents (ReportLab). Imported first: ReportLab's import made cheaper."""

from .startup import import_paragraph

import_paragraph()
