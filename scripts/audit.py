"""The dependency audit: pip-audit over the installed environment, never a vacuous pass.

pip-audit reports "No known vulnerabilities found" with exit 0 even when it could
reach no advisory database and skipped every package (as on machines that reach
only the package registries). So its JSON report is read here: every package
audited and none vulnerable is a pass (exit 0); a known vulnerability fails
(exit 1); a package it could not audit, or no database at all, is said plainly
and exits 3, which CI prints as "not audited" rather than as a pass.
"""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

NOT_AUDITED = 3


def main() -> int:
    cmd = [
        sys.executable,
        "-m",
        "pip_audit",
        "--local",
        "--skip-editable",
        "--format",
        "json",
        "--progress-spinner",
        "off",
        "--timeout",
        "20",
    ]
    run = subprocess.run(cmd, capture_output=True, text=True, check=False)
    try:
        report = json.loads(run.stdout)
    except ValueError:
        reason = (run.stderr.strip().splitlines() or ["no output"])[-1][:300]
        print(f"dependency audit: NOT AUDITED, pip-audit reached no advisory database ({reason})")
        return NOT_AUDITED
    code, lines = verdict(report)
    print("\n".join(lines))
    return code


def verdict(report: dict[str, Any]) -> tuple[int, list[str]]:
    """Exit code and lines to print for pip-audit's JSON report."""
    lines: list[str] = []
    deps = report.get("dependencies", [])
    skipped = [d for d in deps if d.get("skip_reason")]
    vulnerable = [d for d in deps if d.get("vulns")]
    for dep in vulnerable:
        ids = ", ".join(v["id"] for v in dep["vulns"])
        lines.append(f"dependency audit: {dep['name']} {dep.get('version')} is vulnerable: {ids}")
    if vulnerable:
        return 1, lines
    if skipped or not deps:
        lines.append(
            f"dependency audit: NOT AUDITED, {len(skipped)} of {len(deps)} packages could not "
            "be checked (the advisory database is out of reach from this machine)"
        )
        return NOT_AUDITED, lines
    lines.append(f"dependency audit: {len(deps)} packages audited, no known vulnerabilities")
    return 0, lines


if __name__ == "__main__":
    sys.exit(main())
