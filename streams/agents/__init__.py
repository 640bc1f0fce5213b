"""One Faust agent per stage role, each in a module of its own.

Each module has `agent(wiring)`, which declares the stage's agent on the wiring's app
and returns it. An agent only batches, calls the stage (streams.runner and
streams.stages), and yields what is to be sent as a list of `Send`s per input or
batch; the app's sink sends them before the agent takes its next event, so an
event is acknowledged only once its outputs are with the producer. A test puts
a record through `agent(wiring).test_context()` and reads what it yielded,
without a broker.
"""
