"""The package layout follows the flow: a module imports only its own stage or earlier ones."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

KG = Path(__file__).resolve().parents[1] / "kg"
#: Each stage and the rank it has in the flow; a module may import ranks <= its own.
RANKS = {
    "kg.errors": 0,
    "kg.lexicon": 0,
    "kg.read": 1,
    "kg.extract": 2,
    "kg.assemble": 3,
    "kg.outputs": 4,
    "kg.run": 5,
    "kg.query": 6,
    "kg.cli": 7,
    "kg.commands": 7,  # the typer app of kg.cli's commands
    "kg.__main__": 7,
    "kg": 8,  # the package's own API re-exports the rest
}


def _module(path: Path) -> str:
    parts = path.relative_to(KG.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _rank(module: str) -> int:
    while module not in RANKS:
        module = module.rsplit(".", 1)[0]
    return RANKS[module]


def _imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return {m for m in found if m == "kg" or m.startswith("kg.")}


MODULES = sorted(KG.rglob("*.py"))


@pytest.mark.parametrize("path", MODULES, ids=[_module(p) for p in MODULES])
def test_no_module_imports_a_later_stage(path: Path) -> None:
    me = _module(path)
    upward = sorted(m for m in _imports(path) if _rank(m) > _rank(me))
    assert not upward, f"{me} imports later stages: {upward}"


def test_the_rank_table_knows_every_package() -> None:
    packages = {_module(p.parent / "__init__.py") for p in KG.glob("*/__init__.py")}
    assert packages <= set(RANKS)


def test_no_import_cycles_between_modules() -> None:
    import networkx as nx

    g = nx.DiGraph()
    names = {_module(p) for p in MODULES}
    for path in MODULES:
        for target in _imports(path):
            while target not in names and "." in target:
                target = target.rsplit(".", 1)[0]
            if target in names and target != _module(path):
                g.add_edge(_module(path), target)
    # A package's __init__ re-exporting its own modules is not a cycle of the flow.
    cycles = [c for c in nx.simple_cycles(g) if not any(m in RANKS for m in c)]
    assert not cycles


def test_questions_never_import_the_build_machinery() -> None:
    """kg.query reads a built graph: it may take from outputs and earlier stages, not from run."""
    query = [p for p in MODULES if _module(p).startswith("kg.query")]
    assert query
    for path in query:
        assert not [m for m in _imports(path) if m.startswith("kg.run")], _module(path)


#: The steps of quote extraction, claim analysis and speaker resolution, in order: each
#: imports only earlier ones.
STEPS = {
    "extract/quotes": [
        "records",
        "marks",
        "subjects",
        "frames",
        "content",
        "cues",
        "labels",
        "resolver",
        "drafts",
        "build",
        "learned",
        "extract",
    ],
    "extract/claims": [
        "records",
        "roles",
        "references",
        "weights",
        "negation",
        "judgements",
        "disputes",
        "analysis",
        "statements",
    ],
    "assemble/speakers": [
        "records",
        "phrases",
        "context",
        "articles",
        "clusters",
        "merges",
        "build",
    ],
}


@pytest.mark.parametrize("name", sorted(STEPS))
def test_package_steps_import_only_earlier_steps(name: str) -> None:
    package, steps = KG / name, STEPS[name]
    dotted = "kg." + name.replace("/", ".")
    modules = sorted(p.stem for p in package.glob("*.py") if p.stem != "__init__")
    assert modules == sorted(steps)
    for rank, step in enumerate(steps):
        mine = [m for m in _imports(package / f"{step}.py") if m.startswith(dotted)]
        assert {m.rsplit(".", 1)[-1] for m in mine} <= set(steps[:rank]), step
