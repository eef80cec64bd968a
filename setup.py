"""Which packages the wheel holds (everything else is in pyproject.toml).

Every package under kit/ is found on disk, so a new subpackage (kit.exercises, or one added later) cannot be
left out; the data/ folder ships inside the package as kit.data, where kit/datafiles.py reads it with
importlib.resources (in the repository it stays at the top, where teachers edit it). pyproject.toml cannot
say both things at once: its package finder does not rename a folder. tests/test_package.py checks that
every module and data file is in the built wheel.
"""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["kit", "kit.*"]), "kit.data"],
    package_dir={"kit.data": "data"},
)
