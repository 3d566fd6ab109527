from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
from typing import Literal, cast

if TYPE_CHECKING:
  from ..models.grafana_dashboard_annotations import GrafanaDashboardAnnotations
  from ..models.grafana_dashboard_links_item import GrafanaDashboardLinksItem
  from ..models.grafana_dashboard_panels_item import GrafanaDashboardPanelsItem
  from ..models.grafana_dashboard_templating import GrafanaDashboardTemplating
  from ..models.grafana_dashboard_time import GrafanaDashboardTime





T = TypeVar("T", bound="GrafanaDashboard")



@_attrs_define
class GrafanaDashboard:
    """ Grafana's dashboard JSON model (classic, schemaVersion 42); only the fields written here are listed

        Attributes:
            uid (str):
            title (str):
            schema_version (Literal[42]):
            time (GrafanaDashboardTime):
            annotations (GrafanaDashboardAnnotations):
            templating (GrafanaDashboardTemplating):
            panels (list[GrafanaDashboardPanelsItem]):
            description (str | Unset):
            tags (list[str] | Unset):
            timezone (str | Unset):
            editable (bool | Unset):
            graph_tooltip (int | Unset):
            version (int | Unset):
            refresh (str | Unset):
            links (list[GrafanaDashboardLinksItem] | Unset):
     """

    uid: str
    title: str
    schema_version: Literal[42]
    time: GrafanaDashboardTime
    annotations: GrafanaDashboardAnnotations
    templating: GrafanaDashboardTemplating
    panels: list[GrafanaDashboardPanelsItem]
    description: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    timezone: str | Unset = UNSET
    editable: bool | Unset = UNSET
    graph_tooltip: int | Unset = UNSET
    version: int | Unset = UNSET
    refresh: str | Unset = UNSET
    links: list[GrafanaDashboardLinksItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.grafana_dashboard_annotations import GrafanaDashboardAnnotations # noqa: PLC0415
        from ..models.grafana_dashboard_links_item import GrafanaDashboardLinksItem # noqa: PLC0415
        from ..models.grafana_dashboard_panels_item import GrafanaDashboardPanelsItem # noqa: PLC0415
        from ..models.grafana_dashboard_templating import GrafanaDashboardTemplating # noqa: PLC0415
        from ..models.grafana_dashboard_time import GrafanaDashboardTime # noqa: PLC0415
        uid = self.uid

        title = self.title

        schema_version = self.schema_version

        time = self.time.to_dict()

        annotations = self.annotations.to_dict()

        templating = self.templating.to_dict()

        panels = []
        for panels_item_data in self.panels:
            panels_item = panels_item_data.to_dict()
            panels.append(panels_item)



        description = self.description

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags



        timezone = self.timezone

        editable = self.editable

        graph_tooltip = self.graph_tooltip

        version = self.version

        refresh = self.refresh

        links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = []
            for links_item_data in self.links:
                links_item = links_item_data.to_dict()
                links.append(links_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "uid": uid,
            "title": title,
            "schemaVersion": schema_version,
            "time": time,
            "annotations": annotations,
            "templating": templating,
            "panels": panels,
        })
        if description is not UNSET:
            field_dict["description"] = description
        if tags is not UNSET:
            field_dict["tags"] = tags
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if editable is not UNSET:
            field_dict["editable"] = editable
        if graph_tooltip is not UNSET:
            field_dict["graphTooltip"] = graph_tooltip
        if version is not UNSET:
            field_dict["version"] = version
        if refresh is not UNSET:
            field_dict["refresh"] = refresh
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.grafana_dashboard_annotations import GrafanaDashboardAnnotations # noqa: PLC0415
        from ..models.grafana_dashboard_links_item import GrafanaDashboardLinksItem # noqa: PLC0415
        from ..models.grafana_dashboard_panels_item import GrafanaDashboardPanelsItem # noqa: PLC0415
        from ..models.grafana_dashboard_templating import GrafanaDashboardTemplating # noqa: PLC0415
        from ..models.grafana_dashboard_time import GrafanaDashboardTime # noqa: PLC0415
        d = dict(src_dict)
        uid = d.pop("uid")

        title = d.pop("title")

        schema_version = cast(Literal[42] , d.pop("schemaVersion"))
        if schema_version != 42:
            raise ValueError(f"schemaVersion must match const 42, got '{schema_version}'")

        time = GrafanaDashboardTime.from_dict(d.pop("time"))




        annotations = GrafanaDashboardAnnotations.from_dict(d.pop("annotations"))




        templating = GrafanaDashboardTemplating.from_dict(d.pop("templating"))




        panels = []
        _panels = d.pop("panels")
        for panels_item_data in (_panels):
            panels_item = GrafanaDashboardPanelsItem.from_dict(panels_item_data)



            panels.append(panels_item)


        description = d.pop("description", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))


        timezone = d.pop("timezone", UNSET)

        editable = d.pop("editable", UNSET)

        graph_tooltip = d.pop("graphTooltip", UNSET)

        version = d.pop("version", UNSET)

        refresh = d.pop("refresh", UNSET)

        _links = d.pop("links", UNSET)
        links: list[GrafanaDashboardLinksItem] | Unset = UNSET
        if _links is not UNSET:
            links = []
            for links_item_data in _links:
                links_item = GrafanaDashboardLinksItem.from_dict(links_item_data)



                links.append(links_item)


        grafana_dashboard = cls(
            uid=uid,
            title=title,
            schema_version=schema_version,
            time=time,
            annotations=annotations,
            templating=templating,
            panels=panels,
            description=description,
            tags=tags,
            timezone=timezone,
            editable=editable,
            graph_tooltip=graph_tooltip,
            version=version,
            refresh=refresh,
            links=links,
        )


        grafana_dashboard.additional_properties = d
        return grafana_dashboard

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
