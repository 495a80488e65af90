"""``receipt NUMBER`` and ``printer status|test|queue|mark-printed|reprint``: receipts and the
printer from the command line.

Exit code 3: the printer did not take the job (it stays queued; the reason is printed), or it
may have printed without confirming it (the job is "unsure": check the printer, then
``printer mark-printed JOB`` or ``printer reprint JOB``); ``printer status``: not ready.
"""

from __future__ import annotations

import io
import time
from pathlib import Path

import click

from pos_desktop.adapters.printing.receipt_image import receipt_image
from pos_desktop.cli.context import CliContext, pass_context
from pos_desktop.cli.document_files import write_document
from pos_desktop.cli.output import emit_json, table
from pos_desktop.domain.printer import PrinterStatus, PrinterUnavailable
from pos_desktop.domain.receipt import receipt_text

EXIT_PRINTER = 3
#: How long ``receipt NUMBER`` keeps trying before it leaves the job queued.
WAIT_SECONDS = 5.0


@click.command("receipt")
@click.argument("number")
@click.option("--escpos", "escpos_file", type=click.Path(path_type=Path), help="ESC/POS bytes.")
@click.option("--png", "png_file", type=click.Path(path_type=Path), help="A preview image.")
@click.option("--text", "as_text", is_flag=True, help="Print the receipt as plain text.")
@click.option("--copy", is_flag=True, help='Mark it "COPY" (a reprint).')
@pass_context
def receipt(
    obj: CliContext,
    /,
    *,
    number: str,
    escpos_file: Path | None,
    png_file: Path | None,
    as_text: bool,
    copy: bool,
) -> None:
    """Invoice NUMBER's receipt: to files, as text, or (no option) to this till's printer."""
    services = obj.services()
    printing = services.printing
    if escpos_file or png_file or as_text:
        slip = printing.receipt(obj.actor, number, copy=copy)
        if escpos_file:
            write_document(escpos_file, printing.receipt_bytes(slip))
            click.echo(f"ESC/POS written to {escpos_file}", err=as_text)
        if png_file:
            buffer = io.BytesIO()
            receipt_image(slip, printing.columns).save(buffer, format="PNG")
            write_document(png_file, buffer.getvalue())
            click.echo(f"Preview written to {png_file}", err=as_text)
        if as_text:
            click.echo(receipt_text(slip, printing.columns), nl=False)
        return
    require_printer(obj)
    job_id = printing.queue(obj.actor, number, copy=True if copy else None)
    print_now(obj, job_id, f"Receipt of {number}")


def require_printer(obj: CliContext) -> None:
    """Exit 3 before anything is done when this till has no printer to print on."""
    if not obj.services().printing.configured:
        click.echo("No printer set up: set printer.url (or POS_PRINTER_URL)", err=True)
        click.get_current_context().exit(EXIT_PRINTER)


def print_now(
    obj: CliContext, job_id: int, what: str, *, wait: bool = True, err: bool = False
) -> None:
    """Send queued job ``job_id``, trying for :data:`WAIT_SECONDS` (once if not ``wait``).

    Not taken: it stays queued, the reason goes to stderr, and with ``wait`` the command
    exits 3. Sent but not confirmed: never tried again (it may have printed); stderr says what
    to do, and with ``wait`` the command exits 3. ``err`` sends the success line to stderr too
    (stdout holds JSON then)."""
    services = obj.services()
    deadline = time.monotonic() + (WAIT_SECONDS if wait else 0.0)
    while True:
        report = services.printing.retry(obj.actor, job_id=job_id)
        if report.printed:
            click.echo(f"{what} printed on {services.settings.printer.url}", err=err)
            return
        if report.unsure:
            click.echo(unsure_text(job_id, what, report.unsure[0][1]), err=True)
            if wait:
                click.get_current_context().exit(EXIT_PRINTER)
            return
        why = report.waiting[0][1] if report.waiting else "not set up"
        if time.monotonic() >= deadline:
            click.echo(f"{what} queued (job {job_id}), not printed: {why}", err=True)
            if wait:
                click.get_current_context().exit(EXIT_PRINTER)
            return
        time.sleep(1.0)


