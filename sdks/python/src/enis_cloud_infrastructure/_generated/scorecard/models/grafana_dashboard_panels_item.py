from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.grafana_dashboard_panels_item_type import GrafanaDashboardPanelsItemType
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.grafana_dashboard_panels_item_datasource import GrafanaDashboardPanelsItemDatasource
  from ..models.grafana_dashboard_panels_item_field_config import GrafanaDashboardPanelsItemFieldConfig
  from ..models.grafana_dashboard_panels_item_grid_pos import GrafanaDashboardPanelsItemGridPos
  from ..models.grafana_dashboard_panels_item_options import GrafanaDashboardPanelsItemOptions
  from ..models.grafana_dashboard_panels_item_targets_item import GrafanaDashboardPanelsItemTargetsItem





T = TypeVar("T", bound="GrafanaDashboardPanelsItem")



@_attrs_define
class GrafanaDashboardPanelsItem:
    """ 
        Attributes:
            id (int):
            type_ (GrafanaDashboardPanelsItemType):
            title (str):
            grid_pos (GrafanaDashboardPanelsItemGridPos):
            targets (list[GrafanaDashboardPanelsItemTargetsItem]):
            field_config (GrafanaDashboardPanelsItemFieldConfig):
            options (GrafanaDashboardPanelsItemOptions):
            description (str | Unset):
            datasource (GrafanaDashboardPanelsItemDatasource | Unset):
     """

    id: int
    type_: GrafanaDashboardPanelsItemType
    title: str
    grid_pos: GrafanaDashboardPanelsItemGridPos
    targets: list[GrafanaDashboardPanelsItemTargetsItem]
    field_config: GrafanaDashboardPanelsItemFieldConfig
    options: GrafanaDashboardPanelsItemOptions
    description: str | Unset = UNSET
    datasource: GrafanaDashboardPanelsItemDatasource | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.grafana_dashboard_panels_item_datasource import GrafanaDashboardPanelsItemDatasource # noqa: PLC0415
        from ..models.grafana_dashboard_panels_item_field_config import GrafanaDashboardPanelsItemFieldConfig # noqa: PLC0415
        from ..models.grafana_dashboard_panels_item_grid_pos import GrafanaDashboardPanelsItemGridPos # noqa: PLC0415
        from ..models.grafana_dashboard_panels_item_options import GrafanaDashboardPanelsItemOptions # noqa: PLC0415
        from ..models.grafana_dashboard_panels_item_targets_item import GrafanaDashboardPanelsItemTargetsItem # noqa: PLC0415
        id = self.id

        type_ = self.type_.value

        title = self.title

        grid_pos = self.grid_pos.to_dict()

        targets = []
        for targets_item_data in self.targets:
            targets_item = targets_item_data.to_dict()
            targets.append(targets_item)



        field_config = self.field_config.to_dict()

        options = self.options.to_dict()

        description = self.description

        datasource: dict[str, Any] | Unset = UNSET
        if not isinstance(self.datasource, Unset):
            datasource = self.datasource.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "type": type_,
            "title": title,
            "gridPos": grid_pos,
            "targets": targets,
            "fieldConfig": field_config,
            "options": options,
        })
        if description is not UNSET:
            field_dict["description"] = description
        if datasource is not UNSET:
            field_dict["datasource"] = datasource

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.grafana_dashboard_panels_item_datasource import GrafanaDashboardPanelsItemDatasource # noqa: PLC0415
        from ..models.grafana_dashboard_panels_item_field_config import GrafanaDashboardPanelsItemFieldConfig # noqa: PLC0415
        from ..models.grafana_dashboard_panels_item_grid_pos import GrafanaDashboardPanelsItemGridPos # noqa: PLC0415
        from ..models.grafana_dashboard_panels_item_options import GrafanaDashboardPanelsItemOptions # noqa: PLC0415
        from ..models.grafana_dashboard_panels_item_targets_item import GrafanaDashboardPanelsItemTargetsItem # noqa: PLC0415
        d = dict(src_dict)
        id = d.pop("id")

        type_ = GrafanaDashboardPanelsItemType(d.pop("type"))




        title = d.pop("title")

        grid_pos = GrafanaDashboardPanelsItemGridPos.from_dict(d.pop("gridPos"))




        targets = []
        _targets = d.pop("targets")
        for targets_item_data in (_targets):
            targets_item = GrafanaDashboardPanelsItemTargetsItem.from_dict(targets_item_data)



            targets.append(targets_item)


        field_config = GrafanaDashboardPanelsItemFieldConfig.from_dict(d.pop("fieldConfig"))




        options = GrafanaDashboardPanelsItemOptions.from_dict(d.pop("options"))




        description = d.pop("description", UNSET)

        _datasource = d.pop("datasource", UNSET)
        datasource: GrafanaDashboardPanelsItemDatasource | Unset
        if isinstance(_datasource,  Unset):
            datasource = UNSET
        else:
            datasource = GrafanaDashboardPanelsItemDatasource.from_dict(_datasource)




        grafana_dashboard_panels_item = cls(
            id=id,
            type_=type_,
            title=title,
            grid_pos=grid_pos,
            targets=targets,
            field_config=field_config,
            options=options,
            description=description,
            datasource=datasource,
        )


        grafana_dashboard_panels_item.additional_properties = d
        return grafana_dashboard_panels_item

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
