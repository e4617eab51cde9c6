"""Build hook: with TOCSIN_COMPILE=1, the detection library is compiled by mypyc.

The detector is plain, typed Python, and runs as such in the editable dev
install and the tests. mypyc turns the same modules into C extensions, which
run them about 1.4 times faster with the same results (`make bench` measures
both builds; `make test-compiled` runs the unit tests on the compiled one).
The deploy image and `make bench` build with it; everything else is set in
pyproject.toml.
"""

import os

from setuptools import setup

# the modules every article goes through; the CLI and the evaluation harness stay Python
# (the Makefile's DETECTOR lists the same modules, for the type check of `make lint`)
COMPILED = ("analysis", "context", "dates", "detector", "gazetteer", "leaders", "lexicon", "people", "prefilter", "rx", "strikes", "text")

ext_modules = []
if os.environ.get("TOCSIN_COMPILE") == "1":
    from mypyc.build import mypycify

    # the type check mypyc runs covers these modules; what they import (pydantic models, untyped data
    # packages) is read for types only
    ext_modules = mypycify(
        ["--ignore-missing-imports", "--follow-imports=silent",
         *(f"services/tocsin/detection/{name}.py" for name in COMPILED)],
        opt_level="3",
    )

setup(ext_modules=ext_modules)
