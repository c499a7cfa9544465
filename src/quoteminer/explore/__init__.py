"""Looking at what quoteminer found: tables (pandas), HTML (Jupyter), the terminal (rich),
and scores against annotated articles."""
