"""Output formats: a ``Report`` (or the results of ``auditor check``) rendered for people and tools.

``auditor check --format`` writes ``text`` (``text.py``), ``json`` (``json.py``), ``sarif``
(``sarif.py``) or ``github`` (``github.py``, workflow-command annotations); each ``render_*`` takes the
list of ``auditor.runner.FileResult`` and returns the whole output. In a notebook a report is shown as
HTML (``html.py``, ``Report._repr_html_``) and as a pandas data frame (``frames.py``,
``Report.to_dataframe``). A new format is one module here and, for the CLI, a name in ``FORMATS``.

Example:
    >>> FORMATS
    ('text', 'json', 'sarif', 'github')
"""

FORMATS = ("text", "json", "sarif", "github")
