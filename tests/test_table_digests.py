"""Every public table is the same as before a change meant only to make the kit faster.

The stored digests (tests/data/table_digests.json) were made from the code at commit 118d18b.
An intended change to what a detector finds regenerates them: see REGENERATE below.
"""

import json

from table_digests import DIGESTS, REGENERATE, all_digests


def test_every_table_unchanged_on_seeds_and_generated_text():
    stored = json.loads(DIGESTS.read_text(encoding="utf-8"))["digests"]
    got = all_digests()
    changed = [f"{data}/{table}" for data in stored for table in stored[data]
               if got.get(data, {}).get(table) != stored[data][table]]
    changed += [f"{data}/{table} (new)" for data in got for table in got[data] if table not in stored.get(data, {})]
    assert not changed, (
        f"These tables differ from the stored digests: {', '.join(changed)}. A change meant only to make the "
        f"kit faster must not change them: find what changed. If a detector was changed on purpose (new "
        f"words, new rules), regenerate the digests with `{REGENERATE}` and commit tests/data/table_digests.json.")
