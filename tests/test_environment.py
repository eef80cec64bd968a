"""environment.yml (Binder) and pyproject.toml agree, and the pip-installable part of environment.yml,
installed into a fresh virtual environment, imports everything the notebooks import."""

from __future__ import annotations

import ast
import json
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import yaml
from packaging.requirements import Requirement
from packaging.specifiers import SpecifierSet
from packaging.utils import canonicalize_name

try:
    import tomllib
except ImportError:  # Python 3.10
    import tomli as tomllib

ROOT = Path(__file__).resolve().parent.parent
ENV_FILE = ROOT / "environment.yml"
PYPROJECT = ROOT / "pyproject.toml"

#: conda-forge names that differ from the PyPI names (conda name -> pip name).
CONDA_TO_PIP = {"pytables": "tables", "pytorch": "torch"}
#: distributions whose import name differs from the distribution name.
IMPORT_NAMES = {"pyyaml": "yaml", "pyahocorasick": "ahocorasick", "scikit-learn": "sklearn", "pillow": "PIL"}
#: conda packages that are not Python dependencies of the kit.
NOT_PYTHON_DEPS = {"python", "pip"}

_CONDA_SPEC = re.compile(r"^\s*([A-Za-z0-9_.\-]+)\s*(.*?)\s*$")


def environment() -> dict:
    return yaml.safe_load(ENV_FILE.read_text(encoding="utf-8"))


def conda_and_pip_entries() -> tuple[list[str], list[str]]:
    conda, pip = [], []
    for entry in environment().get("dependencies", []):
        if isinstance(entry, dict):
            pip.extend(str(p) for p in entry.get("pip", []))
        else:
            conda.append(str(entry))
    return conda, pip


def conda_spec_to_pip(entry: str) -> tuple[str, str]:
    """``textstat==0.7.8`` -> ("textstat", "==0.7.8"); a conda ``name=1.2`` (fuzzy) -> ("name", "==1.2.*")."""
    match = _CONDA_SPEC.match(entry)
    assert match, f"environment.yml: cannot read the dependency {entry!r}"
    name, spec = match.group(1), match.group(2).replace(" ", "")
    name = CONDA_TO_PIP.get(name.lower(), name)
    if re.fullmatch(r"=[^=].*", spec):
        spec = "=" + spec + ".*"
    return name, spec


def env_requirements() -> dict[str, SpecifierSet]:
    """Python dependencies environment.yml installs (conda and pip), by canonical name."""
    conda, pip = conda_and_pip_entries()
    found = {}
    for entry in conda:
        name, spec = conda_spec_to_pip(entry)
        if name.lower() in NOT_PYTHON_DEPS:
            continue
        found[canonicalize_name(name)] = SpecifierSet(spec)
    for entry in pip:
        if entry.startswith("-"):
            continue
        req = Requirement(entry)
        found[canonicalize_name(req.name)] = req.specifier
    return found


def pyproject() -> dict:
    return tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))


def pyproject_requirements() -> dict[str, SpecifierSet]:
    found = {}
    for entry in pyproject()["project"]["dependencies"]:
        req = Requirement(entry)
        found[canonicalize_name(req.name)] = req.specifier
    return found


# --------------------------------------------------------------------------- the two files agree

def test_environment_yml_and_pyproject_list_the_same_dependencies():
    env, project = env_requirements(), pyproject_requirements()
    only_env = sorted(set(env) - set(project))
    only_project = sorted(set(project) - set(env))
    different = sorted(f"{n}: environment.yml '{env[n]}' vs pyproject.toml '{project[n]}'"
                       for n in set(env) & set(project) if env[n] != project[n])
    problems = ([f"only in environment.yml: {', '.join(only_env)}"] if only_env else []) + \
               ([f"only in pyproject.toml: {', '.join(only_project)}"] if only_project else []) + different
    assert not problems, "environment.yml and pyproject.toml disagree:\n  " + "\n  ".join(problems) + \
        "\nKeep the runtime dependencies (names and versions) the same in both files."


