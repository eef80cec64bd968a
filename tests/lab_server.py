"""A real JupyterLab server for a test that reads a setting the lessons' environment writes (tests import it)."""
from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest


def lab_setting(tmp_path, plugin: str, token: str = "kit-test", wait_s: float = 180.0) -> dict:
    """The JSON JupyterLab serves for the settings of ``plugin`` after ``set_up_environment(tmp_path)``, read from a
    server started for it (skips when JupyterLab is not installed; fails when it does not answer in ``wait_s``)."""
    from kit.exercises.lab_settings import set_up_environment

    written = set_up_environment(str(tmp_path))
    settings = tmp_path / "share" / "jupyter" / "lab" / "settings"
    assert settings / "overrides.json" in written
    lab = Path(sys.executable).with_name("jupyter-lab")
    if not lab.exists():
        pytest.skip("JupyterLab is not installed here")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen([str(lab), "--no-browser", f"--port={port}", f"--IdentityProvider.token={token}",
                               "--allow-root", f"--LabApp.app_settings_dir={settings}", f"--notebook-dir={tmp_path}"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        url = f"http://127.0.0.1:{port}/lab/api/settings/{plugin}?token={token}"
        deadline = time.monotonic() + wait_s  # a loaded machine starts JupyterLab slowly
        while True:
            try:
                return json.loads(urllib.request.urlopen(url, timeout=5).read())
            except OSError:
                if time.monotonic() > deadline:
                    pytest.fail(f"JupyterLab did not answer in {wait_s:.0f} s")
                time.sleep(0.5)
    finally:
        server.terminate()
        server.wait(timeout=30)
