"""The benchmarks: a developer tool beside tests/, never shipped in the package or the image.

Each benchmark is a module here with `run(ctx: Context) -> dict` that prints a
readable table and returns its figures, which `python -m bench` (what `make
bench` runs) writes to a JSON report. Quality is measured on the real,
labelled public sets in ../shared/devsets/ (never copied into this repository),
and every figure stands beside its anchor measured in the same run.
"""
