"""The main content of an HTML page as blocks of visible text, without the site's chrome.

Read with the standard library's HTML parser (quoted attributes holding `>`, comments, an
unclosed `<script>` and `<template>` content are handled as a browser would: hidden). Then:

1. site chrome is dropped: `<nav>`, `<aside>`, page-level `<header>`/`<footer>`, ARIA landmarks
   (navigation, banner, contentinfo, complementary, search) and elements whose class or id names
   a menu, footer, breadcrumb, sidebar, copyright or share bar;
2. when the page marks its content (`<main>`, `<article>`, `role="main"`), only that is kept;
3. blocks that are nothing but links (menus, "related articles" lists) are dropped, and so are
   short blocks that read as furniture: visit counters (访问量：…), licence and registration
   numbers (ICP备…, 公网安备…, 网站标识码), copyright lines, "current location" trails.

A paragraph is never split or reordered: what is kept reads as the page reads. A table row is
one block, its cells joined by " | " (so that a cell keeps its column: `factcheck.grammar.tables`),
empty cells included, at its start, middle and end alike. Preformatted text (`<pre>`, as in
releases that print their tables in fixed-width columns) is read one paragraph a line, its
spaces kept.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from html.parser import HTMLParser

_BLOCK_TAGS = frozenset(
    "p div br li h1 h2 h3 h4 h5 h6 tr section article blockquote pre header footer table ul ol "
    "dd dt dl figcaption figure main aside hr caption title nav form address details summary".split()
)
_HIDDEN_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "head", "iframe", "object", "select"})
_VOID_TAGS = frozenset("area base br col embed hr img input link meta param source track wbr".split())
_CHROME_TAGS = frozenset({"nav", "aside", "menu"})
_CHROME_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar"})
_MAIN_TAGS = frozenset({"main", "article"})
_PRE_TAGS = frozenset({"pre", "listing", "xmp", "plaintext"})
_ROW_ENDS = frozenset({"tr", "table", "thead", "tbody", "tfoot"})
# class/id words that name chrome; matched as whole words or as a word's start or end (mainnav)
_CHROME_WORDS = frozenset(
    "nav navbar navigation menu menus submenu footer foot breadcrumb breadcrumbs crumb crumbs sidebar "
    "copyright share sharing social toolbar banner bottom topbar pagination pager cookie cookies skip "
    "advert adverts ads login searchbox related position location".split()
)
_CHROME_AFFIXES = ("nav", "menu", "footer", "breadcrumb", "copyright", "sidebar")
_FURNITURE = re.compile(
    r"ICP\s*[备证]|公网安备|网站标识码|版权所有|copyright|©|all rights reserved|"
    r"(?:访问量|访问次数|浏览次数|浏览量|点击数|点击量|阅读次数|阅读量|访客|主办单位|承办单位|协办单位|技术支持|"
    r"联系电话|当前位置|您现在的位置|您的位置|字号)\s*[:：]|您是第\s*\d+\s*位|打印本页|关闭窗口|分享到|"
    r"网站地图|skip to (?:main )?content|page last (?:updated|modified)",
    re.IGNORECASE,
)
_FURNITURE_MAX = 120  # a longer block is content even when it names one of those words
_SPACE = re.compile(r"[ \t\n\r\f\v\u00a0\u3000]+")
# A line break between two Chinese characters is the page source's wrapping, not a space (as
# browsers render it); a space typed between them ("指 标", "全 省") is shown, and kept.
_CJK_CHAR = "[\u3400-\u9fff\uff00-\uffef\u3000-\u303f]"
_CJK_BREAK = re.compile(rf"(?<={_CJK_CHAR})[ \t\r\f\v\u00a0]*\n\s*(?={_CJK_CHAR})")
_WORD = re.compile(r"[a-z0-9]+")


@dataclass
class _Block:
    text: str
    chrome: bool
    main: bool
    linked: bool  # every visible character is inside a link


@dataclass
class _Open:
    tag: str
    hidden: bool = False
    chrome: bool = False
    main: bool = False
    link: bool = False
    pre: bool = False


class _PageParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[_Block] = []
        self.title = ""
        self.first_h1 = ""
        self._open: list[_Open] = []
        self._open_names: Counter[str] = Counter()  # so that a stray end tag costs no walk of the stack
        self._depth = {"hidden": 0, "chrome": 0, "main": 0, "link": 0, "pre": 0, "title": 0, "h1": 0}
        self._parts: list[str] = []
        self._linked_chars = 0
        self._chars = 0
        self._block_chrome = self._block_main = self._block_pre = False
        self._row_cells = self._pending_cells = 0  # a table row is one block, its cells joined by " | "

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _ROW_ENDS:
            self._end_row()
        if tag in _BLOCK_TAGS:
            self._flush()
        if tag == "tr":
            self._row_cells = self._pending_cells = 0
        if tag in ("td", "th"):
            self._pending_cells += 1 if self._row_cells else 0
            self._row_cells += 1
        if tag in _VOID_TAGS:
            return
        element = _Open(tag, hidden=tag in _HIDDEN_TAGS, link=tag == "a", pre=tag in _PRE_TAGS)
        values = dict(attrs)
        element.chrome = self._is_chrome(tag, values)
        element.main = tag in _MAIN_TAGS or (values.get("role") or "").strip().lower() == "main"
        self._open.append(element)
        self._open_names[tag] += 1
        self._count(element, 1)
        if tag == "title":
            self._depth["title"] += 1
        if tag == "h1":
            self._depth["h1"] += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK_TAGS:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in _ROW_ENDS:
            self._end_row()
        if tag in _BLOCK_TAGS:
            self._flush()
        if not self._open_names[tag]:
            return  # a stray end tag closes nothing
        while self._open:
            element = self._open.pop()
            self._open_names[element.tag] -= 1
            self._count(element, -1)
            if element.tag == "title":
                self._depth["title"] -= 1
            if element.tag == "h1":
                self._depth["h1"] -= 1
            if element.tag == tag:
                break

    def handle_data(self, data: str) -> None:
        if self._depth["title"]:
            self.title += data
            return
        if self._depth["hidden"]:
            return
        if self._depth["pre"] and "\n" in data:  # preformatted: each line is a paragraph
            for index, line in enumerate(data.split("\n")):
                if index:
                    self._flush()
                self._add(line)
            return
        self._add(data)

    def _add(self, data: str) -> None:
        if self._pending_cells and data.strip():  # "地区生产总值 | 617.50 | 5.2": one row, its cells apart
            data = " | " * self._pending_cells + data
            self._pending_cells = 0
        if not self._parts:  # a block belongs where its first text is
            self._block_chrome = self._depth["chrome"] > 0
            self._block_main = self._depth["main"] > 0
            self._block_pre = self._depth["pre"] > 0
        self._parts.append(data)
        visible = len(data.strip())
        self._chars += visible
        if self._depth["link"]:
            self._linked_chars += visible
        if self._depth["h1"] and not self.first_h1:
            self.first_h1 = _clean(data)

    def close(self) -> None:
        super().close()
        self._flush()

    def _end_row(self) -> None:
        """Empty cells at a row's end keep their columns: "非食品 | 2.4 | |", as the row is written."""
        if self._pending_cells and self._parts:
            self._parts.append(" | " * self._pending_cells)
        self._pending_cells = 0

    def _is_chrome(self, tag: str, values: dict[str, str | None]) -> bool:
        if tag in _CHROME_TAGS:
            return True
        if tag in ("header", "footer") and not self._depth["main"]:
            return True  # the page's header and footer; an article's own are content
        if (values.get("role") or "").strip().lower() in _CHROME_ROLES:
            return True
        names = f"{values.get('class') or ''} {values.get('id') or ''}".lower().split()
        # each word of a name and the name's words run together: "top-bar" and "site_footer" as topbar, sitefooter
        words = [*_WORD.findall(" ".join(names)), *("".join(_WORD.findall(name)) for name in names)]
        return any(
            word in _CHROME_WORDS or word.startswith(_CHROME_AFFIXES) or word.endswith(_CHROME_AFFIXES)
            for word in words
        )

    def _count(self, element: _Open, step: int) -> None:
        for flag in ("hidden", "chrome", "main", "link", "pre"):
            if getattr(element, flag):
                self._depth[flag] += step

    def _flush(self) -> None:
        text = _clean_pre("".join(self._parts)) if self._block_pre else _clean("".join(self._parts))
        if text:
            linked = self._chars > 0 and self._linked_chars >= self._chars
            self.blocks.append(_Block(text, self._block_chrome, self._block_main, linked))
        self._parts = []
        self._pending_cells = 0
        self._chars = self._linked_chars = 0