def test_environment_yml_installs_the_kit_itself():
    conda, pip = conda_and_pip_entries()
    assert "pip" in [conda_spec_to_pip(c)[0] for c in conda], "environment.yml needs 'pip' to run its pip: section"
    postbuild = ROOT / "postBuild"
    if "-e ." not in pip:
        assert postbuild.is_file() and "pip install" in postbuild.read_text(), \
            "environment.yml must install the kit: add '- pip:\\n    - -e .' (or a postBuild that does)"
    if postbuild.is_file():
        lines = [ln for ln in postbuild.read_text().splitlines() if ln.strip() and not ln.startswith("#!")]
        assert lines and lines[0].strip() == "set -e", "postBuild must start with 'set -e'"


def test_environment_python_satisfies_requires_python():
    conda, _ = conda_and_pip_entries()
    python = [conda_spec_to_pip(c)[1] for c in conda if conda_spec_to_pip(c)[0] == "python"]
    assert python, "environment.yml should pin python (Binder otherwise picks whatever is newest)"
    version = re.sub(r"[^0-9.]", "", python[0]).rstrip(".")
    requires = SpecifierSet(pyproject()["project"]["requires-python"])
    assert version in requires, f"environment.yml's python {python[0]} does not satisfy requires-python {requires}"


def test_environment_yml_has_the_channel_and_no_binder_folder():
    assert environment().get("channels") == ["conda-forge"]
    assert not (ROOT / "binder").exists(), "Binder reads binder/ first and would ignore the top-level environment.yml"


# --------------------------------------------------------------------------- a fresh install works

def notebook_imports() -> list[str]:
    """Every distinct import statement in the code cells of notebooks/ and instructor/."""
    statements: set[str] = set()
    for folder in ("notebooks", "instructor"):
        for path in sorted((ROOT / folder).glob("*.ipynb")):
            for cell in json.loads(path.read_text(encoding="utf-8")).get("cells", []):
                if cell.get("cell_type") != "code":
                    continue
                source = "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]
                source = "\n".join("" if ln.lstrip().startswith(("%", "!")) else ln for ln in source.split("\n"))
                try:
                    tree = ast.parse(source)
                except SyntaxError:
                    continue  # a broken cell is reported by nbval, not here
                for node in ast.walk(tree):
                    if isinstance(node, ast.Import):
                        statements.update(f"import {alias.name}" for alias in node.names)
                    elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                        names = ", ".join(alias.name for alias in node.names)
                        statements.add(f"from {node.module} import {names}")
    return sorted(statements)


def runtime_imports() -> list[str]:
    names = [IMPORT_NAMES.get(n, n.replace("-", "_")) for n in pyproject_requirements()]
    kit_modules = [f"kit.{p.stem}" for p in sorted((ROOT / "kit").glob("*.py"))
                   if p.stem not in ("__init__", "__main__")]
    return [f"import {n}" for n in [*names, "ipykernel", "kit", *kit_modules]]


CHECK_SCRIPT = textwrap.dedent("""
    import json, sys, traceback
    failed = []
    for statement in json.loads(sys.argv[1]):
        try:
            exec(statement, {})
        except BaseException as exc:
            failed.append(f"{statement}: {type(exc).__name__}: {exc}")
    import kit
    print(json.dumps({"failed": failed, "kit": kit.__file__}))
""")


def pip_install_arguments() -> list[str]:
    conda, pip = conda_and_pip_entries()
    args = []
    for entry in conda:
        name, spec = conda_spec_to_pip(entry)
        if name.lower() not in NOT_PYTHON_DEPS:
            args.append(name + spec)
    for entry in pip:
        if entry.strip() in ("-e .", "-e ./"):
            args.extend(["-e", str(ROOT)])
        else:
            args.append(entry)
    return args


