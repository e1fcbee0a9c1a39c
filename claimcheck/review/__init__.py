"""Review: a person confirms or dismisses each flag, and the verdict is remembered.

- `store`: the SQLite verdict store, keyed by article identity and flag fingerprint; `apply_verdicts` marks a
  Document's flags from it, so reports and batch runs hide what was dismissed.
- `terminal`: the interactive loop, one flag at a time.
- `web`: the same review as a local web page.
- `saved`: JSON reports read back into Documents, to review a batch run's output without rerunning it.
"""

from claimcheck.review.store import (
    ArticleIdentity,
    StoreError,
    Verdict,
    VerdictStore,
    apply_verdicts,
    article_identity,
    default_db_path,
    open_store,
)

__all__ = ["ArticleIdentity", "StoreError", "Verdict", "VerdictStore", "apply_verdicts", "article_identity",
           "default_db_path", "open_store"]
