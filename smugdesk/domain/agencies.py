"""The agencies every new database starts with (editable in the app)."""

from __future__ import annotations

from smugdesk.domain.records import Agency

DEFAULT_AGENCIES: tuple[Agency, ...] = (
    Agency(
        "GD-PSD",
        "Guangdong Provincial Public Security Department",
        "Guangdong",
        "广东省公安厅",
        "public security",
    ),
    Agency(
        "GX-PSD",
        "Guangxi Zhuang Autonomous Region Public Security Department",
        "Guangxi",
        "广西壮族自治区公安厅",
        "public security",
    ),
    Agency(
        "YN-PSD",
        "Yunnan Provincial Public Security Department",
        "Yunnan",
        "云南省公安厅",
        "public security",
    ),
    Agency(
        "MPS-BCB",
        "Ministry of Public Security, Border Control Bureau",
        "national",
        "公安部边防管理局",
        "public security",
    ),
    Agency("HKPF", "Hong Kong Police Force", "Hong Kong", "香港警务处", "police"),
    Agency(
        "HKID", "Hong Kong Immigration Department", "Hong Kong", "香港入境事务处", "immigration"
    ),
    Agency("MOPSP", "Macao Public Security Police Force", "Macao", "澳门治安警察局", "police"),
)
