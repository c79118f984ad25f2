# The evaluation gate's helpers live in tests/eval_gate.py (pytest's importlib mode cannot import a
# conftest): `from eval_gate import baseline, extract, score, shared_file`.
