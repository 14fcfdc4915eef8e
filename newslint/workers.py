"""Linting drafts in worker processes, and linting one draft: what each process runs.

``Run.lint`` lints here when there is one job (or a backend wants one process) and otherwise
hands the drafts to ``lint_in_workers``: they come back, each as ("ok", findings) or ("input",
reason), through the ``finished`` callback, in whatever order they finish.
"""

from __future__ import annotations

import datetime as dt
import os
import sys

from . import memos
from .config import Settings
from .document import Document
from .engine import active_rules, check_document, selected_rules
from .errors import InputError, NewslintError
from .rule import Context


def lint_in_workers(todo, workers: int, settings_list: list[Settings], date, recurring, lint_here, finished) -> None:
    """Lint ``todo`` ((index, path, text, settings number) each) in ``workers`` processes."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor, as_completed

    context = None
    if sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods():
        # Forked workers inherit what the first draft made this process load (the rules,
        # their word lists and models): lint it here, then fork, instead of every worker
        # loading it all again.
        context = multiprocessing.get_context("fork")
        lint_here(todo[:1])
        todo = todo[1:]
        # What is loaded now is shared with the workers: keep their garbage collector off
        # it (and so their memory pages shared).
        import gc

        gc.freeze()
    batches = _batches(todo, workers)
    pool = ProcessPoolExecutor(
        workers,
        mp_context=context,
        initializer=_worker_init,
        initargs=(settings_list, date, recurring),
    )
    try:
        futures = [pool.submit(_worker_batch, batch) for batch in batches]
        for future in as_completed(futures):
            for index, kind, value in future.result():
                finished(index, kind, value)
    except BaseException:
        # Interrupted (Ctrl-C) or failed: drop the drafts not started, do not wait for them.
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    else:
        pool.shutdown()
    finally:
        if context is not None:
            import gc

            gc.unfreeze()




def _batches(todo, workers: int) -> list:
    """``todo`` in batches for the workers: the longest drafts first, in batches that shrink
    as the drafts left do (at most 16, at least 1: a worker takes its next batch when it is
    done), so that the run ends on short drafts and one worker does not go on alone with a
    batch of long ones while the other has finished. (The time a draft takes follows its
    length: r = 0.97 over the dev corpus.) With batches of 16 in folder order, one worker ran
    0.19 s after the other had finished on the dev corpus (``scripts/bench_jobs.py``)."""
    ordered = sorted(todo, key=lambda item: len(item[2]), reverse=True)
    batches, at = [], 0
    while at < len(ordered):
        size = max(1, min(16, (len(ordered) - at) // (workers * 8)))
        batches.append(ordered[at : at + size])
        at += size
    return batches


def lint_in_this_process(todo, lint_here) -> None:
    """Lint ``todo`` here, one draft after another.

    The first draft makes this process load what the rules need (word lists, models, compiled
    patterns: hundreds of thousands of objects that live as long as the process). After it,
    the garbage collector is told to leave them alone (``gc.freeze``), as the workers' parent
    does before forking: otherwise each full collection walks them all again (on the 300
    drafts of the dev corpus, collections took 0.40 s of 4.5 s CPU; frozen, 0.22 s).
    """
    import gc

    lint_here(todo[:1])
    if len(todo) < 2:
        return
    gc.freeze()
    try:
        # the memos emptied every FORGET_EVERY drafts: a long run's memory stays bounded
        for start in range(1, len(todo), memos.FORGET_EVERY):
            if start > 1:
                memos.forget()
            lint_here(todo[start : start + memos.FORGET_EVERY])
    finally:
        gc.unfreeze()


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


# Per worker process: the settings of this run (by index), the story date, and the rules
# selected for each settings (built once per process, on first use).
_WORKER: dict = {}


def _worker_init(settings_list: list[Settings], date: dt.date | None, recurring: dict) -> None:
    import signal

    # Ctrl-C is the parent's to handle: it stops the run without a traceback from every worker.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _WORKER.clear()
    _WORKER.update(settings=settings_list, date=date, rules={}, recurring=recurring)


def lint_one(path: str, text: str, settings: Settings, rules: list, date: dt.date | None, recurring, doc=None, backends=None):
    """("ok", findings) or ("input", reason) for one draft.

    ``doc``: the draft's Document when the run has read it already (for its backends);
    ``backends``: the run's backends by name (those of a worker process: none).

    A rule that raises is reported by ``check_document`` (E903); newslint's own failure to read
    the draft (a bug in the document or an analysis every draft needs) is this draft's problem,
    named, and the other drafts are still linted.
    """
    made_here = doc is None
    try:
        if doc is None:
            doc = Document(text, path=path)
        context = Context(settings, date, recurring, backends or {})
        return "ok", check_document(doc, settings, rules, context)
    except InputError as exc:
        return "input", str(exc)
    except NewslintError:  # the configuration's error, not the draft's
        raise
    except Exception as exc:
        return "input", f"{path}: newslint failed on this draft ({type(exc).__name__}: {exc}); please report it"
    finally:
        if made_here and doc is not None:
            doc.release()  # freed now, not at the next full collection


def _worker_batch(batch: list[tuple[int, str, str, int]]) -> list[tuple[int, str, object]]:
    out = []
    for index, path, text, number in batch:
        settings = _WORKER["settings"][number]
        rules = _WORKER["rules"].get(number)
        if rules is None:
            rules = _WORKER["rules"][number] = selected_rules(settings)
        rules = active_rules(rules, settings, path)
        out.append((index, *lint_one(path, text, settings, rules, _WORKER["date"], _WORKER["recurring"])))
    return out
