"""The documentation site (``make docs``): the generated Markdown docs and the changelog, built
into static HTML by Sphinx with MyST-Parser and the Furo theme. Search runs in the browser from
Sphinx's own index, so the site works offline and from any static host."""