def unsure_text(job_id: int, what: str, why: str) -> str:
    return (
        f"{what} may not have printed (job {job_id}): {why}. Check the printer, then "
        f"`printer mark-printed {job_id}` if it did, or `printer reprint {job_id}` for a COPY "
        "(the drawer stays shut)"
    )


def status_json(url: str, status: PrinterStatus) -> dict[str, object]:
    condition = status.condition
    return {
        "url": url,
        "reachable": status.reachable,
        "ready": status.ready,
        "condition": condition.value if condition else None,
        "status": status.describe(),
        "online": status.online,
        "paper": status.paper,
        "cover_open": status.cover_open,
        "error": status.error,
    }


@click.group("printer")
def printer_group() -> None:
    """This till's receipt printer and its queue."""


@printer_group.command("status")
@click.option("--url", help="Another printer than printer.url (same forms).")
@click.option("--json", "as_json", is_flag=True)
@pass_context
def printer_status(obj: CliContext, /, *, url: str | None, as_json: bool) -> None:
    """Ask the printer how it is: ready, paper near end, paper out, cover open, offline, error
    (exit 3 unless it can print)."""
    printing = obj.services(login=False).printing  # asks the printer, not the database
    status = printing.status(url)
    if as_json:
        emit_json(status_json(url or printing.url, status))
    else:
        click.echo(f"Status: {status.describe()}")
    if not status.ready:
        click.get_current_context().exit(EXIT_PRINTER)


@printer_group.command("test")
@click.option("--url", help="Another printer than printer.url (same forms).")
@pass_context
def printer_test(obj: CliContext, /, *, url: str | None) -> None:
    """Say how the printer is, then print a test page (accents, euro sign, QR, width ruler)."""
    printing = obj.services().printing
    status = printing.status(url)
    click.echo(f"Status: {status.describe()}")
    try:
        printing.test_page(obj.actor, url)
    except PrinterUnavailable as err:
        click.echo(f"Test page not printed: {err.message}", err=True)
        click.get_current_context().exit(EXIT_PRINTER)
    click.echo("Test page printed")


@printer_group.command("queue")
@click.option("--retry", is_flag=True, help="Send the waiting receipts now.")
@click.option("--url", help="Send them to another printer (with --retry).")
@pass_context
def printer_queue(obj: CliContext, /, *, retry: bool, url: str | None) -> None:
    """Receipts (and slips, X/Z reports) waiting at this till, and why, and those that may not
    have printed ("unsure"); ``--retry`` sends the waiting ones (exit 3 if some wait)."""
    printing = obj.services().printing
    if retry:
        report = printing.retry(obj.actor, url=url)
        for number in report.printed:
            click.echo(f"printed {number}")
    jobs = printing.jobs(obj.actor)
    if not jobs:
        click.echo("No receipts waiting.")
        return
    table(
        ["job", "document", "state", "copy", "attempts", "problem", "last error"],
        [
            (
                j.id,
                j.document,
                j.state,
                "yes" if j.copy else "",
                j.attempts,
                j.problem or "",
                j.last_error or "",
            )
            for j in jobs
        ],
    )
    for job in jobs:
        if job.unsure:
            click.echo(unsure_text(job.id, job.document, job.last_error or ""), err=True)
    if retry:
        click.get_current_context().exit(EXIT_PRINTER)


@printer_group.command("mark-printed")
@click.argument("job_id", metavar="JOB", type=int)
@pass_context
def printer_mark_printed(obj: CliContext, /, *, job_id: int) -> None:
    """An unsure job did print (you saw the paper): settle it, audited; nothing is printed."""
    obj.services().printing.mark_printed(obj.actor, job_id)
    click.echo(f"Job {job_id} marked printed")


@printer_group.command("reprint")
@click.argument("job_id", metavar="JOB", type=int)
@pass_context
def printer_reprint(obj: CliContext, /, *, job_id: int) -> None:
    """An unsure job did not print (or nobody can tell): print its document again now, marked
    COPY and without opening the drawer (audited as a reprint; exit 3 if not printed)."""
    printing = obj.services().printing
    require_printer(obj)
    copy_id = printing.reprint_unsure(obj.actor, job_id)
    [job] = [j for j in printing.jobs(obj.actor) if j.id == copy_id]
    print_now(obj, copy_id, f"Copy of {job.document}")