def _clean_pre(text: str) -> str:
    """Preformatted text as shown: its spaces kept (they align columns), its ends trimmed."""
    return text.replace("\r", "").replace("\t", "    ").strip(" \n\u00a0\u3000")


def _clean(text: str) -> str:
    return _SPACE.sub(" ", _CJK_BREAK.sub("", text)).strip()


_TAG = re.compile(r"</?[A-Za-z][^\s/<>]*(?:[\s/]+[^\s\"'<>/=]+(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s\"'<>`]+))?)*[\s/]*>")
_DECLARATION = re.compile(r"<[!?][^<>]*>")
_RAW_TEXT_END = {
    "script": re.compile(r"</script", re.IGNORECASE),
    "style": re.compile(r"</style", re.IGNORECASE),
}


def _well_formed(markup: str) -> str:
    """The page with every `<` that opens no tag written as `&lt;`, and without comments.

    The standard library's parser (before Python 3.13.4) rescans from every unclosed `<!--`
    or half-written tag to the end of the page: 20 KB of `<a ` took minutes. This one pass
    settles each `<` once; an unclosed comment hides the rest of the page, as in a browser.
    """
    out: list[str] = []
    at = 0
    while (opener := markup.find("<", at)) >= 0:
        out.append(markup[at:opener])
        if markup.startswith("<!--", opener):
            close = markup.find("-->", opener + 4)
            if close < 0:
                return "".join(out)
            at = close + 3
            continue
        tag = _TAG.match(markup, opener) or _DECLARATION.match(markup, opener)
        if tag is None:
            out.append("&lt;")
            at = opener + 1
            continue
        out.append(tag.group())
        at = tag.end()
        name = tag.group()[1:].split(None, 1)[0].rstrip("/>").lower()
        if name in _RAW_TEXT_END:  # script and style hold text, not markup: copy up to their end tag
            end = _RAW_TEXT_END[name].search(markup, at)
            if end is None:
                return "".join(out)
            out.append(markup[at : end.start()])
            at = end.start()
    out.append(markup[at:])
    return "".join(out)


def html_to_blocks(markup: str) -> tuple[str, list[str]]:
    """(title, main-content blocks) of an HTML page; the title is <title>, else the first <h1>."""
    parser = _PageParser()
    parser.feed(_well_formed(markup))
    parser.close()
    blocks = [block for block in parser.blocks if not block.chrome]
    if any(block.main for block in blocks):
        blocks = [block for block in blocks if block.main]
    kept = [block.text for block in blocks if not block.linked and not _furniture(block.text)]
    return _clean(parser.title) or parser.first_h1, kept


def _furniture(text: str) -> bool:
    return len(text) <= _FURNITURE_MAX and _FURNITURE.search(text) is not None
