"""The demo campaign's material: its agencies, places, notes, the mixes of nationalities,
reasons, roles and origins, and gang names (``demo.py`` builds the records from them)."""

from __future__ import annotations

from smugdesk.domain.records import Agency

LOCAL_AGENCIES = (
    Agency(
        "SZ-PSB",
        "Shenzhen Municipal Public Security Bureau",
        "Guangdong",
        "深圳市公安局",
        "public security",
    ),
    Agency(
        "ZH-PSB",
        "Zhuhai Municipal Public Security Bureau",
        "Guangdong",
        "珠海市公安局",
        "public security",
    ),
    Agency(
        "FCG-PSB",
        "Fangchenggang Municipal Public Security Bureau",
        "Guangxi",
        "防城港市公安局",
        "public security",
    ),
    Agency(
        "CZ-PSB",
        "Chongzuo Municipal Public Security Bureau",
        "Guangxi",
        "崇左市公安局",
        "public security",
    ),
    Agency(
        "DH-PSB",
        "Dehong Prefecture Public Security Bureau",
        "Yunnan",
        "德宏州公安局",
        "public security",
    ),
    Agency(
        "HH-PSB",
        "Honghe Prefecture Public Security Bureau",
        "Yunnan",
        "红河州公安局",
        "public security",
    ),
)

AGENCIES = {
    "Guangdong": ("GD-PSD", "SZ-PSB", "SZ-PSB", "ZH-PSB"),
    "Guangxi": ("GX-PSD", "FCG-PSB", "CZ-PSB", "CZ-PSB"),
    "Yunnan": ("YN-PSD", "DH-PSB", "DH-PSB", "HH-PSB"),
    "Hong Kong": ("HKPF", "HKPF", "HKPF", "HKID"),
}
PLACES = {
    "Guangdong": (
        "Shenzhen, Bao'an",
        "Shenzhen, Futian checkpoint",
        "Shenzhen, Luohu",
        "Dongguan, Humen",
        "Zhuhai, Gongbei",
        "Guangzhou, Baiyun",
        "Huizhou, Daya Bay",
        "Zhongshan, Tanzhou",
        "Jiangmen, Taishan",
        "Shenzhen, Shekou pier",
    ),
    "Guangxi": (
        "Dongxing, Beilun River",
        "Pingxiang, Youyiguan",
        "Fangchenggang port",
        "Ningming county road",
        "Longzhou, Shuikou",
        "Jingxi, border trail",
        "Nanning bus station",
        "Dongxing, Zhushan village",
    ),
    "Yunnan": (
        "Ruili, Jiegao",
        "Hekou, Red River bank",
        "Mengla, Mohan",
        "Jinghong",
        "Tengchong, Houqiao",
        "Longchuan, Zhangfeng",
        "Malipo, Tianbao",
        "Lancang county road",
    ),
    "Hong Kong": (
        "Tuen Mun",
        "Yuen Long, Lau Fau Shan",
        "Sheung Shui",
        "Tai Po",
        "Sai Kung",
        "Lantau, Tai O",
        "Kwai Chung",
        "Tsim Sha Tsui",
        "Sham Shui Po",
        "Mong Kok",
    ),
}
NOTES = (
    "Found hidden in the back of a goods lorry at the toll gate.",
    "Crossed the border river at night on a rubber raft.",
    "Intercepted on a speedboat off the coast after a chase.",
    "Stopped on a long-distance coach; no travel documents.",
    "Found in a rented flat used as a transit house.",
    "Walked across the mountain trail with a guide who escaped.",
    "Stopped at a checkpoint in a private car with false plates.",
    "Came forward after being abandoned by the smugglers.",
    "Found working at a construction site without papers.",
    "Arrested at a bus station waiting for onward transport.",
    "Tip-off from villagers about strangers in a farm shed.",
    "Hidden in a container truck; two needed medical care.",
    "",
    "",
    "",
)
# Nationality mixes by where the catch is made (code, weight).
MIX = {
    "Guangxi": (
        ("VNM", 80),
        ("KHM", 4),
        ("LAO", 3),
        ("BGD", 4),
        ("PAK", 3),
        ("MMR", 2),
        ("IND", 2),
        ("NPL", 1),
        ("NGA", 1),
    ),
    "Yunnan": (
        ("MMR", 55),
        ("VNM", 20),
        ("LAO", 14),
        ("BGD", 4),
        ("IND", 3),
        ("THA", 2),
        ("NPL", 1),
        ("PAK", 1),
    ),
    "Guangdong": (
        ("VNM", 50),
        ("MMR", 8),
        ("BGD", 10),
        ("PAK", 9),
        ("IND", 7),
        ("IDN", 4),
        ("PHL", 4),
        ("LKA", 3),
        ("NPL", 3),
        ("NGA", 1),
        ("AFG", 1),
    ),
    "Hong Kong": (
        ("VNM", 38),
        ("PAK", 16),
        ("BGD", 14),
        ("IND", 12),
        ("LKA", 6),
        ("NPL", 5),
        ("IDN", 3),
        ("PHL", 3),
        ("CHN", 2),
        ("NGA", 1),
    ),
}
REASONS = (("work", 70), ("transit", 14), ("family", 6), ("crime", 2), ("unknown", 8))
PROVINCE_SHARE = (("Guangxi", 45), ("Yunnan", 30), ("Guangdong", 25))
# Organizers by role: who directs, who recruits, who transports (origin, weight).
ORIGINS = {
    "director": (("HKG", 80), ("CHN", 12), ("VNM", 8)),
    "recruiter": (
        ("VNM", 45),
        ("MMR", 15),
        ("BGD", 12),
        ("PAK", 12),
        ("IND", 8),
        ("LAO", 4),
        ("NPL", 4),
    ),
    "transporter": (("CHN", 90), ("HKG", 6), ("VNM", 4)),
    "harbourer": (("CHN", 75), ("HKG", 25)),
    "forger": (("CHN", 60), ("HKG", 30), ("VNM", 10)),
}
ROLE_SHARE = (
    ("director", 10),
    ("recruiter", 24),
    ("transporter", 44),
    ("harbourer", 14),
    ("forger", 8),
)
GANG_NAMES = (
    "Beilun River",
    "Red River",
    "Ruili road",
    "Dongxing ferry",
    "Night boat",
    "Mountain pass",
    "Youyiguan lorry",
    "Container",
    "Mekong",
    "Golden Bay",
    "Tai O sampan",
    "Bao'an flat",
    "Jiegao market",
    "Mohan coach",
    "Shekou pier",
)
