"""Pages, feeds and archives written for these tests (our own Arabic text)."""
import pytest

STORY = [
    "قالت مصادر محلية إن اشتباكات عنيفة اندلعت صباح يوم الثلاثاء بين قوات الجيش الليبي ومسلحين "
    "في مدينة درنة شرقي البلاد، ما أسفر عن مقتل أربعة مسلحين وإصابة جنديين بجروح طفيفة.",
    "وأضافت المصادر أن وحدات الجيش تقدمت في حي جديد من المدينة بعد معارك استمرت عدة ساعات، "
    "وأن السكان لزموا منازلهم خوفا من القذائف التي سقطت في الشوارع القريبة من السوق القديم.",
    "ولم يصدر عن المسلحين أي تعليق حتى الآن، فيما قال مسؤول في المجلس البلدي إن الخدمات "
    "الأساسية ما زالت متوقفة في الأحياء الشمالية من المدينة منذ بداية الشهر الجاري.",
]


def page(paragraphs=STORY, *, charset_meta: str | None = "utf-8", date: str | None = "2019-06-04",
         title="اشتباكات في درنة", site="صحيفة الاختبار") -> str:
    meta = f'<meta charset="{charset_meta}">' if charset_meta else ""
    date_meta = f'<meta property="article:published_time" content="{date}T09:30:00+00:00">' if date else ""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<!DOCTYPE html><html lang='ar' dir='rtl'><head>{meta}<title>{title}</title>{date_meta}"
            f'<meta property="og:site_name" content="{site}"></head><body>'
            "<nav><a href='/'>الرئيسية</a> | <a href='/sport'>رياضة</a> | <a href='/eco'>اقتصاد</a></nav>"
            f"<article><h1>{title}</h1>{body}</article>"
            "<footer>جميع الحقوق محفوظة لصحيفة الاختبار ٢٠١٩</footer></body></html>")


@pytest.fixture
def story():
    return STORY
