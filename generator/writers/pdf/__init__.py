"""The report writer (``PdfWriter``, in ``writer``) and its parts: ``fonts`` and markup,
``flowables``, ``pages`` (document template, numbered canvas), ``charts``; then tagging
(``tags``, ``script``, ``bidi``, ``shape``) and the archival finish (``archive``, ``structure``).
"""
