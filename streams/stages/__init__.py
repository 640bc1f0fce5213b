"""Pure stage functions: record in, record out, no Kafka.

The agents in streams.app, the offline `newsstream enrich` command and the
tests all call these same functions. Stage names are stable labels: they are
the dead-letter `stage`, the metric label and the log context.
"""

STAGES = ("clean", "entities", "claims")
