"""Writing a service report to a file in each export format, on a worker thread.

CSV and Excel carry the report's scores too, streamed from the worker's own Store with
progress and Cancel; JSON and PDF need only the report. Each writer works under a
temporary name and moves the file into place when complete, so a failed or cancelled
export leaves nothing behind.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from starapp.core.report_figures import ServiceReport
from starapp.store import Store
from starapp.ui.translation import tr

FORMATS = ("csv", "xlsx", "pdf", "json")


def run_export(
    store: Store,
    fmt: str,
    path: Path,
    report: ServiceReport,
    progress: Callable[[int, int | None], None],
    cancelled: Callable[[], bool],
) -> Path:
    """Write ``report`` (and, for csv/xlsx, its scores) to ``path``; on a worker thread."""
    from starapp.core.report_export import write_csv, write_json
    from starapp.store.report_queries import all_templates, count_score_rows, iter_reading_scores

    flt = report.filter
    if fmt == "json":
        write_json(path, report)
    elif fmt == "csv":
        total = count_score_rows(store, flt)
        scores = iter_reading_scores(store, flt, cancelled=cancelled)
        write_csv(
            path, scores, all_templates(store), total=total, progress=progress, cancelled=cancelled
        )
    elif fmt == "xlsx":
        from starapp.core.report_xlsx import MAX_SCORE_ROWS, write_xlsx

        total = count_score_rows(store, flt)
        scores = iter_reading_scores(store, flt, cancelled=cancelled)
        write_xlsx(
            path,
            report,
            scores,
            all_templates(store),
            total=total,
            max_score_rows=MAX_SCORE_ROWS,
            progress=progress,
            cancelled=cancelled,
            tr=tr,  # the interface language, as on screen and in the PDF
        )
    elif fmt == "pdf":
        from starapp.ui.report_pdf import write_report_pdf

        write_report_pdf(path, report, progress=progress, cancelled=cancelled)
    else:
        raise ValueError(fmt)
    return path