def test_fresh_venv_from_environment_yml_imports_everything_the_notebooks_import(tmp_path):
    """Slow (about a minute with a warm pip cache): a new venv, pip install, import every notebook import."""
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV", "PIP_REQUIRE"))}
    env.update({"PIP_DISABLE_PIP_VERSION_CHECK": "1", "MPLBACKEND": "Agg", "PYTHONNOUSERSITE": "1"})
    install = subprocess.run([str(python), "-m", "pip", "install", "--progress-bar", "off",
                              *pip_install_arguments()],
                             capture_output=True, text=True, env=env, cwd=tmp_path, timeout=1200)
    assert install.returncode == 0, "pip could not install environment.yml's dependencies:\n" + \
        "\n".join((install.stdout + install.stderr).splitlines()[-40:])

    consistent = subprocess.run([str(python), "-m", "pip", "check"], capture_output=True, text=True, env=env,
                                timeout=300)
    assert consistent.returncode == 0, f"pip check: {consistent.stdout}{consistent.stderr}"

    statements = sorted(set(notebook_imports()) | set(runtime_imports()))
    done = subprocess.run([str(python), "-c", CHECK_SCRIPT, json.dumps(statements)], capture_output=True,
                          text=True, env=env, cwd=tmp_path, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert not result["failed"], "in a fresh environment these imports fail:\n  " + "\n  ".join(result["failed"])
    assert Path(result["kit"]).resolve().is_relative_to(ROOT), f"kit imported from {result['kit']}, not this repo"


def test_the_notebooks_import_something():
    """Guards the test above against finding no notebooks at all (for example after a move)."""
    assert list((ROOT / "notebooks").glob("*.ipynb")), "notebooks/ holds no notebooks"
    assert any("kit" in s for s in notebook_imports())


# --------------------------------------------------------------------------- every import is declared

def _third_party_imports(paths) -> dict[str, list[str]]:
    """Top-level modules imported by these files that are neither the standard library nor the kit."""
    found: dict[str, list[str]] = {}
    for path in paths:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                top = name.split(".")[0]
                if top in sys.stdlib_module_names or top in ("kit", "__future__", "run", "conftest"):
                    continue
                if (path.parent / f"{top}.py").exists():  # a module next to it (one test using another)
                    continue
                found.setdefault(top, []).append(str(path.relative_to(ROOT)))
    return found


def _declared(requirements) -> set[str]:
    return {canonicalize_name(Requirement(entry).name) for entry in requirements}


def _undeclared(imports: dict[str, list[str]], declared: set[str], optional=()) -> list[str]:
    from importlib.metadata import packages_distributions

    providers = packages_distributions()
    missing = []
    for module, files in sorted(imports.items()):
        if module in optional:
            continue
        dists = {canonicalize_name(d) for d in providers.get(module, [module])}
        if not dists & declared:
            missing.append(f"{module} (imported in {files[0]}; distribution {sorted(dists)})")
    return missing


def test_every_module_the_kit_imports_is_a_declared_dependency():
    """A dependency that arrives only through another one (nbformat through jupyterlab) can vanish with
    that package's next release: declare it."""
    imports = _third_party_imports(sorted((ROOT / "kit").rglob("*.py")))
    missing = _undeclared(imports, _declared(pyproject()["project"]["dependencies"]))
    assert not missing, "add to [project] dependencies in pyproject.toml (and environment.yml):\n  " + \
        "\n  ".join(missing)


def test_every_module_the_tests_import_is_declared():
    project = pyproject()["project"]
    declared = _declared(project["dependencies"]) | _declared(project["optional-dependencies"]["test"])
    files = [*sorted((ROOT / "tests").rglob("*.py")), ROOT / "conftest.py"]
    # tomli: only on Python 3.10 (tomllib before it), imported in a try/except
    missing = _undeclared(_third_party_imports(files), declared, optional=("tomli",))
    assert not missing, "add to the test extra in pyproject.toml:\n  " + "\n  ".join(missing)
