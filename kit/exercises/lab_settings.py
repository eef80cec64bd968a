"""Setting up an environment for the lessons: the kit's hints in every kernel, and JupyterLab without its news pop-up,
with long code lines wrapped.

JupyterLab asks, in a pop-up at the bottom right, "Would you like to get notified about official Jupyter news?",
and may check for updates; on a laptop screen the pop-up covers the words of a lesson's word game. A lesson
environment turns both off in JupyterLab's settings overrides (``share/jupyter/lab/settings/overrides.json`` in the
environment, read by every JupyterLab started there; a setting a person changes in JupyterLab still wins). The same
file wraps long lines in code cells (:data:`WRAP_LINES`): a long answer or check line stays in view at 200 % zoom
instead of running off the right edge (student 26 #6). It also
writes the IPython start-up file of :func:`kit.exercises.friendly.install_kernel_startup`.
``python3 run.py lab`` and Binder's ``postBuild`` both call :func:`set_up_environment`:

    >>> import json, tempfile
    >>> from pathlib import Path
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     written = set_up_environment(folder)
    ...     print(sorted(p.relative_to(folder).as_posix() for p in written))
    ...     print(json.loads(written[1].read_text())[NOTIFICATION])
    ['etc/ipython/startup/50-kit-hints.py', 'share/jupyter/lab/settings/overrides.json']
    {'fetchNews': 'false', 'checkForUpdates': False}
"""

from __future__ import annotations

import json
from pathlib import Path

__all__ = ["NOTIFICATION", "QUIET_NEWS", "NOTEBOOK", "WRAP_LINES", "quiet_lab", "set_up_environment"]

#: JupyterLab's plugin whose settings hold the news feed and the update check
NOTIFICATION = "@jupyterlab/apputils-extension:notification"
#: no news feed (so no pop-up asking about it) and no update check
QUIET_NEWS = {"fetchNews": "false", "checkForUpdates": False}
#: JupyterLab's plugin whose settings hold how code cells show their lines
NOTEBOOK = "@jupyterlab/notebook-extension:tracker"
#: long lines wrap on screen (the line itself stays one line of Python); no line numbers, as by default
WRAP_LINES = {"codeCellConfig": {"lineNumbers": False, "lineWrap": True}}


def quiet_lab(prefix) -> Path | None:
    """Write :data:`QUIET_NEWS` and :data:`WRAP_LINES` into the JupyterLab settings overrides of the environment at ``prefix``, keeping
    any other override already there; the file's path, or None when it cannot be written (or holds no JSON object).

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = Path(folder) / "share/jupyter/lab/settings/overrides.json"
    ...     path.parent.mkdir(parents=True)
    ...     _ = path.write_text('{"@jupyterlab/apputils-extension:themes": {"theme": "JupyterLab Dark"}}')
    ...     print(sorted(json.loads(quiet_lab(folder).read_text())))
    ['@jupyterlab/apputils-extension:notification', '@jupyterlab/apputils-extension:themes', '@jupyterlab/notebook-extension:tracker']
    """
    path = Path(prefix) / "share" / "jupyter" / "lab" / "settings" / "overrides.json"
    try:
        settings = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
        if not isinstance(settings, dict):
            return None  # someone's own file, in a shape the kit does not know: left as it is
        notebook = settings.get(NOTEBOOK, {})
        cells = {**WRAP_LINES["codeCellConfig"], **notebook.get("codeCellConfig", {})}  # someone's own choice wins
        wanted = {**settings, NOTIFICATION: {**settings.get(NOTIFICATION, {}), **QUIET_NEWS},
                  NOTEBOOK: {**notebook, "codeCellConfig": cells}}
        if wanted != settings or not path.is_file():
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(json.dumps(wanted, indent=2) + "\n", encoding="utf-8")
    except (OSError, ValueError):
        return None
    return path


def set_up_environment(prefix: str | None = None) -> list[Path]:
    """Set up the environment at ``prefix`` (the running one when None) for the lessons: the kernel start-up file
    and JupyterLab's quiet settings; the files written (none outside a virtual environment, never into a system
    Python).

    >>> set_up_environment.__name__
    'set_up_environment'
    """
    import sys

    from .friendly import install_kernel_startup

    if prefix is None:
        if sys.prefix == sys.base_prefix and not Path(sys.prefix, "conda-meta").is_dir():
            return []
        prefix = sys.prefix
    return [p for p in (install_kernel_startup(prefix), quiet_lab(prefix)) if p is not None]
