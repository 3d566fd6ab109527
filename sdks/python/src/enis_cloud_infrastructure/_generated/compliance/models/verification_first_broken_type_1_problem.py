from enum import StrEnum

class VerificationFirstBrokenType1Problem(StrEnum):
    DIGEST_MISMATCH = "digest-mismatch"
    EDITED = "edited"
    MISSING = "missing"
    OUT_OF_ORDER = "out-of-order"
    TRUNCATED = "truncated"

    def __str__(self) -> str:
        return str(self.value)
