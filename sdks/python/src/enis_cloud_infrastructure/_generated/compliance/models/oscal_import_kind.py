from enum import StrEnum

class OscalImportKind(StrEnum):
    CATALOG = "catalog"
    PROFILE = "profile"

    def __str__(self) -> str:
        return str(self.value)
