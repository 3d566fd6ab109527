from enum import StrEnum

class FrozenPanelSnapshotType1Status(StrEnum):
    AT_RISK = "at_risk"
    NO_DATA = "no_data"
    OFF_TRACK = "off_track"
    ON_TRACK = "on_track"

    def __str__(self) -> str:
        return str(self.value)
