"""A city of `--buildings` buildings on the bench's throwaway copy (issue 16's 30,000).

The demo archive puts about 130 households in a building (1,000,000 households in some
7,700 buildings); the city the issue names has 30,000 buildings of about 33. A stairwell
(单元) of a demo building holds about as many, so on the copy the first buildings, in
estate order, become one building per stairwell ("3" stairwell 2 → building "3-2") until
the archive holds the buildings wanted. Only the copy is changed, never the data set.
"""

from __future__ import annotations

from typing import Any


def split_into_stairwells(session: Any, wanted: int) -> int:
    """Rename buildings into stairwells until there are `wanted`; returns the count."""
    from sqlalchemy import bindparam, distinct, func, select

    from app.models.customer import Customer

    table = Customer.__table__
    rows = session.execute(
        select(Customer.estate, Customer.building, func.count(distinct(Customer.entrance)))
        .where(Customer.estate != "", Customer.building != "")
        .group_by(Customer.estate, Customer.building)
        .order_by(Customer.estate, Customer.building)).all()
    have, chosen = len(rows), []
    for estate, building, stairwells in rows:
        if have >= wanted:
            break
        if stairwells > 1:
            chosen.append({"e": estate, "b": building})
            have += stairwells - 1
    if chosen:
        session.connection().execute(
            table.update()
            .where(table.c.estate == bindparam("e"), table.c.building == bindparam("b"))
            .values(building=table.c.building + "-" + table.c.entrance), chosen)
    return have
