from enum import StrEnum

class Relationship(StrEnum):
    EQUAL = "equal"
    INTERSECTS = "intersects"
    SUBSET = "subset"
    SUPERSET = "superset"

    def __str__(self) -> str:
        return str(self.value)
