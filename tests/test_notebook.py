"""samples/explore.ipynb runs top to bottom in a clean kernel, and is stored without outputs.

The kernel is "python3" from this environment's ipykernel (the ``notebook`` extra, which
the ``test`` extra includes); the test skips only when no such kernel can be found.
"""

from __future__ import annotations

import pytest

from conftest import SAMPLES

NOTEBOOK = SAMPLES / "explore.ipynb"

nbformat = pytest.importorskip("nbformat", reason="nbformat is not installed (notebook extra)")


def _kernel_or_skip(name: str = "python3") -> None:
    pytest.importorskip("nbclient", reason="nbclient is not installed (notebook extra)")
    from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel
    try:
        KernelSpecManager().get_kernel_spec(name)
    except NoSuchKernel:
        pytest.skip(f"no Jupyter kernel {name!r} installed (pip install ipykernel)")


def test_notebook_is_stored_without_outputs():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(nb)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code, "the notebook has no code"
    assert all(not c.outputs and c.execution_count is None for c in code)


@pytest.mark.slow
def test_notebook_executes():
    _kernel_or_skip()
    from nbclient import NotebookClient

    nb = nbformat.read(NOTEBOOK, as_version=4)
    # Run next to the samples, as Jupyter would; the notebook only reads them.
    client = NotebookClient(nb, kernel_name="python3", timeout=600,
                            resources={"metadata": {"path": str(SAMPLES)}})
    client.execute()
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    kinds = {mime for o in outputs for mime in o.get("data", {})}
    assert "image/png" in kinds, "the bar chart was not drawn"
    html = [o["data"]["text/html"] for o in outputs if "text/html" in o.get("data", {})]
    assert any('class="quoteminer-article"' in h for h in html), "no highlighted article"
    assert any("speaker_name" in h for h in html), "no quotes table"
    assert any("qualifier" in h for h in html), "no figures table"
