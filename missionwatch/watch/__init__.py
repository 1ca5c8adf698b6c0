"""Following sources over time and pushing alerts (``missionwatch watch``, docs/watch.md).

It sits beside the CLI, on top of the pipeline: it polls the sources of a sources file
(``sources.registry``), stores what is new through ``cli.ingest.run_ingest`` with the ledger
remembering each source's state (``ledger.watch``), then evaluates the file's alert rules over the
reconciled facts (``report``) and delivers each new alert once, by webhook and email.

    watchfile.load(path) -> WatchFile      the sources, alert rules and channels of a TOML file
    loop.run_pass(...) / loop.run_forever(...)
    rules.evaluate(...) -> list[Notice]
    notify.deliver(...)
"""
