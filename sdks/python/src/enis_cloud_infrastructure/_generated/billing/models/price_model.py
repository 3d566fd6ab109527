from enum import StrEnum

class PriceModel(StrEnum):
    FLAT = "flat"
    GRADUATED = "graduated"
    PACKAGE = "package"
    PER_UNIT = "per_unit"
    VOLUME = "volume"

    def __str__(self) -> str:
        return str(self.value)
