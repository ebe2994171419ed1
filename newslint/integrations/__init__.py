"""Adapters that plug newslint into other tools' pipelines.

Each integration lives in its own module and imports its tool only when that module is
imported, so ``import newslint`` never pulls in an optional dependency:

- ``newslint.integrations.datatrove``: ``NewslintFilter`` and ``NewslintFormatter``, pipeline
  steps for `datatrove <https://github.com/huggingface/datatrove>`_
  (``pip install 'newslint[datatrove]'``).
"""
